// How two entities are connected: the shortest chains of policy relations, each hop with its direction (who serves,
// assists or belongs to whom), whichever way the chain runs.
:param from => '区域板块差异化发展机制'
:param to => '西部大开发'

MATCH (a:Entity {name: $from})
MATCH (b:Entity {name: $to})
MATCH p = allShortestPaths((a)-[:SERVES|SUPPORTS|TARGETS|PART_OF|COOPERATES_WITH|ASSISTS|WITHIN*..5]-(b))
RETURN [n IN nodes(p) | n.name] AS chain,
       [r IN relationships(p) | startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name] AS relations
LIMIT 10;
