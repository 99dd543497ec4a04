// Every sentence behind a mechanism's relations, with its document and section: the regions and strategies it
// serves and supports, the larger mechanism it is part of (PART_OF, out) and its own components (PART_OF, in).
:param mechanism => '基本公共服务均等化机制'

MATCH (m:Mechanism {name: $mechanism})-[r:SERVES|SUPPORTS|PART_OF]-(other:Entity)
WITH r, other, CASE WHEN startNode(r) = m THEN 'out' ELSE 'in' END AS direction
UNWIND r.evidence AS sentenceId
MATCH (d:Document)-[:HAS_SECTION|HAS_SUBSECTION*]->(x:Section)-[:HAS_SENTENCE]->(s:Sentence {id: sentenceId})
RETURN type(r) AS relation, direction, other.name AS other, d.title AS document, x.title AS section, s.text AS sentence
ORDER BY relation, direction, other, document;
