// Which mechanisms are first stated each year: a mechanism's first document is the earliest dated document whose
// abstract or body mentions it (a date stated as a year sorts before the days of that year). One row per year, oldest
// first, each mechanism with its first document and how many dated documents mention it in all. Mechanisms that only
// undated documents mention have no year and are left out.
// This file is the query GET /api/timeline runs (the service reads it from its jar).
// type: the entity type, Mechanism (Region and Strategy work too); zones: the zones that state facts.
:param type => 'Mechanism'
:param zones => ['ABSTRACT', 'BODY']

MATCH (e:Entity {type: $type})<-[:MENTIONS]-(s:Sentence)
WHERE s.zone IN $zones
MATCH (d:Document {id: s.documentId})
WHERE d.year IS NOT NULL
WITH DISTINCT e, d
ORDER BY d.date, d.title, d.id
WITH e, collect(d) AS documents
WITH e, documents[0] AS first, size(documents) AS documents
ORDER BY first.date, e.name
RETURN first.year AS year,
       collect({id: e.id, name: e.name, date: first.date, documentId: first.id, documentTitle: first.title,
                documents: documents}) AS entities
ORDER BY year;
