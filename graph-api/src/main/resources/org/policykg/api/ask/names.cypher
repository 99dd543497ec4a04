// Every entity's names, for linking the words of a question: the canonical name and the aliases, with how often the
// entity is mentioned (the more mentioned wins a form two entities share).
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, e.kind AS kind, coalesce(e.aliases, []) AS aliases,
       COUNT { (e)<-[:MENTIONS]-() } AS mentions
