// Sentences that match the Lucene query $q, best first, at most $limit of the index's first $scan hits, only from
// the zones that state facts ($zones: Zone.producesFacts(), the abstract and the body). $from, $to: a period (first
// and last day, null for an open end): only sentences of documents dated in it. Both null: every document.
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
CALL db.index.fulltext.queryNodes('sentence_search', $q, {limit: $scan}) YIELD node, score
WITH node, score WHERE node.zone IN $zones AND node.documentId IN inPeriod
OPTIONAL MATCH (d:Document {id: node.documentId})
RETURN node.documentId AS documentId, d.title AS documentTitle, node.section AS section, node.text AS sentence, score
ORDER BY score DESC
LIMIT $limit
