// 湖北属于哪个板块？ What an entity lies in or is part of, up to three steps: for a region the regions it lies in
// (PART_OF as the texts state it, WITHIN as the gazetteer knows it), for a mechanism or strategy the wholes it is a
// part of (PART_OF). $boardsOnly: only boards. Every stated step must come from a document of the period.
:param entity => 'r-22e17ac55325'
:param boardsOnly => false
:param from => null
:param to => null
:param evidenceLimit => 2
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (x:Entity {id: $entity})
MATCH p = (x)-[:PART_OF|WITHIN*1..3]->(whole:Entity)
WHERE whole.type = x.type AND (NOT $boardsOnly OR whole.kind = 'Board')
  AND all(r IN relationships(p) WHERE type(r) = 'WITHIN' OR any(id IN r.documents WHERE id IN inPeriod))
WITH inPeriod, whole, min(length(p)) AS steps, collect(p) AS paths
CALL (paths, inPeriod) {
  UNWIND paths AS p
  UNWIND relationships(p) AS r
  WITH DISTINCT r, inPeriod WHERE type(r) = 'PART_OF'
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId, inPeriod
  MATCH (s:Sentence {id: sentenceId}) WHERE s.documentId IN inPeriod
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN count(s) AS count,
         collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text})[..$evidenceLimit] AS evidence
}
// count: the sentences that state the steps (0 where only the gazetteer's geography joins them)
RETURN whole.id AS id, whole.name AS name, whole.type AS type, whole.kind AS kind, count, evidence
ORDER BY steps, name
