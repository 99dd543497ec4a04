// 长江经济带包括哪些省市？ The regions inside a region: stated (PART_OF: 流经, 覆盖, 包括…) or, from the gazetteer,
// among the regions the documents name (WITHIN, then among the documents of the period, as a stated PART_OF is).
// A period as in every ask query.
:param region => 'r-702df770e41c'
:param from => null
:param to => null
:param evidenceLimit => 2
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (x:Region)-[r:PART_OF|WITHIN]->(:Region {id: $region})
WITH inPeriod, x, r, coalesce(r.documents, []) AS documents, coalesce(r.counts, []) AS counts
WHERE size(documents) = 0 OR any(id IN documents WHERE id IN inPeriod)
CALL (r, inPeriod) {
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId
  MATCH (s:Sentence {id: sentenceId}) WHERE s.documentId IN inPeriod
  WITH s LIMIT $evidenceLimit
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
}
WITH x, type(r) = 'PART_OF' AS stated, evidence, reduce(n = 0, i IN range(0, size(documents) - 1) | n + CASE WHEN documents[i] IN inPeriod THEN coalesce(counts[i], 0) ELSE 0 END) AS count
WITH x, max(CASE WHEN stated THEN 1 ELSE 0 END) = 1 AS stated, sum(count) AS count, reduce(all = [], e IN collect(evidence) | all + e) AS evidence
RETURN x.id AS id, x.name AS name, 'Region' AS type, x.kind AS kind, stated, count, evidence[..$evidenceLimit] AS evidence
ORDER BY stated DESC, count DESC, name
