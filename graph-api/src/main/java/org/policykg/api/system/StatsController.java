package org.policykg.api.system;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.policykg.api.neo4j.EmbeddedNeo4jEndpoints;
import org.policykg.ingest.graph.GraphCounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Counts per label and relationship type, and where the embedded Neo4j (if any) listens. */
@RestController
class StatsController {

    private final Driver driver;
    private final ObjectProvider<EmbeddedNeo4jEndpoints> embedded;

    StatsController(Driver driver, ObjectProvider<EmbeddedNeo4jEndpoints> embedded) {
        this.driver = driver;
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
        return new Stats(GraphCounts.of(driver, null), neo4j);
    }
}
