// The strategies that cover a province: aimed at it, or at a region it belongs to (its board, …), as a text states
// it (PART_OF) or the gazetteer's geography knows it (WITHIN).
:param province => '河北'

MATCH (p:Region {name: $province})-[:PART_OF|WITHIN*0..3]->(area:Region)<-[t:TARGETS]-(s:Strategy)
RETURN s.name AS strategy, area.name AS through, t.methods AS how, t.count AS sentences
ORDER BY sentences DESC, strategy;
