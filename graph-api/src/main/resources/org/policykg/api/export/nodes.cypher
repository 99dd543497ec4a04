// The entities $ids with what a renderer shows of them.
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, e.type AS type, e.kind AS kind, COUNT { (e)<-[:MENTIONS]-() } AS mentions
