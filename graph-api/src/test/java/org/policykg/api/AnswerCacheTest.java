package org.policykg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.policykg.api.system.GraphVersion;
import org.policykg.ingest.graph.DocumentWriter;
import org.policykg.ingest.pipeline.Pipeline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;

import tools.jackson.databind.JsonNode;

/**
 * Every read endpoint answers from Spring's cache (Caffeine) keyed by the graph's version. A write by another process
 * sharing the database (ingest's {@link DocumentWriter} used directly, as the command line or a second service
 * instance writes, without telling this instance) shows within the version check's second on every endpoint; a
 * removal through this instance's API shows in the very next answer.
 */
@PolicyKgTest
class AnswerCacheTest extends ApiTestSupport {

    private static final String NEW_PART = AssistsFixture.OPENING_PARTS.get(0);
    private static final String NEW_REGION = "临夏州";

    @Autowired
    Pipeline pipeline;

    @Autowired
    DocumentWriter writer;

    @Autowired
    CacheManager cacheManager;

    @Autowired
    GraphVersion graphVersion;

    @Test
    void aCachedAnswerIsWhatTheEndpointServes() {
        long documents = documentCount();
        CaffeineCache answers = (CaffeineCache) cacheManager.getCache(GraphVersion.ANSWERS);
        Object key = answers.getNativeCache().asMap().keySet().stream()
                .filter(k -> k.toString().contains("SystemQueries.counts")).findFirst().orElseThrow();
        try {
            answers.put(key, Map.of("Document", documents + 1000));
            assertThat(documentCount()).as("served from the cache, not from the database").isEqualTo(documents + 1000);
        } finally {
            graphVersion.invalidate();
            answers.evict(key);
        }
        assertThat(documentCount()).isEqualTo(documents);
    }

    @Test
    void aWriteByAnotherProcessShowsOnEveryReadEndpointWithinASecondAndARemovalThroughTheApiAtOnce() throws Exception {
        graphVersion.invalidate();
        long documentsBefore = documentCount();
        List<Supplier<Boolean>> showsTheWrite = List.of(
                () -> documentTitles().contains(AssistsFixture.TITLE),
                () -> documentCount() == documentsBefore + 1,
                () -> entityNames("/api/entities", Map.of("type", "Mechanism", "q", NEW_PART, "size", "500")).contains(NEW_PART),
                () -> entityNames("/api/search", Map.of("q", NEW_PART)).contains(NEW_PART),
                () -> http().get("/api/entities/lookup", Map.of("name", NEW_REGION)).status() == 200);
        for (int i = 0; i < showsTheWrite.size(); i++) {
            assertThat(showsTheWrite.get(i).get()).as("check %d before the write", i).isFalse(); // and now cached
        }
        assertThat(showsTheWrite.get(4).get()).as("a cached 404 (an empty answer) is still a 404").isFalse();

        String document = writer.write(AssistsFixture.build(pipeline)).documentId();
        boolean removed = false;
        try {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!showsTheWrite.stream().allMatch(Supplier::get) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            for (int i = 0; i < showsTheWrite.size(); i++) {
                assertThat(showsTheWrite.get(i).get()).as("check %d after another process wrote", i).isTrue();
            }
            String region = idOf(NEW_REGION);
            assertThat(relatedNames(region)).contains("厦门"); // cached at this version now

            assertThat(http().delete("/api/documents/" + document, KEY).status()).isEqualTo(204);
            removed = true;
            for (int i = 0; i < showsTheWrite.size(); i++) {
                assertThat(showsTheWrite.get(i).get()).as("check %d in the next answer after a delete through the API", i).isFalse();
            }
            assertThat(http().get("/api/entities/" + region + "/relations").status()).isEqualTo(404);
            assertThat(http().get("/api/graph", Map.of("center", region)).status()).isEqualTo(404);
        } finally {
            if (!removed) {
                AssistsFixture.remove(writer, graphVersion, document);
            }
        }
    }

    private long documentCount() {
        return http().get("/api/stats").json().get("counts").get("Document").asLong();
    }

    private List<String> documentTitles() {
        List<String> titles = new ArrayList<>();
        http().get("/api/documents").json().get("items").forEach(d -> titles.add(d.get("title").asString()));
        return titles;
    }

    private List<String> entityNames(String path, Map<String, String> params) {
        JsonNode body = http().get(path, params).json();
        List<String> names = new ArrayList<>();
        (body.has("items") ? body.get("items") : body.get("entities")).forEach(e -> names.add(e.get("name").asString()));
        return names;
    }

    private List<String> relatedNames(String id) {
        List<String> names = new ArrayList<>();
        http().get("/api/entities/" + id + "/relations").json().get("items").forEach(r -> names.add(r.get("other").get("name").asString()));
        JsonNode graph = http().get("/api/graph", Map.of("center", id, "format", "d3")).json();
        graph.get("nodes").forEach(n -> names.add(n.get("name").asString()));
        return names;
    }
}
