// Entities found beyond the gazetteer, and how: noun phrases ending in 机制, region suffixes, place recognition.
MATCH (e:Entity)
WHERE e.method <> 'GAZETTEER'
RETURN e.type AS type, e.name AS name, e.method AS method, e.confidence AS confidence,
       COUNT { (e)<-[:MENTIONS]-() } AS mentions
ORDER BY type, mentions DESC, name;
