// How two entities are connected: the shortest chains of policy relations, hop by hop.
:param from => '区域板块差异化发展机制'
:param to => '西部大开发'

MATCH (a:Entity {name: $from})
MATCH (b:Entity {name: $to})
MATCH p = allShortestPaths((a)-[:SERVES|SUPPORTS|TARGETS|PART_OF|COOPERATES_WITH*..5]-(b))
RETURN [n IN nodes(p) | n.name] AS chain, [r IN relationships(p) | type(r)] AS relations
LIMIT 10;
