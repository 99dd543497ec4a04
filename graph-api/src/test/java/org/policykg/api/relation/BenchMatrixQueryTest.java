package org.policykg.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** bench/load.sh asks Neo4j the headline question from bench/matrix.cypher: it must be the API's own query. */
class BenchMatrixQueryTest {

    @Test
    void benchmarkAsksNeo4jExactlyWhatTheMatrixEndpointAsks() throws IOException {
        String file = Files.readAllLines(Path.of("..", "bench", "matrix.cypher")).stream()
                .filter(line -> !line.startsWith("//") && !line.startsWith(":param"))
                .collect(Collectors.joining("\n"));
        assertThat(normalized(file.strip().replaceAll(";$", ""))).isEqualTo(normalized(BoardMechanismController.BOARDS));
    }

    private static String normalized(String cypher) {
        return cypher.replaceAll("\\s+", " ").strip();
    }
}
