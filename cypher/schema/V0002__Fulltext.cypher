// V0002: Chinese-aware full-text search. The cjk analyzer indexes overlapping character pairs,
// so 长三角 finds 长三角一体化发展 without word segmentation.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (e:Region|Strategy|Mechanism) ON EACH [e.name, e.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

CREATE FULLTEXT INDEX sentence_search IF NOT EXISTS
FOR (s:Sentence) ON EACH [s.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
