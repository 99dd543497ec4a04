// Which mechanisms serve which regional board, strongest first, with the sentences that say so: one row per board.
// This file is the query GET /api/boards/mechanisms runs (the service reads it from its jar) and bench/load.sh
// measures, so Browser, the API and the benchmark ask the same question.
// rollup true also counts a mechanism that serves a region inside the board (京津冀, 河北 …), as direct: false with
// the paths; the roll-up climbs between regions only (PART_OF as the texts state it, WITHIN as the gazetteer's
// geography knows it), never through a mechanism's parts or a strategy's.
// evidenceLimit: how many sentences each fact cites.
:param rollup => true
:param evidenceLimit => 3

MATCH (b:Region {kind: 'Board'})
CALL (b) {
  MATCH (m:Mechanism)-[r:SERVES]->(b)
  RETURN m, r, true AS direct, [b.name] AS path
  UNION
  MATCH p = (m:Mechanism)-[r:SERVES]->(x:Region)(()-[:PART_OF|WITHIN]->(:Region)){1,3}(b)
  WHERE $rollup AND NOT (m)-[:SERVES]->(b)
  RETURN m, r, false AS direct, [n IN nodes(p)[1..] | n.name] AS path
}
CALL (r) {
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId LIMIT $evidenceLimit
  MATCH (s:Sentence {id: sentenceId})
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
}
WITH b, m, max(CASE WHEN direct THEN 1 ELSE 0 END) = 1 AS direct, collect(path) AS paths,
     reduce(all = [], e IN collect(evidence) | all + e) AS evidence, sum(r.count) AS strength
ORDER BY strength DESC, m.name
WITH b, collect({id: m.id, name: m.name, direct: direct, paths: CASE WHEN direct THEN [] ELSE paths END,
                 strength: strength, evidence: evidence}) AS mechanisms
RETURN b {.id, .name} AS board, mechanisms;
