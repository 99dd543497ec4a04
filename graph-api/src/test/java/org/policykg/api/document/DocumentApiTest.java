package org.policykg.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;

import tools.jackson.databind.JsonNode;

@PolicyKgTest
class DocumentApiTest extends ApiTestSupport {

    private static final String TEXT = """
            一、完善跨省产业协作机制

            支持安徽与江苏共建产业园区，推动皖北地区承接长三角产业转移。健全飞地园区利益共享机制，服务中部地区加快崛起。
            """;

    private JsonNode counts() {
        return http().get("/api/stats").json().get("counts");
    }

    /** How many documents a pipeline stage has seen, from Micrometer's timer on the actuator. */
    private double stageCount(String stage) {
        Http.Response r = http().get("/actuator/metrics/policykg.ingest.stage", Map.of("tag", "stage:" + stage));
        assertThat(r.status()).isEqualTo(200);
        for (JsonNode m : r.json().get("measurements")) {
            if (m.get("statistic").asString().equals("COUNT")) {
                return m.get("value").asDouble();
            }
        }
        throw new AssertionError("no COUNT in " + r.body());
    }

    @Test
    void everyStageHasItsTimerOnTheActuator() {
        Http.Response r = http().get("/actuator/metrics/policykg.ingest.stage");
        assertThat(r.status()).isEqualTo(200);
        JsonNode stageTag = null;
        for (JsonNode tag : r.json().get("availableTags")) {
            if (tag.get("tag").asString().equals("stage")) {
                stageTag = tag.get("values");
            }
        }
        assertThat(stageTag).isNotNull();
        assertThat(stageTag).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("read", "script", "clean", "structure", "meta", "segment", "extract", "write");
        double segmented = stageCount("segment");
        double written = stageCount("write");
        Http.Response created = http().post("/api/documents?title=" + java.net.URLEncoder.encode("计时", StandardCharsets.UTF_8), "text/plain",
                "一、完善区际利益补偿机制\n\n健全区际利益补偿机制，支持西部地区加快发展。计时测试。".getBytes(StandardCharsets.UTF_8), KEY);
        assertThat(created.status()).isEqualTo(201);
        assertThat(stageCount("segment")).isEqualTo(segmented + 1);
        assertThat(stageCount("write")).isEqualTo(written + 1);
        assertThat(http().delete("/api/documents/" + created.json().get("id").asString(), KEY).status()).isEqualTo(204);
    }

    @Test
    void ingestsJsonOnceAndRecognisesTheSameTextAgain() {
        Map<String, Object> doc = Map.of("title", "跨省产业协作", "text", TEXT, "source", "test", "date", "2025-01-01");
        Http.Response created = http().postJson("/api/documents", doc, KEY);
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(id).matches("d[0-9a-f]{16}");
        assertThat(body.get("sentences").asInt()).isEqualTo(3);
        assertThat(body.get("entities").asInt()).isPositive();

        JsonNode before = counts();
        double read = stageCount("read");
        double segmented = stageCount("segment");
        Http.Response again = http().postJson("/api/documents", doc, KEY);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(id);
        assertThat(counts()).isEqualTo(before);
        // recognised by its hash before any analysis, answered with the figures it was stored with
        assertThat(stageCount("read")).isEqualTo(read + 1);
        assertThat(stageCount("segment")).isEqualTo(segmented);
        for (String figure : new String[] {"title", "sentences", "entities", "mentions", "relations"}) {
            assertThat(again.json().get(figure)).as(figure).isEqualTo(body.get(figure));
        }
        assertThat(again.json().get("status").asString()).isEqualTo("UNCHANGED");

        JsonNode shown = http().get("/api/documents/" + id).json();
        assertThat(shown.get("document").get("title").asString()).isEqualTo("跨省产业协作");
        assertThat(shown.get("sections")).isNotEmpty();
        assertThat(shown.get("entities")).extracting(e -> e.get("name").asString()).contains("安徽", "江苏", "长三角");
        assertThat(http().get("/api/documents").json().get("items")).extracting(d -> d.get("id").asString()).contains(id);

        Http.Response mechanism = http().get("/api/entities/lookup", Map.of("name", "飞地园区利益共享机制"));
        assertThat(mechanism.status()).isEqualTo(200);

        assertThat(http().delete("/api/documents/" + id, KEY).status()).isEqualTo(204);
        assertThat(http().get("/api/documents/" + id).status()).isEqualTo(404);
        assertThat(http().delete("/api/documents/" + id, KEY).status()).isEqualTo(404);
        assertThat(http().get("/api/entities/lookup", Map.of("name", "飞地园区利益共享机制")).status()).isEqualTo(404);
    }

    @Test
    void ingestsPlainTextWithATitleAndConvertsGbk() {
        byte[] gbk = "推动京津冀协同发展，完善区际利益补偿机制，促进革命老区振兴发展。".getBytes(Charset.forName("GBK"));
        Http.Response r = http().post("/api/documents?title=" + java.net.URLEncoder.encode("GBK 文本", StandardCharsets.UTF_8),
                "text/plain", gbk, KEY);
        assertThat(r.status()).isEqualTo(201);
        String id = r.json().get("id").asString();
        assertThat(r.json().get("title").asString()).isEqualTo("GBK 文本");
        JsonNode doc = http().get("/api/documents/" + id).json();
        assertThat(doc.get("document").get("charset").asString()).isEqualTo("GB18030");
        assertThat(doc.get("entities")).extracting(e -> e.get("name").asString()).contains("革命老区", "区际利益补偿机制");
        assertThat(http().delete("/api/documents/" + id, KEY).status()).isEqualTo(204);
    }

    @Test
    void writeEndpointsNeedTheApiKey() {
        JsonNode before = counts();
        Map<String, Object> doc = Map.of("title", "x", "text", TEXT);
        Http.Response none = http().postJson("/api/documents", doc, Map.of());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(http().postJson("/api/documents", doc, Map.of("X-API-Key", "wrong")).status()).isEqualTo(401);
        String anyDocument = http().get("/api/documents").json().get("items").get(0).get("id").asString();
        assertThat(http().delete("/api/documents/" + anyDocument, Map.of()).status()).isEqualTo(401);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void badInputGetsAClearProblemAndChangesNothing() {
        JsonNode before = counts();
        Http.Response empty = http().postJson("/api/documents", Map.of("title", "空", "text", "  \n "), KEY);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("reason").asString()).isEqualTo("EMPTY");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Http.Response binary = http().post("/api/documents?title=png", "application/octet-stream", png, KEY);
        assertThat(binary.status()).isEqualTo(422);
        assertThat(binary.json().get("reason").asString()).isEqualTo("BINARY");

        byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, 'a', 'b', (byte) 0xFF, (byte) 0xFE, (byte) 0xFD};
        Http.Response undecodable = http().post("/api/documents?title=bad", "text/plain", invalid, KEY);
        assertThat(undecodable.status()).isEqualTo(422);
        assertThat(undecodable.contentType()).startsWith("application/problem+json");

        byte[] huge = new byte[1024 * 1024 + 10];
        Arrays.fill(huge, (byte) 'a');
        Http.Response tooLarge = http().post("/api/documents?title=huge", "text/plain", huge, KEY);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");

        Http.Response malformed = http().post("/api/documents", "application/json", "{\"title\": ".getBytes(), KEY);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        Map<String, Object> noText = new HashMap<>();
        noText.put("title", "no text");
        assertThat(http().postJson("/api/documents", noText, KEY).status()).isEqualTo(400);

        assertThat(counts()).isEqualTo(before);
    }
}
