// Sentences that match the Lucene query $q, best first, at most $limit of the index's hits, only from the zones
// that state facts ($zones: Zone.producesFacts(), the abstract and the body).
CALL db.index.fulltext.queryNodes('sentence_search', $q, {limit: $limit}) YIELD node, score
WHERE node.zone IN $zones
OPTIONAL MATCH (d:Document {id: node.documentId})
RETURN node.documentId AS documentId, d.title AS documentTitle, node.section AS section, node.text AS sentence, score
ORDER BY score DESC
