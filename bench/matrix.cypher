// The headline question exactly as GET /api/boards/mechanisms asks it (BoardMechanismController.BOARDS with the
// evidence fragment in place; a test keeps the two equal). bench/load.sh sends it to Neo4j directly, over the
// HTTP Query API and over Bolt, to compare with the API.
:param rollup => true
:param evidenceLimit => 3

MATCH (b:Region {kind: 'Board'})
CALL (b) {
  MATCH (m:Mechanism)-[r:SERVES]->(b)
  CALL (r) {
    UNWIND coalesce(r.evidence, []) AS sentenceId
    WITH DISTINCT sentenceId LIMIT $evidenceLimit
    MATCH (s:Sentence {id: sentenceId})
    OPTIONAL MATCH (d:Document {id: s.documentId})
    RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
  }
  RETURN m, true AS direct, [b.name] AS path, evidence, r.count AS count
  UNION
  MATCH p = (m:Mechanism)-[r:SERVES]->(x:Region)(()-[:PART_OF]->(:Region)){1,3}(b)
  WHERE $rollup AND NOT (m)-[:SERVES]->(b)
  CALL (r) {
    UNWIND coalesce(r.evidence, []) AS sentenceId
    WITH DISTINCT sentenceId LIMIT $evidenceLimit
    MATCH (s:Sentence {id: sentenceId})
    OPTIONAL MATCH (d:Document {id: s.documentId})
    RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
  }
  RETURN m, false AS direct, [n IN nodes(p)[1..] | n.name] AS path, evidence, r.count AS count
}
WITH b, m, max(CASE WHEN direct THEN 1 ELSE 0 END) = 1 AS direct, collect(path) AS paths,
     reduce(all = [], e IN collect(evidence) | all + e) AS evidence, sum(count) AS strength
ORDER BY strength DESC, m.name
WITH b, collect({id: m.id, name: m.name, direct: direct, paths: CASE WHEN direct THEN [] ELSE paths END,
                 strength: strength, evidence: evidence}) AS mechanisms
RETURN b {.id, .name} AS board, mechanisms;
