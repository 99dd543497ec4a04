// A small graph in the shape ingest's DocumentWriter writes, small enough that every answer of the query classes
// can be worked out by hand (QueryTestGraph, the *QueriesTest classes). Two documents (2025-01-01 and 2024-06); four boards; a roll-up
// chain 成都 → 四川 → 西部地区; a mechanism component (口岸协作机制 PART_OF 区域开放合作机制) that must never count
// for the board its whole serves; a directed ASSISTS; an official-marks sentence that names 补偿 but states no fact.
CREATE (d1:Document {id: 'd1', key: 'k1', title: '文件甲', authors: ['甲'], date: '2025-01-01', year: 2025, datePrecision: 'DAY', issuers: ['国务院'], source: 'test', script: 'simplified', characters: 300})
CREATE (d2:Document {id: 'd2', key: 'k2', title: '文件乙', authors: [], date: '2024-06', year: 2024, datePrecision: 'MONTH', issuers: [], source: 'test', script: 'traditional', characters: 80})
CREATE (x1:Section {id: 'x1', documentId: 'd1', title: '一、总体要求', level: 1, path: '一、总体要求', ordinal: 0})
CREATE (x2:Section {id: 'x2', documentId: 'd1', title: '（一）补偿', level: 2, path: '一、总体要求 / （一）补偿', ordinal: 1})
CREATE (x3:Section {id: 'x3', documentId: 'd2', title: '對口支援', level: 1, path: '對口支援', ordinal: 0})
CREATE (d1)-[:HAS_SECTION]->(x1)-[:HAS_SUBSECTION]->(x2)
CREATE (d2)-[:HAS_SECTION]->(x3)
CREATE (s1:Sentence {id: 's1', documentId: 'd1', section: '一、总体要求', zone: 'BODY', ordinal: 0,
                     text: '实施区域板块差异化发展机制，推进西部大开发。'})
CREATE (s2:Sentence {id: 's2', documentId: 'd1', section: '一、总体要求', zone: 'BODY', ordinal: 1,
                     text: '区域板块差异化发展机制支持东部地区和中部地区协作。'})
CREATE (s3:Sentence {id: 's3', documentId: 'd1', section: '一、总体要求 / （一）补偿', zone: 'BODY', ordinal: 2,
                     text: '成都建立区际利益补偿机制。'})
CREATE (s4:Sentence {id: 's4', documentId: 'd1', section: '一、总体要求 / （一）补偿', zone: 'BODY', ordinal: 3,
                     text: '区际利益补偿机制服务成都。'})
CREATE (s5:Sentence {id: 's5', documentId: 'd1', section: '一、总体要求 / （一）补偿', zone: 'BODY', ordinal: 4,
                     text: '四川成都等西部地区完善区际利益补偿机制。'})
CREATE (s6:Sentence {id: 's6', documentId: 'd1', section: '一、总体要求', zone: 'BODY', ordinal: 5,
                     text: '区域开放合作机制服务东部地区，口岸协作机制是其组成部分。'})
CREATE (s7:Sentence {id: 's7', documentId: 'd1', section: '', zone: 'OFFICIAL_MARKS', ordinal: 6,
                     text: '抄送：补偿办公室。'})
CREATE (s8:Sentence {id: 's8', documentId: 'd2', section: '對口支援', zone: 'BODY', ordinal: 0,
                     text: '廈門對口支援臨夏州。', simplified: '厦门对口支援临夏州。'})
CREATE (x1)-[:HAS_SENTENCE]->(s1), (x1)-[:HAS_SENTENCE]->(s2), (x2)-[:HAS_SENTENCE]->(s3), (x2)-[:HAS_SENTENCE]->(s4),
       (x2)-[:HAS_SENTENCE]->(s5), (x1)-[:HAS_SENTENCE]->(s6), (x1)-[:HAS_SENTENCE]->(s7), (x3)-[:HAS_SENTENCE]->(s8)

CREATE (east:Entity:Region {id: 'r-east', name: '东部地区', type: 'Region', kind: 'Board', aliases: [], method: 'GAZETTEER', confidence: 1.0})
CREATE (central:Entity:Region {id: 'r-central', name: '中部地区', type: 'Region', kind: 'Board', aliases: [], method: 'GAZETTEER', confidence: 1.0})
CREATE (west:Entity:Region {id: 'r-west', name: '西部地区', type: 'Region', kind: 'Board', aliases: ['西部'], method: 'GAZETTEER', confidence: 1.0})
CREATE (:Entity:Region {id: 'r-ne', name: '东北地区', type: 'Region', kind: 'Board', aliases: [], method: 'GAZETTEER', confidence: 1.0})
CREATE (sc:Entity:Region {id: 'r-sc', name: '四川', type: 'Region', kind: 'Province', aliases: ['四川省'], method: 'GAZETTEER', confidence: 1.0})
CREATE (cd:Entity:Region {id: 'r-cd', name: '成都', type: 'Region', kind: 'City', aliases: ['蓉城'], method: 'GAZETTEER', confidence: 1.0})
CREATE (xm:Entity:Region {id: 'r-xm', name: '厦门', type: 'Region', kind: 'City', aliases: ['厦门市'], method: 'GAZETTEER', confidence: 1.0})
CREATE (lx:Entity:Region {id: 'r-lx', name: '临夏州', type: 'Region', kind: 'City', aliases: [], method: 'GAZETTEER', confidence: 1.0})
CREATE (diff:Entity:Mechanism {id: 'm-diff', name: '区域板块差异化发展机制', type: 'Mechanism', aliases: [], method: 'GAZETTEER', confidence: 1.0})
CREATE (comp:Entity:Mechanism {id: 'm-comp', name: '区际利益补偿机制', type: 'Mechanism', aliases: ['利益补偿机制'], method: 'GAZETTEER', confidence: 1.0})
CREATE (open:Entity:Mechanism {id: 'm-open', name: '区域开放合作机制', type: 'Mechanism', aliases: [], method: 'MECHANISM_PHRASE', confidence: 0.8})
CREATE (port:Entity:Mechanism {id: 'm-port', name: '口岸协作机制', type: 'Mechanism', aliases: [], method: 'MECHANISM_PHRASE', confidence: 0.7})
CREATE (wd:Entity:Strategy {id: 's-west', name: '西部大开发', type: 'Strategy', aliases: [], method: 'GAZETTEER', confidence: 1.0})

CREATE (cd)-[:PART_OF {evidence: ['s5'], evidenceMethods: ['HIERARCHY'], methods: ['HIERARCHY'], documents: ['d1'], counts: [1], count: 1, confidence: 1.0}]->(sc)
CREATE (sc)-[:PART_OF {evidence: ['s5'], evidenceMethods: ['HIERARCHY'], methods: ['HIERARCHY'], documents: ['d1'], counts: [1], count: 1, confidence: 1.0}]->(west)
CREATE (port)-[:PART_OF {evidence: ['s6'], evidenceMethods: ['TRIGGER'], methods: ['TRIGGER'], documents: ['d1'], counts: [1], count: 1, confidence: 0.8}]->(open)
CREATE (diff)-[:SERVES {evidence: ['s1'], evidenceMethods: ['TRIGGER'], methods: ['TRIGGER'], documents: ['d1'], counts: [1], count: 1, confidence: 0.9}]->(west)
CREATE (diff)-[:SERVES {evidence: ['s2'], evidenceMethods: ['TRIGGER'], methods: ['TRIGGER'], documents: ['d1'], counts: [1], count: 1, confidence: 0.9}]->(east)
CREATE (diff)-[:SERVES {evidence: ['s2'], evidenceMethods: ['TRIGGER'], methods: ['TRIGGER'], documents: ['d1'], counts: [1], count: 1, confidence: 0.9}]->(central)
CREATE (comp)-[:SERVES {evidence: ['s3', 's4'], evidenceMethods: ['TRIGGER', 'TRIGGER'], methods: ['TRIGGER'], documents: ['d1'], counts: [2], count: 2, confidence: 0.95}]->(cd)
CREATE (comp)-[:SERVES {evidence: ['s5'], evidenceMethods: ['TRIGGER'], methods: ['TRIGGER'], documents: ['d1'], counts: [1], count: 1, confidence: 0.8}]->(sc)
CREATE (open)-[:SERVES {evidence: ['s6'], evidenceMethods: ['TRIGGER'], methods: ['TRIGGER'], documents: ['d1'], counts: [1], count: 1, confidence: 0.85}]->(east)
CREATE (wd)-[:TARGETS {evidence: ['s1'], evidenceMethods: ['NAME'], methods: ['NAME'], documents: ['d1'], counts: [1], count: 1, confidence: 0.9}]->(west)
CREATE (east)-[:COOPERATES_WITH {evidence: ['s2'], evidenceMethods: ['TRIGGER'], methods: ['TRIGGER'], documents: ['d1'], counts: [1], count: 1, confidence: 0.7}]->(central)
CREATE (xm)-[:ASSISTS {evidence: ['s8'], evidenceMethods: ['TRIGGER'], methods: ['TRIGGER'], documents: ['d2'], counts: [1], count: 1, confidence: 0.9}]->(lx)

CREATE (s1)-[:MENTIONS {surface: '区域板块差异化发展机制', method: 'GAZETTEER'}]->(diff), (s1)-[:MENTIONS {surface: '西部', method: 'GAZETTEER'}]->(west),
       (s1)-[:MENTIONS {surface: '西部大开发', method: 'GAZETTEER'}]->(wd),
       (s2)-[:MENTIONS {surface: '区域板块差异化发展机制', method: 'GAZETTEER'}]->(diff), (s2)-[:MENTIONS {surface: '东部地区', method: 'GAZETTEER'}]->(east),
       (s2)-[:MENTIONS {surface: '中部地区', method: 'GAZETTEER'}]->(central),
       (s3)-[:MENTIONS {surface: '成都', method: 'GAZETTEER'}]->(cd), (s3)-[:MENTIONS {surface: '区际利益补偿机制', method: 'GAZETTEER'}]->(comp),
       (s4)-[:MENTIONS {surface: '区际利益补偿机制', method: 'GAZETTEER'}]->(comp), (s4)-[:MENTIONS {surface: '成都', method: 'GAZETTEER'}]->(cd),
       (s5)-[:MENTIONS {surface: '四川', method: 'GAZETTEER'}]->(sc), (s5)-[:MENTIONS {surface: '成都', method: 'GAZETTEER'}]->(cd),
       (s5)-[:MENTIONS {surface: '西部地区', method: 'GAZETTEER'}]->(west), (s5)-[:MENTIONS {surface: '区际利益补偿机制', method: 'GAZETTEER'}]->(comp),
       (s6)-[:MENTIONS {surface: '区域开放合作机制', method: 'MECHANISM_PHRASE'}]->(open), (s6)-[:MENTIONS {surface: '东部地区', method: 'GAZETTEER'}]->(east),
       (s6)-[:MENTIONS {surface: '口岸协作机制', method: 'MECHANISM_PHRASE'}]->(port),
       (s8)-[:MENTIONS {surface: '廈門', method: 'GAZETTEER'}]->(xm), (s8)-[:MENTIONS {surface: '臨夏州', method: 'GAZETTEER'}]->(lx)

MERGE (g:GraphState {id: 'graph'}) SET g.version = 7
