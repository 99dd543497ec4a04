package org.policykg.api.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.policykg.api.AssistsFixture;
import org.policykg.api.PolicyKgTest;
import org.policykg.ingest.graph.CypherFile;
import org.policykg.ingest.graph.DocumentWriter;
import org.policykg.ingest.pipeline.Pipeline;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every file in cypher/queries runs as Browser would run it (its :param lines first) and returns rows, over the
 * corpus graph plus {@link AssistsFixture} (ASSISTS and mechanism PART_OF facts, which the corpus does not state).
 */
@PolicyKgTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CypherQueryFilesTest {

    private static final Path QUERIES = Path.of("..", "cypher", "queries");

    @Autowired
    Driver driver;

    @Autowired
    Pipeline pipeline;

    @Autowired
    DocumentWriter writer;

    private String fixture;

    @BeforeAll
    void writeFixture() {
        fixture = AssistsFixture.write(pipeline, writer);
    }

    @AfterAll
    void removeFixture() {
        assertThat(writer.delete(fixture)).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> everyQueryFileReturnsRows() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(QUERIES)) {
            files = list.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            assertThat(run(file.getFileName().toString(), Map.of())).as(file.getFileName().toString()).isNotEmpty();
        }));
    }

    @Test
    void whoAssistsWhomNamesHelperRecipientAndTheSentence() {
        List<Record> assistedBy = run("11_who_assists_whom.cypher", Map.of());
        assertThat(assistedBy).hasSize(1);
        Record row = assistedBy.get(0);
        assertThat(row.get("role").asString()).isEqualTo("assisted by");
        assertThat(row.get("helper").asString()).isEqualTo("厦门");
        assertThat(row.get("recipient").asString()).isEqualTo("临夏州");
        assertThat(row.get("sentence").asString()).contains(AssistsFixture.ASSISTS_SENTENCE);
        assertThat(row.get("document").asString()).isEqualTo(AssistsFixture.TITLE);

        // from the helper's side (by an alias), the same pair reads the other way round
        List<Record> assists = run("11_who_assists_whom.cypher", Map.of("region", "厦门市"));
        assertThat(assists).extracting(r -> r.get("role").asString() + " " + r.get("recipient").asString())
                .containsExactly("assists 临夏州");
    }

    @Test
    void componentsOfAMechanismWithTheirSentence() {
        List<Record> parts = run("12_mechanism_components.cypher", Map.of());
        assertThat(parts).extracting(r -> r.get("component").asString())
                .containsExactlyInAnyOrderElementsOf(AssistsFixture.OPENING_PARTS);
        assertThat(parts).allSatisfy(r -> {
            assertThat(r.get("level").asInt()).isEqualTo(1);
            assertThat(r.get("partOf").asString()).isEqualTo("区域开放合作机制");
            assertThat(r.get("sentence").asString()).contains(AssistsFixture.OPENING_SENTENCE);
        });
        // asked by the alias the text uses (区域协调发展机制 for 区域协调发展战略机制): the fixture's parts and the corpus's
        assertThat(run("12_mechanism_components.cypher", Map.of("mechanism", "区域协调发展机制")))
                .extracting(r -> r.get("component").asString())
                .containsAll(AssistsFixture.COORDINATION_PARTS).contains("基本公共服务均等化机制", "区域战略统筹机制");
    }

    @Test
    void theEvidenceOfAMechanismIncludesItsPartsAndTheWholeItBelongsTo() {
        List<Record> whole = run("02_evidence_for_a_mechanism.cypher", Map.of("mechanism", "区域开放合作机制"));
        assertThat(whole).extracting(r -> r.get("relation").asString() + " " + r.get("direction").asString() + " " + r.get("other").asString())
                .contains("PART_OF in 口岸协作机制", "PART_OF in 通关一体化机制", "PART_OF in 开放平台联动机制",
                        "PART_OF in 跨行政区合作发展机制");
        List<Record> part = run("02_evidence_for_a_mechanism.cypher", Map.of("mechanism", "区域一体化发展机制"));
        assertThat(part).extracting(r -> r.get("relation").asString() + " " + r.get("direction").asString() + " " + r.get("other").asString())
                .contains("PART_OF out " + AssistsFixture.COORDINATION_WHOLE, "SERVES out 京津冀");
    }

    /** Runs a query file with its own parameters, some replaced by {@code overrides}. */
    private List<Record> run(String file, Map<String, Object> overrides) {
        try (Session session = driver.session()) {
            CypherFile query = CypherFile.parse(Files.readString(QUERIES.resolve(file)));
            Map<String, Object> params = new HashMap<>(query.params(session));
            params.putAll(overrides);
            return session.run(query.statement(), params).list();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
