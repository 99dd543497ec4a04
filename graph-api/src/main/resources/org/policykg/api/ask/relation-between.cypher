// 西部地区和东北全面振兴有什么关系？ The shortest connections between two entities over the policy relations (at most
// four hops), each hop with its direction and sentences; every stated hop must come from a document of the period
// (WITHIN, the gazetteer's geography, is dated by none). One row per hop of the first $limit paths.
:param a => 'r-0b1832736411'
:param b => 's-464179f8e463'
:param limit => 5
:param from => null
:param to => null
:param evidenceLimit => 2
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (a:Entity {id: $a})
MATCH (b:Entity {id: $b})
MATCH p = allShortestPaths((a)-[:SERVES|SUPPORTS|TARGETS|PART_OF|COOPERATES_WITH|ASSISTS|WITHIN*..4]-(b))
WHERE all(r IN relationships(p) WHERE type(r) = 'WITHIN' OR any(id IN r.documents WHERE id IN inPeriod))
WITH p, inPeriod LIMIT $limit
UNWIND relationships(p) AS r
WITH DISTINCT r, inPeriod, startNode(r) AS from, endNode(r) AS to, coalesce(r.documents, []) AS documents, coalesce(r.counts, []) AS counts
CALL (r, inPeriod) {
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId
  MATCH (s:Sentence {id: sentenceId}) WHERE s.documentId IN inPeriod
  WITH s LIMIT $evidenceLimit
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
}
RETURN elementId(r) AS id, from.name + ' ' + type(r) + ' ' + to.name AS name, type(r) AS type, null AS kind,
       from.name AS fromName, to.name AS toName,
       reduce(n = 0, i IN range(0, size(documents) - 1) | n + CASE WHEN documents[i] IN inPeriod THEN coalesce(counts[i], 0) ELSE 0 END) AS count, evidence
ORDER BY name
