package org.policykg.api.query;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cypher}: read-only Cypher for researchers, with a time limit and a row cap ({@link CypherQueries}). */
@RestController
class CypherController {

    private final CypherQueries queries;

    CypherController(CypherQueries queries) {
        this.queries = queries;
    }

    record CypherRequest(String query, Map<String, Object> params) {
    }

    @PostMapping("/api/cypher")
    CypherQueries.CypherResult run(@RequestBody CypherRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("body must be {\"query\": \"…\", \"params\": {…}}");
        }
        return queries.run(request.query(), request.params() == null ? Map.of() : request.params());
    }
}
