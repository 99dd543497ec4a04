// One level of the breadth-first expansion: the entities next to $frontier over the relation types $types, not
// yet $seen, most linked first, at most $room.
UNWIND $frontier AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE type(r) IN $types AND NOT m.id IN $seen
WITH m, count(r) AS links
RETURN m.id AS id ORDER BY links DESC, m.name LIMIT $room
