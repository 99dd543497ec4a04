// The relations of types $types among the entities $ids, from each relation's start to its end.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
RETURN elementId(r) AS id, a.id AS source, b.id AS target, type(r) AS type, r.confidence AS confidence, r.count AS count
