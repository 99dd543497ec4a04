package org.policykg.api.relation;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.policykg.api.evidence.Evidence;
import org.policykg.api.system.GraphVersion;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * The headline question: which mechanisms serve which regional board. With {@code rollup=true} a mechanism that
 * serves a region inside a board (京津冀, 河北 …) counts for that board too, marked {@code direct:false}, with the path.
 * The roll-up climbs PART_OF between regions only (every step ends at a Region): PART_OF also joins strategies and
 * mechanisms (a mechanism as a component of a larger one), and neither may carry a mechanism to a board.
 */
@RestController
// no transaction around the handler: a cached answer must cost no database round trip, and the answer is one query
class BoardMechanismController {

    static final String BOARDS = """
            MATCH (b:Region {kind: 'Board'})
            CALL (b) {
              MATCH (m:Mechanism)-[r:SERVES]->(b)
              %1$s
              RETURN m, true AS direct, [b.name] AS path, evidence, r.count AS count
              UNION
              MATCH p = (m:Mechanism)-[r:SERVES]->(x:Region)(()-[:PART_OF]->(:Region)){1,3}(b)
              WHERE $rollup AND NOT (m)-[:SERVES]->(b)
              %1$s
              RETURN m, false AS direct, [n IN nodes(p)[1..] | n.name] AS path, evidence, r.count AS count
            }
            WITH b, m, max(CASE WHEN direct THEN 1 ELSE 0 END) = 1 AS direct, collect(path) AS paths,
                 reduce(all = [], e IN collect(evidence) | all + e) AS evidence, sum(count) AS strength
            ORDER BY strength DESC, m.name
            WITH b, collect({id: m.id, name: m.name, direct: direct, paths: CASE WHEN direct THEN [] ELSE paths END,
                             strength: strength, evidence: evidence}) AS mechanisms
            RETURN b {.id, .name} AS board, mechanisms
            """.formatted(Evidence.OF_RELATIONSHIP);

    private final Neo4jClient neo4j;
    private final GraphVersion graphVersion;
    private final JsonMapper jsonMapper;

    BoardMechanismController(Neo4jClient neo4j, GraphVersion graphVersion, JsonMapper jsonMapper) {
        this.neo4j = neo4j;
        this.graphVersion = graphVersion;
        this.jsonMapper = jsonMapper;
    }

    record Board(String id, String name) {
    }

    record MechanismForBoard(String id, String name, boolean direct, List<List<String>> paths, long strength,
                             List<Evidence> evidence) {
    }

    record BoardMechanisms(Board board, List<MechanismForBoard> mechanisms) {
    }

    record Answer(boolean rollup, List<BoardMechanisms> boards) {
    }

    @GetMapping("/api/boards/mechanisms")
    ResponseEntity<byte[]> boards(@RequestParam(defaultValue = "false") boolean rollup,
                                  @RequestParam(defaultValue = "3") int evidenceLimit) {
        int limit = Math.max(0, Math.min(evidenceLimit, 50));
        // the answer only changes with the graph: kept serialised, it is served without a query
        byte[] json = graphVersion.cached("boards:" + rollup + ":" + limit, () -> jsonMapper.writeValueAsBytes(compute(rollup, limit)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    private Answer compute(boolean rollup, int evidenceLimit) {
        List<BoardMechanisms> boards = neo4j.query(BOARDS)
                .bindAll(Map.of("rollup", rollup, "evidenceLimit", evidenceLimit))
                .fetchAs(BoardMechanisms.class)
                .mappedBy((t, r) -> new BoardMechanisms(
                        new Board(r.get("board").get("id").asString(), r.get("board").get("name").asString()),
                        r.get("mechanisms").asList(BoardMechanismController::mechanism)))
                .all().stream()
                // the board order of the enum (the record Board here is the answer's own board)
                .sorted((a, b) -> Integer.compare(org.policykg.ingest.model.Board.order(a.board().name()),
                        org.policykg.ingest.model.Board.order(b.board().name())))
                .toList();
        return new Answer(rollup, boards);
    }

    private static MechanismForBoard mechanism(Value v) {
        return new MechanismForBoard(v.get("id").asString(), v.get("name").asString(), v.get("direct").asBoolean(),
                v.get("paths").asList(p -> p.asList(Value::asString)), v.get("strength").asLong(0),
                Evidence.listOf(v.get("evidence")));
    }
}
