// Entities whose name or alias matches the Lucene query $q, best first, at most $limit.
CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, node.kind AS kind, score,
       COUNT { (node)<-[:MENTIONS]-() } AS mentions
ORDER BY score DESC, mentions DESC
