// V0003: one (:GraphState {id: 'graph'}) node whose version goes up with every document written or removed,
// so services can cache answers that cannot change between ingests.
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (g:GraphState) REQUIRE g.id IS UNIQUE;
MERGE (g:GraphState {id: 'graph'}) ON CREATE SET g.version = 0;
