// The relations of entity $id with the sentences behind each ($evidenceLimit at most). $direction reads from the
// entity: 'out' where it is the subject, 'in' where it is the object, or 'both'; $type null for every type.
// $from, $to: a period (first and last day, null for an open end); only the documents dated in it count: a relation
// none of them states is left out, its count and sentences are theirs. Both null: every document.

CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]->(o:Entity)
  WHERE $direction IN ['out', 'both'] AND ($type IS NULL OR type(r) = $type)
  RETURN r, o, 'out' AS direction
  UNION
  MATCH (e)<-[r]-(o:Entity)
  WHERE $direction IN ['in', 'both'] AND ($type IS NULL OR type(r) = $type)
  RETURN r, o, 'in' AS direction
}
// documents and counts are read once: a relation whose document is deleted meanwhile is simply left out
WITH r, o, direction, inPeriod, r.documents AS documents, r.counts AS counts
WHERE any(id IN documents WHERE id IN inPeriod)
WITH r, o, direction, inPeriod,
     reduce(n = 0, i IN range(0, size(documents) - 1) |
            n + CASE WHEN documents[i] IN inPeriod THEN coalesce(counts[i], 0) ELSE 0 END) AS count
CALL (r, inPeriod) {
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId
  MATCH (s:Sentence {id: sentenceId}) WHERE s.documentId IN inPeriod
  WITH s LIMIT $evidenceLimit
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
}
RETURN type(r) AS type, direction, o {.id, .name, .type, .kind} AS other, r.confidence AS confidence,
       count, r.methods AS methods, evidence
ORDER BY confidence DESC, count DESC, other.name
