// Document $id: its sections, the entities it mentions (most mentioned first) and how many relations of types
// $types (RelationType) it contributed to.
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (x:Section {documentId: d.id})
  RETURN collect(x {.id, .title, .level, .path, .ordinal,
                    sentences: COUNT { (x)-[:HAS_SENTENCE]->() }}) AS sections
}
CALL (d) {
  MATCH (s:Sentence {documentId: d.id})-[:MENTIONS]->(e:Entity)
  WITH e, count(*) AS mentions ORDER BY mentions DESC, e.name
  RETURN collect(e {.id, .name, .type, .kind, mentions: mentions}) AS entities
}
CALL (d) {
  MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types AND d.id IN r.documents
  RETURN count(r) AS relations
}
RETURN d {.id, .key, .title, .issuers, .number, .date, .year, .datePrecision, .kind, .authors, .venue, .source,
          .charset, .script, .characters,
          ingestedAt: toString(d.ingestedAt)} AS document,
       sections, entities, relations
