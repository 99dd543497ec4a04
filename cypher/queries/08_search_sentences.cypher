// Full-text search over sentences (Chinese-aware, cjk analyzer); quote the phrase.
:param phrase => '"产业转移"'

CALL db.index.fulltext.queryNodes('sentence_search', $phrase) YIELD node, score
MATCH (d:Document {id: node.documentId})
RETURN d.title AS document, node.section AS section, node.text AS sentence, score
ORDER BY score DESC
LIMIT 20;
