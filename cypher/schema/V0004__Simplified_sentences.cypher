// V0004: a sentence written in traditional characters keeps its simplified form in `simplified`; full-text search
// reads both, so 区际利益补偿 finds 區際利益補償 (and the service simplifies a traditional query before it searches).
// A full-text index cannot gain a property: it is dropped and created again, and Neo4j indexes the stored sentences anew.
DROP INDEX sentence_search IF EXISTS;

CREATE FULLTEXT INDEX sentence_search IF NOT EXISTS
FOR (s:Sentence) ON EACH [s.text, s.simplified]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
