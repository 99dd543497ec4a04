// The entities $ids with what a renderer shows of them: mentions in the documents dated in the period $from, $to
// (first and last day, null for an open end; both null: every document).
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, e.type AS type, e.kind AS kind,
       COUNT { (e)<-[:MENTIONS]-(s:Sentence) WHERE s.documentId IN inPeriod } AS mentions
