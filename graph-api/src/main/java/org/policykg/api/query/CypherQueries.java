package org.policykg.api.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.QueryType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs a researcher's own Cypher read-only: the guard refuses writes before anything runs, EXPLAIN confirms a
 * read-only plan, and the query runs in a read transaction with a time limit and a row cap. The raw driver, not
 * {@code Neo4jClient}, because the session's access mode and the transaction's timeout are set per call.
 */
@Component
class CypherQueries {

    private final Driver driver;
    private final Duration timeout;
    private final int maxRows;

    CypherQueries(Driver driver, @Value("${policykg.cypher.timeout:5s}") Duration timeout,
                  @Value("${policykg.cypher.max-rows:1000}") int maxRows) {
        this.driver = driver;
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    record CypherResult(List<String> columns, List<Map<String, Object>> rows, boolean truncated) {
    }

    /** Throws {@link IllegalArgumentException} with the reason for anything that is not a single read. */
    CypherResult run(String query, Map<String, Object> params) {
        ReadOnlyCypherGuard.check(query);
        SessionConfig config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        try (Session session = driver.session(config)) {
            // EXPLAIN plans without running: Neo4j itself says whether the user's statement would write
            QueryType type = session.run(new Query("EXPLAIN " + query, params)).consume().queryType();
            if (type != QueryType.READ_ONLY) {
                throw new IllegalArgumentException("read-only endpoint: Neo4j plans this query as " + type);
            }
            return session.executeRead(tx -> {
                Result result = tx.run(query, params);
                List<String> columns = result.keys();
                List<Map<String, Object>> rows = new ArrayList<>();
                boolean truncated = false;
                while (result.hasNext()) {
                    if (rows.size() == maxRows) {
                        truncated = true;
                        break;
                    }
                    rows.add(row(result.next()));
                }
                return new CypherResult(columns, rows, truncated);
            }, TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    private static Map<String, Object> row(Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        record.keys().forEach(k -> row.put(k, Values.toJson(record.get(k))));
        return row;
    }
}
