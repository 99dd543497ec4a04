// The components of a mechanism: the mechanisms the texts name as its parts (PART_OF between mechanisms), and their
// parts in turn down to three levels, each with the sentences that say so.
:param mechanism => '区域开放合作机制'

MATCH (whole:Mechanism)
WHERE whole.name = $mechanism OR $mechanism IN coalesce(whole.aliases, [])
MATCH p = (part:Mechanism)(()-[:PART_OF]->(:Mechanism)){1,3}(whole)
WITH p, part, nodes(p)[1] AS partOf, relationships(p)[0] AS r
UNWIND r.evidence AS sentenceId
MATCH (s:Sentence {id: sentenceId})
OPTIONAL MATCH (d:Document {id: s.documentId})
RETURN length(p) AS level, part.name AS component, partOf.name AS partOf, r.count AS sentences, r.methods AS how,
       d.title AS document, s.section AS section, s.text AS sentence
ORDER BY level, partOf, component;
