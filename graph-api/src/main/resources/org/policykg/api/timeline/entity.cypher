// The entity $id, if there is one.
MATCH (e:Entity {id: $id}) RETURN e {.id, .name, .type, .kind} AS entity
