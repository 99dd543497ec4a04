// Entities whose name or alias matches the Lucene query $q, best first, at most $limit of the index's first $scan
// hits. $from, $to: a period (first and last day, null for an open end): only entities a document dated in it
// mentions, their mentions counted in those documents alone. Both null: every document.
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: $scan}) YIELD node, score
WITH node, score, COUNT { (node)<-[:MENTIONS]-(s:Sentence) WHERE s.documentId IN inPeriod } AS mentions
WHERE mentions > 0 OR ($from IS NULL AND $to IS NULL)
RETURN node.id AS id, node.name AS name, node.type AS type, node.kind AS kind, score, mentions
ORDER BY score DESC, mentions DESC
LIMIT $limit
