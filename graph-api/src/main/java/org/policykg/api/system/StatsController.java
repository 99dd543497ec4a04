package org.policykg.api.system;

import java.util.Map;

import org.policykg.api.neo4j.EmbeddedNeo4jEndpoints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Counts per label and relationship type, and where the embedded Neo4j (if any) listens. */
@RestController
class StatsController {

    private final SystemQueries queries;
    private final ObjectProvider<EmbeddedNeo4jEndpoints> embedded;

    StatsController(SystemQueries queries, ObjectProvider<EmbeddedNeo4jEndpoints> embedded) {
        this.queries = queries;
        this.embedded = embedded;
    }

    record Stats(Map<String, Long> counts, Neo4j neo4j) {
    }

    record Neo4j(boolean embedded, String bolt, String browser) {
    }

    @GetMapping("/api/stats")
    Stats stats() {
        EmbeddedNeo4jEndpoints endpoints = embedded.getIfAvailable();
        Neo4j neo4j = endpoints == null ? new Neo4j(false, null, null)
                : new Neo4j(true, endpoints.bolt().toString(), endpoints.browser().toString());
        return new Stats(queries.counts(), neo4j);
    }
}
