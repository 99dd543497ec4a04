package org.policykg.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;

import tools.jackson.databind.JsonNode;

@PolicyKgTest
class RelationApiTest extends ApiTestSupport {

    @Test
    void relationsOfAnEntityCarryEvidence() {
        String id = idOf("基本公共服务均等化机制");
        Http.Response r = http().get("/api/entities/" + id + "/relations", Map.of("type", "SERVES", "direction", "out"));
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = r.json().get("items");
        assertThat(items).isNotEmpty();
        List<String> regions = new ArrayList<>();
        for (JsonNode item : items) {
            assertThat(item.get("type").asString()).isEqualTo("SERVES");
            assertThat(item.get("direction").asString()).isEqualTo("out");
            assertThat(item.get("other").get("type").asString()).isEqualTo("Region");
            assertThat(item.get("confidence").asDouble()).isBetween(0.3, 1.0);
            assertThat(item.get("evidence")).isNotEmpty();
            JsonNode evidence = item.get("evidence").get(0);
            assertThat(evidence.get("documentId").asString()).startsWith("d");
            assertThat(evidence.get("documentTitle").asString()).isNotBlank();
            assertThat(evidence.get("sentence").asString()).isNotBlank();
            assertThat(evidence.has("section")).isTrue();
            regions.add(item.get("other").get("name").asString());
        }
        assertThat(regions).contains("中部地区", "西部地区", "东北地区");
        JsonNode incoming = http().get("/api/entities/" + idOf("西部地区") + "/relations", Map.of("direction", "in")).json().get("items");
        assertThat(incoming).allSatisfy(i -> assertThat(i.get("direction").asString()).isEqualTo("in"));
    }

    @Test
    void badDirectionOrTypeIs400AndUnknownEntity404() {
        String id = idOf("西部地区");
        assertThat(http().get("/api/entities/" + id + "/relations", Map.of("direction", "sideways")).status()).isEqualTo(400);
        assertThat(http().get("/api/entities/" + id + "/relations", Map.of("type", "LOVES")).status()).isEqualTo(400);
        assertThat(http().get("/api/entities/m-ffffffffffff/relations").status()).isEqualTo(404);
    }

    @Test
    void theHeadlineQuestionWhichMechanismsServeWhichBoard() {
        JsonNode direct = http().get("/api/boards/mechanisms", Map.of("rollup", "false")).json();
        assertThat(direct.get("boards")).extracting(b -> b.get("board").get("name").asString())
                .containsExactly("东部地区", "中部地区", "西部地区", "东北地区");
        for (JsonNode board : direct.get("boards")) {
            List<String> names = new ArrayList<>();
            board.get("mechanisms").forEach(m -> {
                names.add(m.get("name").asString());
                assertThat(m.get("direct").asBoolean()).isTrue();
                assertThat(m.get("evidence")).isNotEmpty();
            });
            assertThat(names).contains("区域板块差异化发展机制");
        }
        JsonNode rolled = http().get("/api/boards/mechanisms", Map.of("rollup", "true")).json();
        JsonNode east = rolled.get("boards").get(0);
        assertThat(east.get("board").get("name").asString()).isEqualTo("东部地区");
        List<JsonNode> indirect = new ArrayList<>();
        east.get("mechanisms").forEach(m -> {
            if (!m.get("direct").asBoolean()) {
                indirect.add(m);
            }
        });
        assertThat(indirect).isNotEmpty().allSatisfy(m -> {
            assertThat(m.get("paths")).isNotEmpty();
            JsonNode path = m.get("paths").get(0);
            assertThat(path.get(path.size() - 1).asString()).isEqualTo("东部地区");
            assertThat(m.get("evidence")).isNotEmpty();
        });
        assertThat(east.get("mechanisms").size()).isGreaterThan(direct.get("boards").get(0).get("mechanisms").size());
    }

    @Test
    void shortestPathsWithEvidencePerHop() {
        String from = idOf("区域板块差异化发展机制");
        String to = idOf("西部大开发");
        Http.Response r = http().get("/api/paths", Map.of("from", from, "to", to, "maxHops", "4"));
        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().get("paths");
        assertThat(paths).isNotEmpty();
        JsonNode first = paths.get(0);
        assertThat(first.get("nodes").get(0).get("id").asString()).isEqualTo(from);
        assertThat(first.get("nodes").get(first.get("nodes").size() - 1).get("id").asString()).isEqualTo(to);
        assertThat(first.get("hops").size()).isEqualTo(first.get("nodes").size() - 1);
        first.get("hops").forEach(h -> assertThat(h.get("evidence")).isNotEmpty());
        assertThat(http().get("/api/paths", Map.of("from", from, "to", to, "maxHops", "9")).status()).isEqualTo(400);
        assertThat(http().get("/api/paths", Map.of("from", from, "to", "r-000000000000")).status()).isEqualTo(404);
    }
}
