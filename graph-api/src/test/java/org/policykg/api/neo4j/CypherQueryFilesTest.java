package org.policykg.api.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.policykg.api.PolicyKgTest;
import org.policykg.ingest.graph.CypherFile;
import org.springframework.beans.factory.annotation.Autowired;

/** Every file in cypher/queries runs as Browser would run it (its :param lines first) and returns rows. */
@PolicyKgTest
class CypherQueryFilesTest {

    @Autowired
    Driver driver;

    @TestFactory
    Stream<DynamicTest> everyQueryFileReturnsRows() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("..", "cypher", "queries"))) {
            files = list.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            CypherFile query = CypherFile.parse(Files.readString(file));
            try (Session session = driver.session()) {
                List<Record> rows = session.run(query.statement(), query.params(session)).list();
                assertThat(rows).as(file.getFileName().toString()).isNotEmpty();
            }
        }));
    }
}
