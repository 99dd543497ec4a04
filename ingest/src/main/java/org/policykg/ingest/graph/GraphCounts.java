package org.policykg.ingest.graph;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RelationType;

/** Node counts per label and relationship counts per type: what the ingest summary and idempotency checks compare. */
public final class GraphCounts {

    private static final String COUNT_LABEL = "MATCH (n:%s) RETURN count(n) AS n";
    private static final String COUNT_TYPE = "MATCH ()-[r:%s]->() RETURN count(r) AS n";

    private GraphCounts() {
    }

    public static Map<String, Long> of(Driver driver, String database) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Session session = Neo4jGraph.session(driver, database)) {
            for (String label : new String[] {"Document", "Section", "Sentence"}) {
                counts.put(label, count(session, COUNT_LABEL.formatted(label)));
            }
            for (EntityType type : EntityType.values()) {
                counts.put(type.label(), count(session, COUNT_LABEL.formatted(type.label())));
            }
            counts.put("MENTIONS", count(session, COUNT_TYPE.formatted("MENTIONS")));
            for (RelationType type : RelationType.values()) {
                counts.put(type.name(), count(session, COUNT_TYPE.formatted(type.name())));
            }
        }
        return counts;
    }

    private static long count(Session session, String cypher) {
        return session.executeRead(tx -> tx.run(cypher).single().get("n").asLong());
    }
}
