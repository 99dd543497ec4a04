// Shortest paths between two entities over the relation types in $types (RelationType, every policy relation),
// each hop with its own start and end, so a directed relation such as ASSISTS still says who helps whom.
// A variable-length bound cannot be a parameter: the search is bounded by the largest maxHops the API accepts (6,
// RelationQueries.MAX_HOPS) and the shortest paths kept when no longer than $maxHops. Filtering after the search,
// not inside it, keeps Neo4j from falling back to an exhaustive search when the shortest path is too long.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
WITH p WHERE length(p) <= $maxHops
WITH p LIMIT $limit
CALL (p) {
  UNWIND relationships(p) AS r
  CALL (r) {
    UNWIND coalesce(r.evidence, []) AS sentenceId
    WITH DISTINCT sentenceId LIMIT $evidenceLimit
    MATCH (s:Sentence {id: sentenceId})
    OPTIONAL MATCH (d:Document {id: s.documentId})
    RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
  }
  RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, confidence: r.confidence,
                  evidence: evidence}) AS hops
}
RETURN [n IN nodes(p) | n {.id, .name, .type, .kind}] AS nodes, hops
