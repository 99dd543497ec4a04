// Who assists whom (帮扶, 对口支援, 东西部协作 pairings): the regions that help a region and the regions it helps,
// with the sentences that say so. ASSISTS is directed, (helper)-[:ASSISTS]->(recipient), unlike COOPERATES_WITH.
:param region => '临夏州'

MATCH (r:Region)
WHERE r.name = $region OR $region IN coalesce(r.aliases, [])
MATCH (r)-[a:ASSISTS]-(:Region)
WITH r, a, startNode(a) AS helper, endNode(a) AS recipient
UNWIND a.evidence AS sentenceId
MATCH (s:Sentence {id: sentenceId})
OPTIONAL MATCH (d:Document {id: s.documentId})
RETURN CASE WHEN helper = r THEN 'assists' ELSE 'assisted by' END AS role, helper.name AS helper,
       recipient.name AS recipient, a.count AS sentences, a.methods AS how, d.title AS document, s.section AS section,
       s.text AS sentence
ORDER BY role, sentences DESC, helper, recipient;
