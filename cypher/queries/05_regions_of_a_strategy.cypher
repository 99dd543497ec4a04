// The regions a strategy targets, with how each was found (trigger word, heading scope, gazetteer …).
:param strategy => '京津冀协同发展'

MATCH (s:Strategy {name: $strategy})-[t:TARGETS]->(r:Region)
RETURN r.name AS region, r.kind AS kind, t.methods AS how, t.count AS sentences, t.confidence AS confidence
ORDER BY confidence DESC, region;
