// One entity by $id.
MATCH (e:Entity {id: $id})
RETURN e {.id, .name, .type, .kind, .aliases, .method, .confidence, mentions: COUNT { (e)<-[:MENTIONS]-() }} AS entity
