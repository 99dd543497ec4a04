// Shortest paths between two entities over the relation types in $types (RelationType, every policy relation),
// each hop with its own start and end, so a directed relation such as ASSISTS still says who helps whom.
// A variable-length bound cannot be a parameter: the search is bounded by the largest maxHops the API accepts (6,
// RelationQueries.MAX_HOPS) and the shortest paths kept when no longer than $maxHops. Filtering after the search,
// not inside it, keeps Neo4j from falling back to an exhaustive search when the shortest path is too long.
// $from, $to: a period (first and last day, null for an open end): every hop must be stated by a document dated in
// it, and cites only their sentences. Both null: every document.
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (a:Entity {id: $source})
MATCH (b:Entity {id: $target})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types AND any(id IN r.documents WHERE id IN inPeriod))
WITH p, inPeriod WHERE length(p) <= $maxHops
WITH p, inPeriod LIMIT $limit
CALL (p, inPeriod) {
  UNWIND relationships(p) AS r
  CALL (r, inPeriod) {
    UNWIND coalesce(r.evidence, []) AS sentenceId
    WITH DISTINCT sentenceId
    MATCH (s:Sentence {id: sentenceId}) WHERE s.documentId IN inPeriod
    WITH s LIMIT $evidenceLimit
    OPTIONAL MATCH (d:Document {id: s.documentId})
    RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
  }
  RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, confidence: r.confidence,
                  evidence: evidence}) AS hops
}
RETURN [n IN nodes(p) | n {.id, .name, .type, .kind}] AS nodes, hops
