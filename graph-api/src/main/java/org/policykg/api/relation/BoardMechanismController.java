package org.policykg.api.relation;

import java.util.List;

import org.policykg.api.system.GraphVersion;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * The headline question: which mechanisms serve which regional board. With {@code rollup=true} a mechanism that
 * serves a region inside a board (京津冀, 河北 …) counts for that board too, marked {@code direct:false}, with the path.
 * The Cypher is {@code cypher/queries/01_mechanisms_per_board.cypher}, run by {@link RelationQueries}.
 */
@RestController
// no transaction around the handler: a cached answer must cost no database round trip
class BoardMechanismController {

    private final RelationQueries queries;
    private final GraphVersion graphVersion;
    private final JsonMapper jsonMapper;

    BoardMechanismController(RelationQueries queries, GraphVersion graphVersion, JsonMapper jsonMapper) {
        this.queries = queries;
        this.graphVersion = graphVersion;
        this.jsonMapper = jsonMapper;
    }

    record Answer(boolean rollup, List<RelationQueries.BoardMechanisms> boards) {
    }

    @GetMapping("/api/boards/mechanisms")
    ResponseEntity<byte[]> boards(@RequestParam(defaultValue = "false") boolean rollup,
                                  @RequestParam(defaultValue = "3") int evidenceLimit) {
        int limit = Math.max(0, Math.min(evidenceLimit, 50));
        // the answer only changes with the graph: kept serialised, it is served without a query
        byte[] json = graphVersion.cached("boards:" + rollup + ":" + limit,
                () -> jsonMapper.writeValueAsBytes(new Answer(rollup, queries.boards(rollup, limit))));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
