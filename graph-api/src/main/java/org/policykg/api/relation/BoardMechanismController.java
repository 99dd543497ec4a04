package org.policykg.api.relation;

import java.util.List;

import org.policykg.api.evidence.Period;
import org.policykg.api.system.GraphVersion;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * The headline question: which mechanisms serve which regional board. With {@code rollup=true} a mechanism that
 * serves a region inside a board (京津冀, 河北 …) counts for that board too, marked {@code direct:false}, with the path.
 * With {@code from} and/or {@code to} only the documents dated in that period count: a mechanism none of them states
 * is left out, strengths and sentences are theirs. The Cypher is {@code cypher/queries/01_mechanisms_per_board.cypher},
 * run by {@link RelationQueries}.
 */
@RestController
// no transaction around the handler: a cached answer must cost no database round trip
class BoardMechanismController {

    private final RelationQueries queries;
    private final JsonMapper jsonMapper;

    BoardMechanismController(RelationQueries queries, JsonMapper jsonMapper) {
        this.queries = queries;
        this.jsonMapper = jsonMapper;
    }

    record Answer(boolean rollup, String from, String to, List<RelationQueries.BoardMechanisms> boards) {
    }

    /**
     * The answer only changes with the graph: cached here as the whole response, serialised (ResponseEntity's
     * headers are read-only, the bytes never change), it is served without a query and without serialisation. The key
     * is the graph's version and every parameter, the period's ends included.
     */
    @GetMapping("/api/boards/mechanisms")
    @Cacheable(cacheNames = GraphVersion.ANSWERS, keyGenerator = GraphVersion.KEYS, sync = true)
    ResponseEntity<byte[]> boards(@RequestParam(defaultValue = "false") boolean rollup,
                                  @RequestParam(defaultValue = "3") int evidenceLimit,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        int limit = Math.max(0, Math.min(evidenceLimit, 50));
        Period period = Period.of(from, to);
        byte[] json = jsonMapper.writeValueAsBytes(new Answer(rollup, period.fromIso(),
                period.toIso(), queries.boards(rollup, limit, period)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
