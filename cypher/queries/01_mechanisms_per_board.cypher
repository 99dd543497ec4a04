// Which mechanisms serve which regional board, strongest first, with the sentences that say so: one row per board.
// This file is the query GET /api/boards/mechanisms runs (the service reads it from its jar) and bench/load.sh
// measures, so Browser, the API and the benchmark ask the same question.
// rollup true also counts a mechanism that serves a region inside the board (京津冀, 河北 …), as direct: false with
// the paths; the roll-up climbs between regions only (PART_OF as the texts state it, WITHIN as the gazetteer's
// geography knows it), never through a mechanism's parts or a strategy's.
// evidenceLimit: how many sentences each fact cites.
// from, to: a period, as first and last day ('2024-01-01', '2024-12-31'), null for an open end: only documents
// dated in it count (their share of each fact's strength, their sentences); a mechanism none of them states is left
// out. Both null: every document, the undated too. The regions' hierarchy of the roll-up is not dated.
:param rollup => true
:param evidenceLimit => 3
:param from => null
:param to => null

CALL () {
  MATCH (d:Document)
  WHERE ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
    AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
  RETURN collect(d.id) AS inPeriod
}
MATCH (b:Region {kind: 'Board'})
CALL (b, inPeriod) {
  MATCH (m:Mechanism)-[r:SERVES]->(b)
  WITH m, r, r.documents AS documents, r.counts AS counts
  WHERE any(id IN documents WHERE id IN inPeriod)
  RETURN m, r, documents, counts, true AS direct, [b.name] AS path
  UNION
  MATCH p = (m:Mechanism)-[r:SERVES]->(x:Region)(()-[:PART_OF|WITHIN]->(:Region)){1,3}(b)
  WITH m, r, r.documents AS documents, r.counts AS counts, p
  WHERE $rollup AND any(id IN documents WHERE id IN inPeriod)
    AND NOT EXISTS { (m)-[served:SERVES]->(b) WHERE any(id IN served.documents WHERE id IN inPeriod) }
  RETURN m, r, documents, counts, false AS direct, [n IN nodes(p)[1..] | n.name] AS path
}
// one row per fact: a fact that reaches the board by two paths (PART_OF and WITHIN) counts once, with both paths
// documents and counts are read once, where the fact is matched: a document deleted meanwhile cannot make them null
WITH b, m, r, documents, counts, inPeriod, max(CASE WHEN direct THEN 1 ELSE 0 END) = 1 AS direct, collect(path) AS factPaths
CALL (r, inPeriod) {
  UNWIND coalesce(r.evidence, []) AS sentenceId
  WITH DISTINCT sentenceId
  MATCH (s:Sentence {id: sentenceId}) WHERE s.documentId IN inPeriod
  WITH s LIMIT $evidenceLimit
  OPTIONAL MATCH (d:Document {id: s.documentId})
  RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
}
WITH b, m, direct, factPaths, evidence,
     reduce(n = 0, i IN range(0, size(documents) - 1) |
            n + CASE WHEN documents[i] IN inPeriod THEN coalesce(counts[i], 0) ELSE 0 END) AS count
WITH b, m, max(CASE WHEN direct THEN 1 ELSE 0 END) = 1 AS direct, reduce(all = [], ps IN collect(factPaths) | all + ps) AS paths,
     reduce(all = [], e IN collect(evidence) | all + e) AS evidence, sum(count) AS strength
ORDER BY strength DESC, m.name
WITH b, collect({id: m.id, name: m.name, direct: direct, paths: CASE WHEN direct THEN [] ELSE paths END,
                 strength: strength, evidence: evidence}) AS mechanisms
RETURN b {.id, .name} AS board, mechanisms;
