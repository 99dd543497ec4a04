// Every document with its metadata and sentence count, by key. Each filter applies when its parameter is not null:
// $issuer one of the document's issuers; $kind a DocumentKind name; $from and $to the first and last day
// (yyyy-MM-dd) of a period the document's date must overlap (the year index narrows first). A date stated as a year
// or a month stands for all its days: d.date + '~' sorts after every day it holds ('~' comes after '-' and the
// digits), d.date itself before them. A document without a date matches no period. Every period filter of the
// service selects its documents with the same two lines (org.policykg.api.evidence.Period).
MATCH (d:Document)
WHERE ($issuer IS NULL OR $issuer IN d.issuers)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from))
  AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))
RETURN d {.id, .key, .title, .issuers, .number, .date, .year, .datePrecision, .kind, .authors, .venue, .source,
          .script, .characters, ingestedAt: toString(d.ingestedAt),
          sentences: COUNT { (d)-[:HAS_SECTION|HAS_SUBSECTION*]->(:Section)-[:HAS_SENTENCE]->(:Sentence) }} AS document
ORDER BY document.key
