// The timeline of entity $id: one row per year of the documents whose abstract or body ($zones: Zone.producesFacts())
// mention it, oldest first; year null for documents without a date. Per year: the documents, how many of their
// sentences mention it and the first $evidenceLimit of those (documents by date, sentences in reading order), and,
// for a mechanism, the regions (boards included) it SERVES by those documents, with how many sentences say so.
MATCH (e:Entity {id: $id})<-[:MENTIONS]-(s:Sentence)
WHERE s.zone IN $zones
MATCH (d:Document {id: s.documentId})
WITH DISTINCT e, d, s
ORDER BY d.date, d.title, d.id, s.ordinal
WITH e, d.year AS year,
     collect(DISTINCT d {.id, .title, .date, .datePrecision, .kind, .issuers}) AS documents,
     count(s) AS sentences,
     collect({documentId: d.id, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
CALL (e, year) {
  MATCH (e:Mechanism)-[r:SERVES]->(x:Region)
  // read once: a relation whose document is deleted meanwhile has no lists and is left out
  WITH x, r.documents AS documents, r.counts AS counts
  WHERE documents IS NOT NULL
  UNWIND range(0, size(documents) - 1) AS i
  MATCH (d:Document {id: documents[i]})
  WHERE d.year = year OR (d.year IS NULL AND year IS NULL)
  WITH x, sum(coalesce(counts[i], 0)) AS sentences
  ORDER BY sentences DESC, x.name
  RETURN collect(x {.id, .name, .kind, sentences: sentences}) AS serves
}
RETURN year, documents, sentences, evidence[..$evidenceLimit] AS evidence, serves
ORDER BY year IS NULL, year
