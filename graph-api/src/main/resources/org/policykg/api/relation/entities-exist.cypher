// Which of the given ids name an entity.
MATCH (e:Entity) WHERE e.id IN $ids RETURN collect(e.id) AS ids
