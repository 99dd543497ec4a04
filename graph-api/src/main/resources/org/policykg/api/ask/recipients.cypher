// 福建帮扶哪些地区？ The regions a region, or a region inside it, assists (ASSISTS, helper → recipient). A period as in
// every ask query.
:param region => 'r-3e1bb7a595ae'
:param from => null
:param to => null
:param evidenceLimit => 2
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (helperArea:Region {id: $region})
MATCH (helper:Region)(()-[:PART_OF|WITHIN]->(:Region)){0,3}(helperArea)
WITH DISTINCT inPeriod, helper
MATCH (helper)-[r:ASSISTS]->(x:Region)
WITH inPeriod, x, r, r.documents AS documents, r.counts AS counts
WHERE any(id IN documents WHERE id IN inPeriod)
CALL (r, inPeriod) {
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId
  MATCH (s:Sentence {id: sentenceId}) WHERE s.documentId IN inPeriod
  WITH s LIMIT $evidenceLimit
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
}
WITH x, evidence, reduce(n = 0, i IN range(0, size(documents) - 1) | n + CASE WHEN documents[i] IN inPeriod THEN coalesce(counts[i], 0) ELSE 0 END) AS count
WITH x, sum(count) AS count, reduce(all = [], e IN collect(evidence) | all + e) AS evidence
RETURN x.id AS id, x.name AS name, 'Region' AS type, x.kind AS kind, count, evidence[..$evidenceLimit] AS evidence
ORDER BY count DESC, name
