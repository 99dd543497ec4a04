package org.policykg.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.PolicyKgTest;
import org.policykg.ingest.graph.DocumentWriter;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.Relation;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.pipeline.Pipeline;
import org.policykg.ingest.source.DocumentMeta;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The matrix is served from a cache keyed by the graph's version. A write through another process sharing the
 * database (here ingest's {@link DocumentWriter}, as the command line or a second service instance would write,
 * without telling this instance) must show within the version check's second; a removal through this
 * instance's own API must show in the very next answer.
 */
@PolicyKgTest
class MatrixCacheTest extends ApiTestSupport {

    private static final String MECHANISM = "极地科考补偿测试机制";
    private static final String TEXT = """
            一、测试

            建立极地科考补偿测试机制，支持东北地区全面振兴。
            """;

    @Autowired
    Pipeline pipeline;

    @Autowired
    DocumentWriter writer;

    @Test
    void aWriteByAnotherProcessShowsWithinASecondAndARemovalThroughTheApiAtOnce() throws InterruptedException {
        for (String rollup : List.of("false", "true")) {
            assertThat(mechanismsOf("东北地区", rollup)).doesNotContain(MECHANISM); // and now cached at this version
        }
        String document = writer.write(documentServingTheNortheast()).documentId();
        boolean removed = false;
        try {
            for (String rollup : List.of("false", "true")) {
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (!mechanismsOf("东北地区", rollup).contains(MECHANISM) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(mechanismsOf("东北地区", rollup)).as("rollup=" + rollup + " after another process wrote").contains(MECHANISM);
            }
            // cached again just now, so only this instance's own invalidation can make the next answer fresh
            assertThat(mechanismsOf("东北地区", "false")).contains(MECHANISM);
            assertThat(http().delete("/api/documents/" + document, KEY).status()).isEqualTo(204);
            removed = true;
            assertThat(mechanismsOf("东北地区", "false")).as("the next answer after a delete through the API").doesNotContain(MECHANISM);
            assertThat(mechanismsOf("东北地区", "true")).doesNotContain(MECHANISM);
        } finally {
            if (!removed) {
                writer.delete(document);
            }
        }
    }

    private List<String> mechanismsOf(String board, String rollup) {
        List<String> names = new ArrayList<>();
        for (JsonNode b : http().get("/api/boards/mechanisms", Map.of("rollup", rollup)).json().get("boards")) {
            if (b.get("board").get("name").asString().equals(board)) {
                b.get("mechanisms").forEach(m -> names.add(m.get("name").asString()));
            }
        }
        return names;
    }

    /** The text through the real pipeline, with one hand-written fact: the new mechanism SERVES 东北地区. */
    private DocumentGraph documentServingTheNortheast() {
        DocumentMeta meta = new DocumentMeta("test-matrix-cache", "矩阵缓存（测试）", List.of("测试"), null, "2025-01-01", "test");
        DocumentGraph read = pipeline.process(meta, TEXT.getBytes(StandardCharsets.UTF_8));
        Map<String, Entity> entities = new LinkedHashMap<>();
        read.entities().forEach(e -> entities.put(e.id(), e));
        Entity mechanism = Entity.of(EntityType.Mechanism, MECHANISM, null, Set.of(), Method.MECHANISM_PHRASE);
        entities.putIfAbsent(mechanism.id(), mechanism);
        Entity northeast = entities.values().stream().filter(e -> e.name().equals("东北地区")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the pipeline no longer finds 东北地区"));
        String sentence = read.document().sentences().stream().filter(s -> s.text().contains(MECHANISM)).findFirst()
                .orElseThrow().id();
        List<Relation> relations = List.of(new Relation(RelationType.SERVES, mechanism.id(), northeast.id(), Method.TRIGGER, List.of(sentence)));
        return new DocumentGraph(read.document(), entities.values(), read.mentions(), relations);
    }
}
