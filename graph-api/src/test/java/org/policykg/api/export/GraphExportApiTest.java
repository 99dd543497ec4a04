package org.policykg.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.AssistsFixture;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;
import org.policykg.api.system.GraphVersion;
import org.policykg.ingest.graph.DocumentWriter;
import org.policykg.ingest.pipeline.Pipeline;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

@PolicyKgTest
class GraphExportApiTest extends ApiTestSupport {

    @Autowired
    Pipeline pipeline;

    @Autowired
    DocumentWriter writer;

    @Autowired
    GraphVersion graphVersion;

    @Autowired
    Driver driver;

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
            assertThat(e.get("data").get("type").asString()).isIn("SERVES", "SUPPORTS", "TARGETS", "PART_OF", "COOPERATES_WITH", "ASSISTS", "WITHIN");
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

        JsonNode d3 = http().get("/api/graph", Map.of("center", center, "format", "d3", "depth", "2", "types", "SERVES,WITHIN")).json();
        assertThat(d3.get("nodes").size()).isGreaterThan(5);
        Set<String> nodeIds = new HashSet<>();
        d3.get("nodes").forEach(n -> nodeIds.add(n.get("id").asString()));
        assertThat(nodeIds).contains(center, idOf("四川"), idOf("区域板块差异化发展机制"));
        Set<String> links = new HashSet<>();
        assertThat(d3.get("links")).isNotEmpty().allSatisfy(l -> {
            assertThat(l.get("type").asString()).isIn("SERVES", "WITHIN");
            assertThat(nodeIds).contains(l.get("source").asString(), l.get("target").asString());
            assertThat(l.get("value").asLong()).isPositive();
            links.add(l.get("type").asString() + " " + l.get("source").asString() + "->" + l.get("target").asString());
        });
        // the links run from the relation's start to its end: a mechanism serves the board, a province lies within it
        assertThat(links).contains("SERVES " + idOf("区域板块差异化发展机制") + "->" + center, "WITHIN " + idOf("四川") + "->" + center);
        // and they are every SERVES and WITHIN relationship among the nodes, counted in the database
        try (Session session = driver.session()) {
            long inDatabase = session.run("""
                    MATCH (a:Entity)-[r:SERVES|WITHIN]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS n""",
                    Map.of("ids", List.copyOf(nodeIds))).single().get("n").asLong();
            assertThat((long) d3.get("links").size()).isEqualTo(inDatabase);
        }

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

    @Test
    void assistsAndMechanismPartsAreInEveryFormat() {
        String document = AssistsFixture.write(pipeline, writer, graphVersion);
        try {
            String xiamen = idOf("厦门");
            String linxia = idOf("临夏州");
            JsonNode cytoscape = http().get("/api/graph", Map.of("center", xiamen, "format", "cytoscape")).json();
            JsonNode edges = cytoscape.get("elements").get("edges");
            assertThat(edges).anySatisfy(e -> {
                assertThat(e.get("data").get("type").asString()).isEqualTo("ASSISTS");
                assertThat(e.get("data").get("source").asString()).isEqualTo(xiamen);
                assertThat(e.get("data").get("target").asString()).isEqualTo(linxia);
                assertThat(e.get("data").get("count").asLong()).isEqualTo(1);
            });
            assertThat(cytoscape.get("elements").get("nodes")).extracting(n -> n.get("data").get("name").asString()).contains("临夏州");

            // types=ASSISTS keeps only help, and reaches the helper from the recipient's side
            JsonNode onlyAssists = http().get("/api/graph", Map.of("center", linxia, "types", "ASSISTS", "format", "d3")).json();
            assertThat(onlyAssists.get("nodes")).extracting(n -> n.get("id").asString()).containsExactlyInAnyOrder(linxia, xiamen);
            assertThat(onlyAssists.get("links")).hasSize(1);
            JsonNode link = onlyAssists.get("links").get(0);
            assertThat(link.get("type").asString()).isEqualTo("ASSISTS");
            assertThat(link.get("source").asString()).isEqualTo(xiamen);
            assertThat(link.get("target").asString()).isEqualTo(linxia);

            JsonNode echarts = http().get("/api/graph", Map.of("center", linxia, "format", "echarts")).json();
            assertThat(echarts.get("links")).anySatisfy(l -> {
                assertThat(l.get("name").asString()).isEqualTo("ASSISTS");
                assertThat(l.get("source").asString()).isEqualTo(xiamen);
            });

            String graphml = http().get("/api/graph", Map.of("center", linxia, "format", "graphml")).body();
            assertThat(graphml).containsPattern("<edge id=\"[^\"]+\" source=\"" + xiamen + "\" target=\"" + linxia
                    + "\"><data key=\"relation\">ASSISTS</data>");

            // a mechanism's components: PART_OF between mechanisms, part → whole
            String whole = idOf("区域开放合作机制");
            JsonNode parts = http().get("/api/graph", Map.of("center", whole, "types", "PART_OF", "format", "d3")).json();
            Set<String> names = new HashSet<>();
            parts.get("nodes").forEach(n -> names.add(n.get("name").asString()));
            assertThat(names).containsAll(AssistsFixture.OPENING_PARTS).contains("区域开放合作机制");
            assertThat(parts.get("links")).hasSize(AssistsFixture.OPENING_PARTS.size())
                    .allSatisfy(l -> {
                        assertThat(l.get("type").asString()).isEqualTo("PART_OF");
                        assertThat(l.get("target").asString()).isEqualTo(whole);
                    });
        } finally {
            assertThat(AssistsFixture.remove(writer, graphVersion, document)).isTrue();
        }
    }
}
