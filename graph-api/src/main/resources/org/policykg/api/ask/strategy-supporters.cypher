// 哪些机制支撑东北全面振兴？ The mechanisms that support (SUPPORTS) a strategy or a strategy inside it (PART_OF, up to
// two steps: 京津冀协同发展 inside 区域重大战略). A period as in every ask query.
:param strategy => 's-7dddccdf015d'
:param from => null
:param to => null
:param evidenceLimit => 2
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (target:Strategy {id: $strategy})
MATCH (s:Strategy)(()-[:PART_OF]->(:Strategy)){0,2}(target)
WITH DISTINCT inPeriod, s
MATCH (m:Mechanism)-[r:SUPPORTS]->(s)
WITH inPeriod, m, r, r.documents AS documents, r.counts AS counts
WHERE any(id IN documents WHERE id IN inPeriod)
CALL (r, inPeriod) {
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId
  MATCH (s:Sentence {id: sentenceId}) WHERE s.documentId IN inPeriod
  WITH s LIMIT $evidenceLimit
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
}
WITH m, evidence, reduce(n = 0, i IN range(0, size(documents) - 1) | n + CASE WHEN documents[i] IN inPeriod THEN coalesce(counts[i], 0) ELSE 0 END) AS count
WITH m, sum(count) AS count, reduce(all = [], e IN collect(evidence) | all + e) AS evidence
RETURN m.id AS id, m.name AS name, 'Mechanism' AS type, null AS kind, count, evidence[..$evidenceLimit] AS evidence
ORDER BY count DESC, name
