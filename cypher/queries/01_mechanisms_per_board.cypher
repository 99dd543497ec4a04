// Which mechanisms serve which regional board, strongest first, with one sentence that says so.
// Set rollup to true to also count mechanisms that serve a region inside the board (京津冀, 河北 …); the roll-up
// climbs PART_OF between regions only, never through a mechanism's parts.
:param rollup => false

MATCH (b:Region {kind: 'Board'})
MATCH p = (m:Mechanism)-[r:SERVES]->(x:Region)(()-[:PART_OF]->(:Region)){0,3}(b)
WHERE $rollup OR x = b
WITH b, m, r, x = b AS direct, [n IN nodes(p)[1..] | n.name] AS path
MATCH (s:Sentence {id: r.evidence[0]})
RETURN b.name AS board, m.name AS mechanism, direct, path, r.count AS sentences, s.text AS example
ORDER BY board, direct DESC, sentences DESC;
