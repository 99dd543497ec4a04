// 哪些战略覆盖湖北？ The strategies aimed (TARGETS) at a region or at a region it lies in (PART_OF, WITHIN, up to three
// steps: 湖北 in 长江经济带, in 中部地区). A period as in every ask query.
:param region => 'r-22e17ac55325'
:param from => null
:param to => null
:param evidenceLimit => 2
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (target:Region {id: $region})
MATCH (target)(()-[:PART_OF|WITHIN]->(:Region)){0,3}(x:Region)
WITH DISTINCT inPeriod, x
MATCH (s:Strategy)-[r:TARGETS]->(x)
WITH inPeriod, s, r, r.documents AS documents, r.counts AS counts
WHERE any(id IN documents WHERE id IN inPeriod)
CALL (r, inPeriod) {
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId
  MATCH (s:Sentence {id: sentenceId}) WHERE s.documentId IN inPeriod
  WITH s LIMIT $evidenceLimit
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
}
WITH s, evidence, reduce(n = 0, i IN range(0, size(documents) - 1) | n + CASE WHEN documents[i] IN inPeriod THEN coalesce(counts[i], 0) ELSE 0 END) AS count
WITH s, sum(count) AS count, reduce(all = [], e IN collect(evidence) | all + e) AS evidence
RETURN s.id AS id, s.name AS name, 'Strategy' AS type, null AS kind, count, evidence[..$evidenceLimit] AS evidence
ORDER BY count DESC, name
