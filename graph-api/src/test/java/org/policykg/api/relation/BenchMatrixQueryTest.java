package org.policykg.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.graph.CypherFile;

/** bench/load.sh asks Neo4j the headline question from bench/matrix.cypher: it must be the API's own query. */
class BenchMatrixQueryTest {

    @Test
    void benchmarkAsksNeo4jExactlyWhatTheMatrixEndpointAsks() throws IOException {
        CypherFile file = CypherFile.parse(Files.readString(Path.of("..", "bench", "matrix.cypher")));
        assertThat(normalized(file.statement())).isEqualTo(normalized(BoardMechanismController.BOARDS));
    }

    private static String normalized(String cypher) {
        return cypher.replaceAll("\\s+", " ").strip();
    }
}
