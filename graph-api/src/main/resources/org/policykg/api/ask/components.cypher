// 区域开放合作机制包括哪些机制？ The parts of a mechanism or strategy (PART_OF between entities of its type), and their
// parts (depth 2). A period as in every ask query.
:param whole => 'm-3df8d13d62c6'
:param from => null
:param to => null
:param evidenceLimit => 2
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (whole:Entity {id: $whole})
CALL (whole) {
  MATCH (part:Entity)-[r:PART_OF]->(whole) WHERE part.type = whole.type
  RETURN part, r, 1 AS depth
  UNION
  MATCH (part:Entity)-[r:PART_OF]->(middle:Entity)-[:PART_OF]->(whole)
  WHERE part.type = whole.type AND middle.type = whole.type AND part <> whole
  RETURN part, r, 2 AS depth
}
WITH inPeriod, part, depth, r, r.documents AS documents, r.counts AS counts
WHERE any(id IN documents WHERE id IN inPeriod)
CALL (r, inPeriod) {
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId
  MATCH (s:Sentence {id: sentenceId}) WHERE s.documentId IN inPeriod
  WITH s LIMIT $evidenceLimit
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
}
RETURN part.id AS id, part.name AS name, part.type AS type, part.kind AS kind, depth, reduce(n = 0, i IN range(0, size(documents) - 1) | n + CASE WHEN documents[i] IN inPeriod THEN coalesce(counts[i], 0) ELSE 0 END) AS count, evidence
ORDER BY depth, count DESC, name
