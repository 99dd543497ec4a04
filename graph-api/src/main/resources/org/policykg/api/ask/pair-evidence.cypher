// 哪里说区际利益补偿机制服务西部地区？ What the documents state between two entities: the relations joining them
// directly, or joining the first to a region inside the second (PART_OF, WITHIN, up to three steps: a mechanism
// that serves 新疆 serves 西部地区), each with its sentences. A period as in every ask query.
:param a => 'm-d9a9e0beec63'
:param b => 'r-0b1832736411'
:param from => null
:param to => null
:param evidenceLimit => 3
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (a:Entity {id: $a})
MATCH (b:Entity {id: $b})
CALL (a, b) {
  MATCH (a)-[r:SERVES|SUPPORTS|TARGETS|PART_OF|COOPERATES_WITH|ASSISTS]-(b)
  RETURN r
  UNION
  MATCH (a)-[r:SERVES|TARGETS|COOPERATES_WITH|ASSISTS]-(x:Region)(()-[:PART_OF|WITHIN]->(:Region)){1,3}(b)
  WHERE x <> a
  RETURN r
}
WITH DISTINCT r, inPeriod, startNode(r) AS from, endNode(r) AS to, r.documents AS documents, r.counts AS counts
WHERE any(id IN documents WHERE id IN inPeriod)
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
ORDER BY count DESC, name
