// The corpus: each document with its sections, sentences and the entities it mentions most.
MATCH (d:Document)
CALL (d) {
  MATCH (s:Sentence {documentId: d.id})-[:MENTIONS]->(e:Entity)
  WITH e, count(*) AS mentions ORDER BY mentions DESC
  RETURN collect(e.name)[..8] AS topEntities
}
RETURN d.title AS title, d.authors AS authors, d.venue AS venue, d.date AS date,
       COUNT { (x:Section {documentId: d.id}) } AS sections,
       COUNT { (s:Sentence {documentId: d.id}) } AS sentences, topEntities
ORDER BY d.key;
