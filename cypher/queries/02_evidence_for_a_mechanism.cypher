// Every sentence that links a mechanism to a region or strategy, with its document and section.
:param mechanism => '基本公共服务均等化机制'

MATCH (m:Mechanism {name: $mechanism})-[r:SERVES|SUPPORTS]->(target)
UNWIND r.evidence AS sentenceId
MATCH (d:Document)-[:HAS_SECTION|HAS_SUBSECTION*]->(x:Section)-[:HAS_SENTENCE]->(s:Sentence {id: sentenceId})
RETURN type(r) AS relation, target.name AS target, d.title AS document, x.title AS section, s.text AS sentence
ORDER BY target, document;
