// Strategies and the umbrella strategies they belong to (区域重大战略, 区域协调发展战略).
MATCH (s:Strategy)-[r:PART_OF]->(parent:Strategy)
RETURN parent.name AS umbrella, collect(s.name) AS strategies, sum(r.count) AS sentences
ORDER BY umbrella;
