// 哪些机制服务西部地区？ The mechanisms that serve the regions $targets (ids) or a region inside one of them (PART_OF as
// the texts state it, WITHIN as the gazetteer knows it, up to three steps: 新疆 inside 西部地区), strongest first.
// $all: only the mechanisms that serve every target (同时服务…和…). $from, $to: a period (first and last day, null
// for an open end); only documents dated in it count. count: the sentences that state it.
:param targets => ['r-0b1832736411']
:param all => false
:param from => null
:param to => null
:param evidenceLimit => 2
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (target:Region) WHERE target.id IN $targets
MATCH (x:Region)(()-[:PART_OF|WITHIN]->(:Region)){0,3}(target)
WITH DISTINCT inPeriod, target, x
MATCH (m:Mechanism)-[r:SERVES]->(x)
WITH inPeriod, target, m, r, r.documents AS documents, r.counts AS counts
WHERE any(id IN documents WHERE id IN inPeriod)
CALL (r, inPeriod) {
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId
  MATCH (s:Sentence {id: sentenceId}) WHERE s.documentId IN inPeriod
  WITH s LIMIT $evidenceLimit
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
}
WITH m, target, evidence, reduce(n = 0, i IN range(0, size(documents) - 1) | n + CASE WHEN documents[i] IN inPeriod THEN coalesce(counts[i], 0) ELSE 0 END) AS count
WITH m, count(DISTINCT target) AS served, sum(count) AS count, reduce(all = [], e IN collect(evidence) | all + e) AS evidence
WHERE NOT $all OR served = size($targets)
RETURN m.id AS id, m.name AS name, 'Mechanism' AS type, null AS kind, count, evidence[..$evidenceLimit] AS evidence
ORDER BY count DESC, name
