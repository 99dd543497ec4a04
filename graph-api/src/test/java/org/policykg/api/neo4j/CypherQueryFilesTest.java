package org.policykg.api.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.policykg.api.PolicyKgTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every file in cypher/queries runs as Browser would run it (its :param lines first) and returns rows. */
@PolicyKgTest
class CypherQueryFilesTest {

    private static final Pattern PARAM = Pattern.compile("^:param\\s+(\\w+)\\s*=>\\s*(.+)$");

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
            Map<String, Object> params = new HashMap<>();
            StringBuilder query = new StringBuilder();
            try (Session session = driver.session()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher m = PARAM.matcher(line.strip());
                    if (m.matches()) {
                        // evaluate the literal as Browser does, so strings, booleans and lists keep their types
                        Record r = session.run("RETURN " + m.group(2) + " AS value").single();
                        params.put(m.group(1), r.get("value").asObject());
                    } else if (!line.strip().startsWith("//")) {
                        query.append(line).append('\n');
                    }
                }
                String cypher = query.toString().strip().replaceAll(";$", "");
                List<Record> rows = session.run(cypher, params).list();
                assertThat(rows).as(file.getFileName().toString()).isNotEmpty();
            }
        }));
    }
}
