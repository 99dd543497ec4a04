// The entity named, or also known as, one of $names (forms of one typed name): a name before an alias, then the
// most mentioned.
MATCH (e:Entity)
WHERE e.name IN $names OR any(a IN coalesce(e.aliases, []) WHERE a IN $names)
RETURN e {.id, .name, .type, .kind, .aliases, .method, .confidence, mentions: COUNT { (e)<-[:MENTIONS]-() }} AS entity
ORDER BY CASE WHEN e.name IN $names THEN 0 ELSE 1 END, entity.mentions DESC
LIMIT 1
