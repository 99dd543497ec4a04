package org.policykg.ingest.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.policykg.ingest.Fixtures;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.Relation;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.pipeline.Pipeline;
import org.policykg.ingest.service.IngestReport;
import org.policykg.ingest.service.Ingestion;
import org.policykg.ingest.service.IngestionService;
import org.policykg.ingest.service.Progress;
import org.policykg.ingest.source.Corpus;
import org.policykg.ingest.source.DocumentMeta;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Writes the real corpus into a real (embedded) Neo4j and checks identity, idempotency, replacement and deletion. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GraphWriteTest {

    @TempDir
    static Path dataDir;
    static EmbeddedNeo4j neo4j;
    static Driver driver;
    static DocumentWriter writer;

    @BeforeAll
    static void start() {
        neo4j = EmbeddedNeo4j.start(dataDir, 0);
        driver = Neo4jGraph.connect(neo4j.boltUri(), "neo4j", null);
        assertThat(SchemaMigrations.apply(driver, null)).containsExactly(1, 2, 3, 4, 5);
        assertThat(SchemaMigrations.apply(driver, null)).isEmpty();
        writer = new DocumentWriter(driver, null);
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    private static List<Record> query(String cypher, Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.run(cypher, params).list();
        }
    }

    @Test
    @Order(1)
    void ingestsTheCorpusAndASecondRunChangesNothing() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Fixtures.pipeline().bindTo(meters);
        AtomicInteger changes = new AtomicInteger();
        IngestionService ingester = new IngestionService(Fixtures.pipeline(), GraphConnection.using(driver, null), changes::incrementAndGet);
        IngestReport first = ingester.ingest(Fixtures.CORPUS, Progress.NONE);
        assertThat(first.created()).isEqualTo(5);
        assertThat(first.rejected()).isEmpty();
        Map<String, Long> before = GraphCounts.of(driver, null);
        assertThat(before.get("Document")).isEqualTo(5);
        assertThat(before.get("SERVES")).isPositive();
        // every entity node is named by a sentence or takes part in a fact: nothing a deletion could sweep away by mistake
        assertThat(query("MATCH (e:Entity) WHERE NOT (e)<-[:MENTIONS]-() AND NOT (e)--(:Entity) RETURN e.name AS name", Map.of()))
                .extracting(r -> r.get("name").asString()).isEmpty();

        assertThat(changes).hasValue(5);
        assertThat(stageCount(meters, "read")).isEqualTo(5);
        assertThat(stageCount(meters, "extract")).isEqualTo(5);
        assertThat(stageCount(meters, "write")).isEqualTo(5);

        IngestReport second = ingester.ingest(Fixtures.CORPUS, Progress.NONE);
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(GraphCounts.of(driver, null)).isEqualTo(before);
        // known by their hash: read again, but neither analysed nor written, and no cached answer dropped
        assertThat(stageCount(meters, "read")).isEqualTo(10);
        for (String stage : List.of("script", "clean", "structure", "meta", "segment", "extract", "write")) {
            assertThat(stageCount(meters, stage)).as(stage).isEqualTo(5);
        }
        assertThat(changes).hasValue(5);

        // one text again, as the HTTP endpoint posts it: answered from the graph with the figures of its analysis
        // (relations once per type and ends: several rules finding one relation make one relationship, as in the
        // first article); two articles, to keep the suite's time
        Corpus corpus = Corpus.at(Fixtures.CORPUS);
        for (Path file : corpus.files().subList(0, 2)) {
            byte[] bytes = Files.readAllBytes(file);
            DocumentGraph analysed = Fixtures.pipeline().process(corpus.metaFor(file), bytes);
            long extracted = stageCount(meters, "extract");
            Ingestion again = ingester.ingest(corpus.metaFor(file), bytes);
            assertThat(stageCount(meters, "extract")).isEqualTo(extracted);
            assertThat(again).isEqualTo(new Ingestion(Ingestion.Status.UNCHANGED, analysed.document().id(), null,
                    corpus.metaFor(file).title(), analysed.document().sentences().size(), analysed.entities().size(),
                    analysed.mentions().size(), (int) analysed.relations().stream()
                            .map(r -> r.type() + " " + r.fromId() + " " + r.toId()).distinct().count()));
        }
        assertThat(changes).hasValue(5);
    }

    private static long stageCount(SimpleMeterRegistry meters, String stage) {
        return meters.get(Pipeline.STAGE_TIMER).tag("stage", stage).timer().count();
    }

    @Test
    @Order(2)
    void corpusDocumentsCarryTheManifestsDatesAndWhatTheTextStates() {
        Map<String, Record> byKey = new java.util.HashMap<>();
        query("MATCH (d:Document) RETURN d.key AS key, d", Map.of()).forEach(r -> byKey.put(r.get("key").asString(), r));
        var gm = byKey.get("art-001").get("d");
        assertThat(gm.get("date").asString()).isEqualTo("2024-12-26");
        assertThat(gm.get("year").asInt()).isEqualTo(2024);
        assertThat(gm.get("datePrecision").asString()).isEqualTo("DAY");
        assertThat(gm.get("kind").asString()).isEqualTo("ARTICLE");
        assertThat(gm.get("venue").asString()).isEqualTo("光明日报");
        assertThat(byKey.get("art-002").get("d").get("date").asString()).isEqualTo("2025");
        assertThat(byKey.get("art-002").get("d").get("datePrecision").asString()).isEqualTo("YEAR");
        assertThat(byKey.get("art-003").get("d").get("date").asString()).isEqualTo("2024-03");
        assertThat(byKey.get("art-003").get("d").get("datePrecision").asString()).isEqualTo("MONTH");
        // the manifest gives no date and the text states none: no date, and no year to range over
        assertThat(byKey.get("art-000").get("d").get("date").isNull()).isTrue();
        assertThat(byKey.get("art-000").get("d").get("year").isNull()).isTrue();
        assertThat(byKey.get("art-004").get("d").get("date").asString()).isEqualTo("2025-05-30"); // the manifest's
        assertThat(byKey.get("art-004").get("d").get("kind").asString()).isEqualTo("REPORT");
        assertThat(byKey.get("art-004").get("d").get("issuers").asList()).isEmpty();
    }

    @Test
    @Order(2)
    void relationsCarryEvidenceDocumentAndSection() {
        List<Record> rows = query("""
                MATCH (m:Mechanism {name: '基本公共服务均等化机制'})-[r:SERVES]->(b:Region {kind: 'Board'})
                UNWIND r.evidence AS sid
                MATCH (d:Document)-[:HAS_SECTION|HAS_SUBSECTION*]->(x:Section)-[:HAS_SENTENCE]->(s:Sentence {id: sid})
                RETURN b.name AS board, d.title AS title, x.title AS section, s.text AS sentence, r.count AS count, r.confidence AS confidence
                """, Map.of());
        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(r -> r.get("board").asString()).contains("中部地区", "西部地区");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("title").asString()).isNotBlank();
            assertThat(r.get("sentence").asString()).isNotBlank();
            assertThat(r.get("confidence").asDouble()).isBetween(0.5, 0.99);
        });
        assertThat(rows).extracting(r -> r.get("section").asString()).anyMatch(s -> s.contains("基本公共服务均等化机制"));
    }

    @Test
    @Order(3)
    void fullTextSearchFindsChinese() {
        List<Record> entities = query("""
                CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score
                RETURN node.name AS name ORDER BY score DESC LIMIT 5""", Map.of("q", "长三角"));
        assertThat(entities).extracting(r -> r.get("name").asString()).contains("长三角");
        List<Record> sentences = query("""
                CALL db.index.fulltext.queryNodes('sentence_search', $q) YIELD node
                RETURN count(node) AS n""", Map.of("q", "\"产业转移\""));
        assertThat(sentences.get(0).get("n").asLong()).isPositive();
    }

    @Test
    @Order(4)
    void aChangedDocumentReplacesItsFactsAndDeletionLeavesNothingBehind() {
        Map<String, Long> before = GraphCounts.of(driver, null);
        DocumentMeta meta = new DocumentMeta("extra", "测试文章", List.of("测试"), null, null, "test");
        DocumentGraph v1 = Fixtures.pipeline().process(meta,
                "健全淮河生态经济带协作机制，促进淮海经济区高质量发展。".getBytes(StandardCharsets.UTF_8));
        assertThat(writer.write(v1).status()).isEqualTo(WriteOutcome.Status.CREATED);
        assertThat(query("MATCH (m:Mechanism {name: '淮河生态经济带协作机制'}) RETURN m", Map.of())).hasSize(1);

        DocumentGraph v2 = Fixtures.pipeline().process(meta,
                "完善区际利益补偿机制，促进革命老区振兴发展。".getBytes(StandardCharsets.UTF_8));
        WriteOutcome replaced = writer.write(v2);
        assertThat(replaced.status()).isEqualTo(WriteOutcome.Status.REPLACED);
        assertThat(replaced.replacedId()).isEqualTo(v1.document().id());
        assertThat(query("MATCH (m:Mechanism {name: '淮河生态经济带协作机制'}) RETURN m", Map.of())).isEmpty();
        assertThat(query("MATCH (d:Document {key: 'extra'}) RETURN d", Map.of())).hasSize(1);

        assertThat(writer.delete(v2.document().id())).isTrue();
        assertThat(writer.delete(v2.document().id())).isFalse();
        assertThat(GraphCounts.of(driver, null)).isEqualTo(before);
        assertThat(query("MATCH (s:Sentence) WHERE s.documentId = $id RETURN s", Map.of("id", v2.document().id()))).isEmpty();
        assertThat(query("MATCH ()-[r:" + RelationType.cypherAlternatives() + "]->() WHERE size(r.evidence) = 0 RETURN r", Map.of())).isEmpty();
    }

    @Test
    @Order(5)
    void assistsAndMechanismPartsAreCountedAndLeaveWithTheirDocument() {
        Map<String, Long> before = GraphCounts.of(driver, null);
        DocumentMeta meta = new DocumentMeta("assists", "帮扶测试", List.of("测试"), null, null, "test");
        DocumentGraph read = Fixtures.pipeline().process(meta,
                "厦门市帮扶甘肃省临夏州。健全区域开放合作机制，重点完善口岸协作机制。".getBytes(StandardCharsets.UTF_8));
        // written by hand: the rules that find these belong to the extraction stage, this checks the write side
        String first = read.document().sentences().get(0).id();
        String second = read.document().sentences().get(1).id();
        DocumentGraph graph = new DocumentGraph(read.document(), read.entities(), read.mentions(), List.of(
                new Relation(RelationType.ASSISTS, id(read, "厦门"), id(read, "临夏州"), Method.TRIGGER, List.of(first)),
                new Relation(RelationType.PART_OF, id(read, "口岸协作机制"), id(read, "区域开放合作机制"), Method.ENUMERATION, List.of(second))));
        assertThat(writer.write(graph).status()).isEqualTo(WriteOutcome.Status.CREATED);
        assertThat(GraphCounts.of(driver, null).get("ASSISTS")).isEqualTo(before.get("ASSISTS") + 1);
        assertThat(query("""
                MATCH (:Region {name: '厦门'})-[r:ASSISTS]->(:Region {name: '临夏州'})
                MATCH (s:Sentence {id: r.evidence[0]}) RETURN s.text AS text, r.count AS count""", Map.of()))
                .extracting(r -> r.get("text").asString() + " " + r.get("count").asLong()).containsExactly("厦门市帮扶甘肃省临夏州。 1");
        assertThat(query("MATCH (:Mechanism {name: '口岸协作机制'})-[r:PART_OF]->(:Mechanism {name: '区域开放合作机制'}) RETURN r", Map.of()))
                .hasSize(1);

        assertThat(writer.delete(graph.document().id())).isTrue();
        assertThat(GraphCounts.of(driver, null)).isEqualTo(before);
        assertThat(query("MATCH (r:Region {name: '临夏州'}) RETURN r", Map.of())).isEmpty();
    }

    private static String id(DocumentGraph graph, String name) {
        return graph.entities().stream().filter(e -> e.name().equals(name)).map(Entity::id).findFirst().orElseThrow(
                () -> new AssertionError("the pipeline does not find " + name + " in " + graph.entities()));
    }

    @Test
    @Order(6)
    void deletingACorpusDocumentKeepsFactsOtherDocumentsSupport() {
        String id = query("MATCH (d:Document {key: 'art-002'}) RETURN d.id AS id", Map.of()).get(0).get("id").asString();
        assertThat(writer.delete(id)).isTrue();
        assertThat(query("MATCH ()-[r]->() WHERE $id IN r.documents RETURN r", Map.of("id", id))).isEmpty();
        assertThat(query("MATCH (e:Entity) WHERE NOT (e)<-[:MENTIONS]-() AND NOT (e)--(:Entity) RETURN e", Map.of())).isEmpty();
        assertThat(query("MATCH (r:Region {name: '京津冀'}) RETURN r", Map.of())).hasSize(1); // other documents name it too
        assertThat(query("MATCH (m:Mechanism {name: '区域板块差异化发展机制'}) RETURN m", Map.of())).isEmpty(); // only 002 did
    }

    @Test
    @Order(6)
    void aTraditionalDocumentKeepsItsSentencesAsWrittenAndIsFoundBySimplifiedSearch() {
        DocumentMeta meta = new DocumentMeta("traditional", "區際利益補償", List.of(), null, null, "test");
        DocumentGraph graph = Fixtures.pipeline().process(meta, """
                一、完善區際利益補償機制

                健全區際利益補償機制，支持遼寧與江蘇深化對口合作，服務東北全面振興。
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(writer.write(graph).status()).isEqualTo(WriteOutcome.Status.CREATED);
        String id = graph.document().id();

        assertThat(query("MATCH (d:Document {id: $id}) RETURN d.script AS script", Map.of("id", id)).get(0).get("script").asString())
                .isEqualTo("traditional");
        List<Record> evidence = query("""
                MATCH (:Mechanism {name: '区际利益补偿机制'})-[r:SERVES]->(:Region {name: '辽宁'})
                UNWIND r.evidence AS sid
                MATCH (s:Sentence {id: sid}) WHERE s.documentId = $id
                RETURN s.text AS text, s.simplified AS simplified""", Map.of("id", id));
        assertThat(evidence).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("text").asString()).contains("區際利益補償機制");
            assertThat(r.get("simplified").asString()).contains("区际利益补偿机制");
        });
        List<Record> found = query("""
                CALL db.index.fulltext.queryNodes('sentence_search', $q) YIELD node
                WHERE node.documentId = $id RETURN node.text AS text""", Map.of("q", "\"区际利益补偿\"", "id", id));
        assertThat(found).extracting(r -> r.get("text").asString()).contains("健全區際利益補償機制，支持遼寧與江蘇深化對口合作，服務東北全面振興。");
        // simplified documents store no second form
        assertThat(query("MATCH (s:Sentence) WHERE s.simplified IS NOT NULL AND s.documentId <> $id RETURN s", Map.of("id", id))).isEmpty();
        assertThat(query("MATCH (d:Document) WHERE d.id <> $id RETURN collect(DISTINCT d.script) AS scripts", Map.of("id", id))
                .get(0).get("scripts").asList()).containsExactly("simplified");

        assertThat(writer.delete(id)).isTrue();
        assertThat(query("MATCH (s:Sentence) WHERE s.simplified IS NOT NULL RETURN s", Map.of())).isEmpty();
    }

    @Test
    @Order(7)
    void anAppliedSchemaFileThatNoLongerMatchesItsChecksumStopsTheMigration() {
        List<Record> chain = query("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.version AS v, m.checksum AS c ORDER BY v", Map.of());
        assertThat(chain).extracting(r -> r.get("v").asString()).containsExactly("0001", "0002", "0003", "0004", "0005");
        assertThat(chain).allSatisfy(r -> assertThat(r.get("c").asString()).isNotBlank());
        String recorded = chain.get(1).get("c").asString();
        query("MATCH (m:__Neo4jMigration {version: '0002'}) SET m.checksum = 'edited'", Map.of());
        try {
            assertThatThrownBy(() -> SchemaMigrations.apply(driver, null)).hasMessageContaining("0002");
        } finally {
            query("MATCH (m:__Neo4jMigration {version: '0002'}) SET m.checksum = $c", Map.of("c", recorded));
        }
        assertThat(SchemaMigrations.apply(driver, null)).isEmpty();
    }
}
