// Every document with its sentence count, by key.
MATCH (d:Document)
RETURN d {.id, .key, .title, .authors, .venue, .date, .source, .script, .characters,
          ingestedAt: toString(d.ingestedAt),
          sentences: COUNT { (d)-[:HAS_SECTION|HAS_SUBSECTION*]->(:Section)-[:HAS_SENTENCE]->(:Sentence) }} AS document
ORDER BY document.key
