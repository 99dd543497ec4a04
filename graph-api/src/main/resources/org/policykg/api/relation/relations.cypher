// The relations of entity $id with the sentences behind each ($evidenceLimit at most). $direction reads from the
// entity: 'out' where it is the subject, 'in' where it is the object, or 'both'; $type null for every type.

MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]->(o:Entity)
  WHERE $direction IN ['out', 'both'] AND ($type IS NULL OR type(r) = $type)
  RETURN r, o, 'out' AS direction
  UNION
  MATCH (e)<-[r]-(o:Entity)
  WHERE $direction IN ['in', 'both'] AND ($type IS NULL OR type(r) = $type)
  RETURN r, o, 'in' AS direction
}
CALL (r) {
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId LIMIT $evidenceLimit
  MATCH (s:Sentence {id: sentenceId})
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
}
RETURN type(r) AS type, direction, o {.id, .name, .type, .kind} AS other, r.confidence AS confidence,
       r.count AS count, r.methods AS methods, evidence
ORDER BY confidence DESC, count DESC, other.name
