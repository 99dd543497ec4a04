// One level of the breadth-first expansion: the entities next to $frontier over the relation types $types, not
// yet $seen, most linked first, at most $room. $from, $to: a period (first and last day, null for an open end):
// only relations a document dated in it states. Both null: every document.
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
UNWIND $frontier AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE type(r) IN $types AND NOT m.id IN $seen AND any(doc IN r.documents WHERE doc IN inPeriod)
WITH m, count(r) AS links
RETURN m.id AS id ORDER BY links DESC, m.name LIMIT $room
