// The graph's version: every write (document written or removed, by any process) moves it on in its transaction.
MATCH (g:GraphState {id: 'graph'}) RETURN g.version AS version
