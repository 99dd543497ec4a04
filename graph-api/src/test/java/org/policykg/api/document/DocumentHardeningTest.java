package org.policykg.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;

import tools.jackson.databind.JsonNode;

/** Bad and hostile input on the documents endpoint: a clear answer, and nothing lost or duplicated. */
@PolicyKgTest
class DocumentHardeningTest extends ApiTestSupport {

    private JsonNode counts() {
        return http().get("/api/stats").json().get("counts");
    }

    @Test
    void fiftyMegabytesAre413WithoutReadingThem() {
        JsonNode before = counts();
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        Http.Response r = http().post("/api/documents?title=huge", "text/plain", huge, KEY);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("detail").asString()).contains("limit");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aLongSingleLineIsIngested() {
        String sentence = "推动京津冀协同发展，完善区际利益补偿机制，促进革命老区振兴发展，";
        StringBuilder line = new StringBuilder();
        while (line.length() < 280_000) { // about 840 KB of UTF-8 on one line, under the 1 MB test limit
            line.append(sentence);
        }
        line.append("。");
        Http.Response r = http().post("/api/documents?title=one-line", "text/plain", line.toString().getBytes(StandardCharsets.UTF_8), KEY);
        assertThat(r.status()).isEqualTo(201);
        // a run-on line is cut at clause marks into sentences of at most 300 characters
        assertThat(r.json().get("sentences").asInt()).isGreaterThan(280_000 / 300);
        assertThat(http().delete("/api/documents/" + r.json().get("id").asString(), KEY).status()).isEqualTo(204);
    }

    @Test
    void aDocumentThatIsOnlyReferencesIsKeptWithoutFacts() {
        String text = "参考文献\n\n[1]张可云.区域协调发展新机制的成效与发展趋势[J].人民论坛,2024(3).\n\n[2]贾若祥.加强战略统筹力度[J].新型城镇化,2025(7).\n";
        Http.Response r = http().post("/api/documents?title=refs", "text/plain", text.getBytes(StandardCharsets.UTF_8), KEY);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("relations").asInt()).isZero();
        assertThat(r.json().get("mentions").asInt()).isZero();
        assertThat(http().delete("/api/documents/" + r.json().get("id").asString(), KEY).status()).isEqualTo(204);
    }

    @Test
    void eightClientsPostingTheSameDocumentStoreItOnce() throws Exception {
        Map<String, Object> doc = Map.of("title", "并发", "text", "支持中西部地区承接产业转移，完善产业转移税收分享机制，推动东西部协作。");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Http.Response>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(pool.submit(() -> http().postJson("/api/documents", doc, KEY)));
        }
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> f : futures) {
            responses.add(f.get());
        }
        pool.shutdown();
        assertThat(responses).extracting(Http.Response::status).containsOnly(200, 201);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).extracting(r -> r.json().get("id").asString()).containsOnly(responses.get(0).json().get("id").asString());
        String id = responses.get(0).json().get("id").asString();
        JsonNode duplicates = http().postJson("/api/cypher", Map.of("query", """
                MATCH (a:Entity)-[r]->(b:Entity) WITH a, b, type(r) AS t, count(r) AS n WHERE n > 1 RETURN count(*) AS duplicates""",
                "params", Map.of()), Map.of()).json();
        assertThat(duplicates.get("rows").get(0).get("duplicates").asLong()).isZero();
        assertThat(http().delete("/api/documents/" + id, KEY).status()).isEqualTo(204);
    }
}
