// The entity $id, if there is one.
MATCH (e:Entity {id: $id}) RETURN e.id AS id
