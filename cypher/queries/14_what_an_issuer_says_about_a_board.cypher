// What one issuer's documents say about a board: per document the issuer issued (alone or jointly), newest first,
// the facts it states with the board at either end (a mechanism that serves it, a strategy that targets it, a region
// that cooperates with it …), each with that document's sentences, and its sentences that name the board.
// Documents that say nothing about the board are left out. The gazetteer's WITHIN is geography no text states.
// issuer: as the document names it (国务院, 国家发展改革委); board: a board's name or alias; evidenceLimit: sentences
// per fact and of the board's mentions.
:param issuer => '国务院'
:param board => '西部地区'
:param evidenceLimit => 5

MATCH (b:Region {kind: 'Board'})
WHERE b.name = $board OR $board IN b.aliases
MATCH (d:Document)
WHERE $issuer IN d.issuers
CALL (b, d) {
  MATCH (b)-[r]-(x:Entity)
  WHERE d.id IN r.documents AND type(r) <> 'WITHIN'
  CALL (r, d) {
    UNWIND r.evidence AS sentenceId
    MATCH (s:Sentence {id: sentenceId})
    WHERE s.documentId = d.id
    WITH s ORDER BY s.ordinal LIMIT $evidenceLimit
    RETURN collect(s.text) AS sentences
  }
  RETURN collect({fact: CASE WHEN startNode(r) = b THEN b.name + ' ' + type(r) + ' ' + x.name
                             ELSE x.name + ' ' + type(r) + ' ' + b.name END,
                  sentences: sentences}) AS facts
}
CALL (b, d) {
  MATCH (s:Sentence {documentId: d.id})-[:MENTIONS]->(b)
  WITH DISTINCT s ORDER BY s.ordinal LIMIT $evidenceLimit
  RETURN collect(coalesce(s.section, '') + ' | ' + s.text) AS mentions
}
WITH b, d, facts, mentions
WHERE size(facts) > 0 OR size(mentions) > 0
RETURN b.name AS board, d.date AS date, d.title AS document, d.number AS number, d.issuers AS issuers, facts, mentions
ORDER BY date DESC, document;
