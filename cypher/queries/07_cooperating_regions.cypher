// Regions the texts say cooperate, with the sentence.
MATCH (a:Region)-[r:COOPERATES_WITH]->(b:Region)
MATCH (s:Sentence {id: r.evidence[0]})
RETURN a.name AS region, b.name AS partner, r.count AS sentences, s.text AS example
ORDER BY sentences DESC, region;
