package org.policykg.ingest.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.policykg.ingest.Fixtures;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.source.DocumentMeta;

/** A document is written whole or not at all, even when a statement fails or the connection drops; concurrent writers never duplicate. */
class AtomicityAndConcurrencyTest {

    @TempDir
    static Path dataDir;
    static EmbeddedNeo4j neo4j;
    static Driver driver;

    @BeforeAll
    static void start() {
        neo4j = EmbeddedNeo4j.start(dataDir, 0);
        driver = Neo4jGraph.connect(neo4j.boltUri(), "neo4j", null);
        SchemaMigrations.apply(driver, null);
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    private static DocumentGraph document(String key, String text) {
        return Fixtures.pipeline().process(new DocumentMeta(key, key, List.of(), null, null, "test"), text.getBytes(StandardCharsets.UTF_8));
    }

    private static long count(String cypher) {
        return count(cypher, Map.of());
    }

    private static long count(String cypher, Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.run(cypher, params).single().get(0).asLong();
        }
    }

    private static Map<String, Long> counts() {
        return GraphCounts.of(driver, null);
    }

    @Test
    void aStatementFailingMidDocumentLeavesNothingAndARetryWritesItAll() {
        DocumentGraph doc = document("fail-mid", "一、完善区际利益补偿机制\n\n支持革命老区、民族地区加快发展，推动京津冀协同发展。");
        Map<String, Long> before = counts();
        AtomicInteger statements = new AtomicInteger();
        DocumentWriter failing = new DocumentWriter(driver, null, () -> {
            if (statements.incrementAndGet() == 4) {
                throw new IllegalStateException("injected failure after the entities were merged");
            }
        });
        assertThatThrownBy(() -> failing.write(doc)).hasMessageContaining("injected failure after the entities were merged");
        assertThat(counts()).isEqualTo(before);

        WriteOutcome retry = new DocumentWriter(driver, null).write(doc);
        assertThat(retry.status()).isEqualTo(WriteOutcome.Status.CREATED);
        assertThat(count("MATCH (s:Sentence {documentId: $id}) RETURN count(s)", Map.of("id", doc.document().id())))
                .isEqualTo(doc.document().sentences().size());
        assertThat(new DocumentWriter(driver, null).delete(doc.document().id())).isTrue();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aDroppedConnectionRollsTheDocumentBack() {
        DocumentGraph doc = document("dropped", "推动长江经济带发展，健全流域横向生态保护补偿机制，服务长江流域生态保护。");
        Map<String, Long> before = counts();
        Driver fragile = Neo4jGraph.connect(neo4j.boltUri(), "neo4j", null);
        AtomicInteger statements = new AtomicInteger();
        DocumentWriter writer = new DocumentWriter(fragile, null, () -> {
            if (statements.incrementAndGet() == 3) {
                fragile.close(); // the connection goes away in the middle of the transaction
            }
        });
        assertThatThrownBy(() -> writer.write(doc)).isInstanceOf(RuntimeException.class);
        assertThat(counts()).isEqualTo(before);
        assertThat(new DocumentWriter(driver, null).write(doc).status()).isEqualTo(WriteOutcome.Status.CREATED);
        assertThat(new DocumentWriter(driver, null).delete(doc.document().id())).isTrue();
    }

    @Test
    void eightWritersOfTheSameDocumentStoreItOnce() throws Exception {
        DocumentGraph doc = document("same", "支持中西部地区承接产业转移，完善产业转移税收分享机制，服务东部地区和西部地区协作发展。");
        List<WriteOutcome> outcomes = runConcurrently(8, i -> new DocumentWriter(driver, null).write(doc));
        assertThat(outcomes).filteredOn(o -> o.status() == WriteOutcome.Status.CREATED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.status() == WriteOutcome.Status.UNCHANGED).hasSize(7);
        assertThat(count("MATCH (d:Document {key: 'same'}) RETURN count(d)")).isEqualTo(1);
        assertNoDuplicates();
        new DocumentWriter(driver, null).delete(doc.document().id());
    }

    @Test
    void concurrentDocumentsSharingEntitiesNeverDuplicateThem() throws Exception {
        List<WriteOutcome> outcomes = runConcurrently(8, i -> new DocumentWriter(driver, null).write(document("shared-" + i,
                "第" + i + "篇：完善基本公共服务均等化机制，支持中西部地区和东北地区提升公共服务水平。")));
        assertThat(outcomes).allMatch(o -> o.status() == WriteOutcome.Status.CREATED);
        assertThat(count("MATCH (m:Mechanism {name: '基本公共服务均等化机制'}) RETURN count(m)")).isEqualTo(1);
        assertThat(count("MATCH (:Mechanism {name: '基本公共服务均等化机制'})-[r:SERVES]->(:Region {name: '西部地区'}) RETURN size(r.documents)"))
                .isEqualTo(8);
        assertNoDuplicates();
    }

    private static void assertNoDuplicates() {
        assertThat(count("MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(id)")).isZero();
        assertThat(count("""
                MATCH (a:Entity)-[r]->(b:Entity) WITH a, b, type(r) AS t, count(r) AS n WHERE n > 1 RETURN count(*)""")).isZero();
    }

    interface Work {
        WriteOutcome run(int i) throws Exception;
    }

    private static List<WriteOutcome> runConcurrently(int n, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<WriteOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<WriteOutcome>) () -> work.run(index)));
            }
            List<WriteOutcome> outcomes = new ArrayList<>();
            for (Future<WriteOutcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
