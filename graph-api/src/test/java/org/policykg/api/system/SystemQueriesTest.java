package org.policykg.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.policykg.api.QueryTestGraph;
import org.springframework.data.neo4j.core.Neo4jClient;

/** {@link SystemQueries} against the fixture graph: its version and its counts. */
@ExtendWith(QueryTestGraph.class)
class SystemQueriesTest {

    @Test
    void theGraphsVersionAndCountsPerLabelAndType(Neo4jClient neo4j, Driver driver) {
        SystemQueries queries = new SystemQueries(neo4j, driver);
        assertThat(queries.graphVersion()).isEqualTo(7);
        assertThat(queries.counts()).containsEntry("Document", 2L).containsEntry("Sentence", 8L).containsEntry("Region", 8L)
                .containsEntry("Mechanism", 4L).containsEntry("SERVES", 6L).containsEntry("PART_OF", 3L)
                .containsEntry("ASSISTS", 1L).containsEntry("MENTIONS", 19L);
    }
}
