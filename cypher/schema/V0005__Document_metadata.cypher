// V0005: document metadata. `year` (an integer) serves period filters, `date` (yyyy, yyyy-MM or yyyy-MM-dd, as
// precise as the text or caller states it) the exact bounds within a year; `kind` is a DocumentKind name; `issuers`
// is a list (a range index holds a list as one value: it serves whole-list equality, membership is checked on the
// documents the other conditions leave).
CREATE INDEX document_year IF NOT EXISTS FOR (d:Document) ON (d.year);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
CREATE INDEX document_kind IF NOT EXISTS FOR (d:Document) ON (d.kind);
CREATE INDEX document_issuers IF NOT EXISTS FOR (d:Document) ON (d.issuers);
