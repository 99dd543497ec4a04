// 区际利益补偿机制服务哪些地区？ The regions a mechanism serves, and the boards they lie in (direct: false, reached through
// PART_OF and WITHIN up to three steps). $boardsOnly: only the boards (…服务哪些板块). A period as in every ask query.
:param mechanism => 'm-d9a9e0beec63'
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
MATCH (m:Mechanism {id: $mechanism})-[r:SERVES]->(x:Region)
WITH inPeriod, r, x, r.documents AS documents, r.counts AS counts
WHERE any(id IN documents WHERE id IN inPeriod)
CALL (r, inPeriod) {
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId
  MATCH (s:Sentence {id: sentenceId}) WHERE s.documentId IN inPeriod
  WITH s LIMIT $evidenceLimit
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
}
WITH inPeriod, x, evidence, reduce(n = 0, i IN range(0, size(documents) - 1) | n + CASE WHEN documents[i] IN inPeriod THEN coalesce(counts[i], 0) ELSE 0 END) AS count
CALL (x) {
  RETURN x AS region, true AS direct
  UNION
  MATCH (x)(()-[:PART_OF|WITHIN]->(:Region)){1,3}(b:Region {kind: 'Board'})
  RETURN b AS region, false AS direct
}
WITH region, max(CASE WHEN direct THEN 1 ELSE 0 END) = 1 AS direct, sum(count) AS count,
     reduce(all = [], e IN collect(evidence) | all + e) AS evidence
WHERE NOT $boardsOnly OR region.kind = 'Board'
RETURN region.id AS id, region.name AS name, 'Region' AS type, region.kind AS kind, direct, count,
       evidence[..$evidenceLimit] AS evidence
ORDER BY direct DESC, count DESC, name
