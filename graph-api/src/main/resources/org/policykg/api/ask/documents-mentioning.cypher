// 哪些文章提到西部大开发？ The documents whose abstract or body mentions one of $entities (ids), or with $all every one
// of them (同时提到…和…), most mentions first, each with its first sentences that mention one. A period as in every
// ask query.
:param entities => ['s-464179f8e463']
:param all => false
:param from => null
:param to => null
:param evidenceLimit => 2
CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (e:Entity)<-[:MENTIONS]-(s:Sentence)
WHERE e.id IN $entities AND s.documentId IN inPeriod AND s.zone IN ['ABSTRACT', 'BODY']
WITH s.documentId AS documentId, e, s ORDER BY s.ordinal
WITH documentId, count(DISTINCT e) AS found, count(DISTINCT s) AS count, collect(DISTINCT s)[..$evidenceLimit] AS first
WHERE NOT $all OR found = size($entities)
MATCH (d:Document {id: documentId})
RETURN d.id AS id, d.title AS name, 'Document' AS type, d.kind AS kind, count,
       [s IN first | {documentId: d.id, documentTitle: d.title, section: s.section, sentence: s.text}] AS evidence
ORDER BY count DESC, name
