// The relations of types $types among the entities $ids, from each relation's start to its end. $from, $to: a
// period (first and last day, null for an open end): only relations a document dated in it states, counted in those
// documents alone. Both null: every document.
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
// documents and counts are read once: a relation whose document is deleted meanwhile is simply left out
WITH a, b, r, inPeriod, r.documents AS documents, r.counts AS counts
WHERE any(doc IN documents WHERE doc IN inPeriod)
RETURN elementId(r) AS id, a.id AS source, b.id AS target, type(r) AS type, r.confidence AS confidence,
       reduce(n = 0, i IN range(0, size(documents) - 1) |
              n + CASE WHEN documents[i] IN inPeriod THEN coalesce(counts[i], 0) ELSE 0 END) AS count
