// Entities, most mentioned first, filtered by $type (an EntityType name or null) and by $terms (null, or forms of
// what was typed: a name or alias containing any of them), the page $skip..$skip + $size with the total.
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($terms IS NULL OR any(q IN $terms WHERE e.name CONTAINS q OR any(a IN coalesce(e.aliases, []) WHERE a CONTAINS q)))
WITH e {.id, .name, .type, .kind, .aliases, .method, .confidence, mentions: COUNT { (e)<-[:MENTIONS]-() }} AS entity
ORDER BY entity.mentions DESC, entity.name
WITH collect(entity) AS entities
RETURN size(entities) AS total, entities[$skip..$skip + $size] AS items
