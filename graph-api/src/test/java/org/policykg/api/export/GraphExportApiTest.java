package org.policykg.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;

import tools.jackson.databind.JsonNode;

@PolicyKgTest
class GraphExportApiTest extends ApiTestSupport {

    @Test
    void cytoscapeElementsAroundAnEntity() {
        String center = idOf("基本公共服务均等化机制");
        JsonNode g = http().get("/api/graph", Map.of("center", center, "depth", "1", "format", "cytoscape")).json();
        JsonNode nodes = g.get("elements").get("nodes");
        JsonNode edges = g.get("elements").get("edges");
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.get("data").get("id").asString()));
        assertThat(ids).contains(center, idOf("西部地区"));
        assertThat(edges).isNotEmpty().allSatisfy(e -> {
            assertThat(ids).contains(e.get("data").get("source").asString(), e.get("data").get("target").asString());
            assertThat(e.get("data").get("type").asString()).isIn("SERVES", "SUPPORTS", "TARGETS", "PART_OF", "COOPERATES_WITH");
        });
        assertThat(g.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void echartsD3AndGraphmlFormatsAndTruncation() {
        String center = idOf("西部地区");
        JsonNode echarts = http().get("/api/graph", Map.of("center", center, "format", "echarts", "limit", "5")).json();
        assertThat(echarts.get("nodes")).hasSize(5);
        assertThat(echarts.get("categories")).isNotEmpty();
        assertThat(echarts.get("truncated").asBoolean()).isTrue();
        echarts.get("nodes").forEach(n -> assertThat(n.get("category").asInt()).isLessThan(echarts.get("categories").size()));

        JsonNode d3 = http().get("/api/graph", Map.of("center", center, "format", "d3", "depth", "2", "types", "SERVES,PART_OF")).json();
        assertThat(d3.get("nodes").size()).isGreaterThan(5);
        d3.get("links").forEach(l -> assertThat(l.get("type").asString()).isIn("SERVES", "PART_OF"));

        Http.Response graphml = http().get("/api/graph", Map.of("center", center, "format", "graphml"));
        assertThat(graphml.status()).isEqualTo(200);
        assertThat(graphml.contentType()).startsWith("application/graphml+xml");
        assertThat(graphml.body()).contains("<graphml", "<node id=\"" + center + "\"", "<edge ", "西部地区");
    }

    @Test
    void badParametersAre400() {
        String center = idOf("西部地区");
        assertThat(http().get("/api/graph", Map.of("center", center, "depth", "4")).status()).isEqualTo(400);
        assertThat(http().get("/api/graph", Map.of("center", center, "format", "svg")).status()).isEqualTo(400);
        assertThat(http().get("/api/graph", Map.of("center", center, "types", "HATES")).status()).isEqualTo(400);
        assertThat(http().get("/api/graph", Map.of("center", "r-000000000000")).status()).isEqualTo(404);
    }
}
