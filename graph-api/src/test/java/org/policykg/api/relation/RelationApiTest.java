package org.policykg.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.AssistsFixture;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;
import org.policykg.api.system.GraphVersion;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.policykg.ingest.graph.DocumentWriter;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.pipeline.Pipeline;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

@PolicyKgTest
class RelationApiTest extends ApiTestSupport {

    @Autowired
    Pipeline pipeline;

    @Autowired
    DocumentWriter writer;

    @Autowired
    GraphVersion graphVersion;

    @Autowired
    Driver driver;

    private JsonNode matrix(Map<String, String> query) {
        Http.Response r = http().get("/api/boards/mechanisms", query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("boards")).hasSize(4);
        return r.json();
    }

    private JsonNode relations(String id, Map<String, String> query) {
        Http.Response r = http().get("/api/entities/" + id + "/relations", query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("items");
    }

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
    }

    @Test
    void directionInListsWhatPointsAtTheEntityAndOutWhatItPointsAt() {
        String west = idOf("西部地区");
        JsonNode incoming = relations(west, Map.of("direction", "in"));
        // what the corpus says about 西部地区 as the object: mechanisms serve it, strategies target it, provinces lie within it
        assertThat(incoming).extracting(i -> i.get("type").asString() + " " + i.get("other").get("name").asString())
                .contains("SERVES 基本公共服务均等化机制", "SERVES 区域板块差异化发展机制", "TARGETS 西部大开发",
                        "WITHIN 四川", "WITHIN 重庆", "WITHIN 新疆");
        assertThat(incoming).allSatisfy(i -> {
            assertThat(i.get("direction").asString()).isEqualTo("in");
            String type = i.get("type").asString();
            String other = i.get("other").get("type").asString();
            // the subject of each relation type, never the region itself
            assertThat(other).as(type).isEqualTo(switch (type) {
                case "SERVES" -> "Mechanism";
                case "TARGETS" -> "Strategy";
                default -> "Region";
            });
            assertThat(i.get("other").get("id").asString()).isNotEqualTo(west);
            assertThat(i.get("evidence")).as(type + " " + i.get("other").get("name")).isNotEmpty();
        });
        // each incoming relation is the other entity's outgoing one, read from its side
        for (JsonNode i : incoming) {
            JsonNode back = relations(i.get("other").get("id").asString(),
                    Map.of("type", i.get("type").asString(), "direction", "out"));
            assertThat(back).as(i.toString()).anySatisfy(b -> assertThat(b.get("other").get("id").asString()).isEqualTo(west));
        }
        // a region serves nothing and targets nothing: out of 西部地区 runs neither, and in and out do not overlap
        JsonNode outgoing = relations(west, Map.of("direction", "out"));
        assertThat(outgoing).allSatisfy(o -> {
            assertThat(o.get("direction").asString()).isEqualTo("out");
            assertThat(o.get("type").asString()).isNotIn("SERVES", "TARGETS", "SUPPORTS");
        });
        assertThat(relations(west, Map.of("type", "SERVES", "direction", "out"))).isEmpty();
        assertThat(relations(west, Map.of("direction", "both"))).hasSize(incoming.size() + outgoing.size());
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
        assertThat(paths).hasSize(1);
        JsonNode first = paths.get(0);
        // the one shortest chain: the mechanism serves 西部地区, which 西部大开发 targets
        assertThat(first.get("nodes")).extracting(n -> n.get("name").asString()).containsExactly("区域板块差异化发展机制", "西部地区", "西部大开发");
        assertThat(first.get("hops")).extracting(h -> h.get("type").asString() + " " + h.get("from").asString() + "->" + h.get("to").asString())
                .containsExactly("SERVES " + from + "->" + idOf("西部地区"), "TARGETS " + to + "->" + idOf("西部地区"));
        first.get("hops").forEach(h -> assertThat(h.get("evidence")).isNotEmpty());
        assertThat(http().get("/api/paths", Map.of("from", from, "to", to, "maxHops", "9")).status()).isEqualTo(400);
        assertThat(http().get("/api/paths", Map.of("from", from, "to", "r-000000000000")).status()).isEqualTo(404);
    }

    @Test
    void pathsAreTheShortestAndMaxHopsBoundsThem() {
        Map<String, Map<String, Integer>> graph = policyGraph();
        for (String[] ends : new String[][] {{"区域板块差异化发展机制", "西部大开发"}, {"东西部协作机制", "京津冀协同发展"}}) {
            String from = idOf(ends[0]);
            String to = idOf(ends[1]);
            ShortestPaths expected = ShortestPaths.between(graph, from, to);
            assertThat(expected.length()).as("a pair at least two hops apart, so a smaller maxHops means something").isGreaterThanOrEqualTo(2);

            for (int maxHops = expected.length(); maxHops <= RelationQueries.MAX_HOPS; maxHops++) {
                JsonNode paths = http().get("/api/paths", Map.of("from", from, "to", to, "maxHops", String.valueOf(maxHops), "limit", "20"))
                        .json().get("paths");
                // every shortest path (up to the limit), none longer, each a real chain of relations from one end to the other
                assertThat(paths).as(ends[0] + " → " + ends[1] + ", maxHops " + maxHops).hasSize((int) Math.min(20, expected.count()));
                for (JsonNode path : paths) {
                    assertThat(path.get("hops")).hasSize(expected.length());
                    assertThat(path.get("nodes").get(0).get("id").asString()).isEqualTo(from);
                    assertThat(path.get("nodes").get(expected.length()).get("id").asString()).isEqualTo(to);
                    for (int i = 0; i < expected.length(); i++) {
                        JsonNode hop = path.get("hops").get(i);
                        String a = path.get("nodes").get(i).get("id").asString();
                        String b = path.get("nodes").get(i + 1).get("id").asString();
                        assertThat(List.of(hop.get("from").asString(), hop.get("to").asString())).containsExactlyInAnyOrder(a, b);
                        assertThat(graph.get(a)).containsKey(b);
                    }
                }
            }
            JsonNode tooShort = http().get("/api/paths", Map.of("from", from, "to", to, "maxHops", String.valueOf(expected.length() - 1)))
                    .json().get("paths");
            assertThat(tooShort).as("maxHops below the distance finds nothing").isEmpty();
        }
    }

    /** Every policy relation between entities, undirected, with how many relationships join each pair. */
    private Map<String, Map<String, Integer>> policyGraph() {
        Map<String, Map<String, Integer>> graph = new HashMap<>();
        try (Session session = driver.session()) {
            session.run("MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types RETURN a.id AS a, b.id AS b",
                            Map.of("types", Arrays.stream(RelationType.values()).map(Enum::name).toList()))
                    .forEachRemaining(row -> {
                        String a = row.get("a").asString();
                        String b = row.get("b").asString();
                        graph.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                        graph.computeIfAbsent(b, k -> new HashMap<>()).merge(a, 1, Integer::sum);
                    });
        }
        return graph;
    }

    /** Breadth-first search in the test itself: the distance and the number of distinct shortest paths. */
    private record ShortestPaths(int length, long count) {

        static ShortestPaths between(Map<String, Map<String, Integer>> graph, String from, String to) {
            Map<String, Integer> distance = new HashMap<>(Map.of(from, 0));
            Map<String, Long> ways = new HashMap<>(Map.of(from, 1L));
            Deque<String> queue = new ArrayDeque<>(List.of(from));
            while (!queue.isEmpty()) {
                String node = queue.poll();
                for (Map.Entry<String, Integer> next : graph.getOrDefault(node, Map.of()).entrySet()) {
                    String m = next.getKey();
                    if (!distance.containsKey(m)) {
                        distance.put(m, distance.get(node) + 1);
                        queue.add(m);
                    }
                    if (distance.get(m) == distance.get(node) + 1) {
                        ways.merge(m, ways.get(node) * next.getValue(), Long::sum);
                    }
                }
            }
            if (!distance.containsKey(to)) {
                throw new AssertionError("no path from " + from + " to " + to);
            }
            return new ShortestPaths(distance.get(to), ways.get(to));
        }
    }

    @Test
    void assistsIsDirectedHelperToRecipientWithItsEvidence() {
        String document = AssistsFixture.write(pipeline, writer, graphVersion);
        try {
            String xiamen = idOf("厦门");
            String linxia = idOf("临夏州");

            JsonNode assists = relations(xiamen, Map.of("type", "ASSISTS", "direction", "out"));
            assertThat(assists).hasSize(1);
            JsonNode item = assists.get(0);
            assertThat(item.get("type").asString()).isEqualTo("ASSISTS");
            assertThat(item.get("direction").asString()).isEqualTo("out");
            assertThat(item.get("other").get("name").asString()).isEqualTo("临夏州");
            assertThat(item.get("other").get("kind").asString()).isEqualTo("City");
            assertThat(item.get("count").asLong()).isEqualTo(1);
            assertThat(item.get("methods")).extracting(JsonNode::asString).containsExactly("TRIGGER");
            assertThat(item.get("confidence").asDouble()).isEqualTo(0.75);
            JsonNode evidence = item.get("evidence");
            assertThat(evidence).hasSize(1);
            assertThat(evidence.get(0).get("sentence").asString()).contains(AssistsFixture.ASSISTS_SENTENCE);
            assertThat(evidence.get(0).get("documentId").asString()).isEqualTo(document);
            assertThat(evidence.get(0).get("documentTitle").asString()).isEqualTo(AssistsFixture.TITLE);
            assertThat(evidence.get(0).get("section").asString()).contains("东西部协作");

            // directed: 厦门 assists 临夏州, nobody assists 厦门, 临夏州 assists nobody; the type is read in any case
            assertThat(relations(xiamen, Map.of("type", "ASSISTS", "direction", "in"))).isEmpty();
            assertThat(relations(linxia, Map.of("type", "ASSISTS", "direction", "out"))).isEmpty();
            JsonNode assistedBy = relations(linxia, Map.of("type", "assists", "direction", "in"));
            assertThat(assistedBy).hasSize(1);
            assertThat(assistedBy.get(0).get("direction").asString()).isEqualTo("in");
            assertThat(assistedBy.get(0).get("other").get("id").asString()).isEqualTo(xiamen);
            assertThat(assistedBy.get(0).get("evidence").get(0).get("sentence").asString()).contains(AssistsFixture.ASSISTS_SENTENCE);
            assertThat(relations(linxia, Map.of("direction", "both")))
                    .anySatisfy(i -> {
                        assertThat(i.get("type").asString()).isEqualTo("ASSISTS");
                        assertThat(i.get("direction").asString()).isEqualTo("in");
                        assertThat(i.get("other").get("name").asString()).isEqualTo("厦门");
                    });

            // a path crosses ASSISTS whichever way it is asked, and its hop still says who helps whom
            for (String[] ends : new String[][] {{xiamen, linxia}, {linxia, xiamen}}) {
                JsonNode paths = http().get("/api/paths", Map.of("from", ends[0], "to", ends[1])).json().get("paths");
                assertThat(paths).isNotEmpty();
                JsonNode hop = paths.get(0).get("hops").get(0);
                assertThat(paths.get(0).get("hops")).hasSize(1);
                assertThat(hop.get("type").asString()).isEqualTo("ASSISTS");
                assertThat(hop.get("from").asString()).isEqualTo(xiamen);
                assertThat(hop.get("to").asString()).isEqualTo(linxia);
                assertThat(hop.get("evidence").get(0).get("sentence").asString()).contains(AssistsFixture.ASSISTS_SENTENCE);
            }
            assertThat(http().get("/api/documents/" + document).json().get("relations").asInt()).isEqualTo(AssistsFixture.RELATIONS);
            assertThat(http().get("/api/stats").json().get("counts").get("ASSISTS").asLong()).isEqualTo(1);
        } finally {
            assertThat(AssistsFixture.remove(writer, graphVersion, document)).isTrue();
        }
        // the document was the only support: the fact goes with it, and so does 临夏州, which no other text names
        assertThat(http().get("/api/stats").json().get("counts").get("ASSISTS").asLong()).isZero();
        assertThat(http().get("/api/entities/lookup", Map.of("name", "临夏州")).status()).isEqualTo(404);
    }

    @Test
    void aMechanismListsItsComponentsAndTheWholeItBelongsTo() {
        String document = AssistsFixture.write(pipeline, writer, graphVersion);
        try {
            String whole = idOf("区域开放合作机制");
            JsonNode parts = relations(whole, Map.of("type", "PART_OF", "direction", "in"));
            assertThat(parts).extracting(p -> p.get("other").get("name").asString())
                    .containsExactlyInAnyOrderElementsOf(AssistsFixture.OPENING_PARTS);
            assertThat(parts).allSatisfy(p -> {
                assertThat(p.get("other").get("type").asString()).isEqualTo("Mechanism");
                assertThat(p.get("evidence")).anySatisfy(e -> {
                    assertThat(e.get("sentence").asString()).contains(AssistsFixture.OPENING_SENTENCE);
                    assertThat(e.get("documentTitle").asString()).isEqualTo(AssistsFixture.TITLE);
                });
            });
            JsonNode belongsTo = relations(idOf("口岸协作机制"), Map.of("type", "PART_OF", "direction", "out"));
            assertThat(belongsTo).extracting(p -> p.get("other").get("id").asString()).containsExactly(whole);

            // a mechanism of the corpus now also names the larger mechanism it belongs to, next to the regions it serves
            JsonNode integration = relations(idOf("区域一体化发展机制"), Map.of("direction", "out"));
            assertThat(integration).anySatisfy(r -> {
                assertThat(r.get("type").asString()).isEqualTo("PART_OF");
                assertThat(r.get("other").get("name").asString()).isEqualTo(AssistsFixture.COORDINATION_WHOLE);
                // the corpus states it too (002's sections); the fixture's sentence is among the evidence
                assertThat(r.get("evidence")).anySatisfy(e -> assertThat(e.get("sentence").asString()).contains(AssistsFixture.COORDINATION_SENTENCE));
            });
            assertThat(integration).anySatisfy(r -> assertThat(r.get("type").asString()).isEqualTo("SERVES"));
        } finally {
            assertThat(AssistsFixture.remove(writer, graphVersion, document)).isTrue();
        }
    }

    @Test
    void theMatrixIsUnchangedByMechanismPartOf() {
        Map<String, String> direct = Map.of("rollup", "false", "evidenceLimit", "50");
        Map<String, String> rollup = Map.of("rollup", "true", "evidenceLimit", "50");
        JsonNode directBefore = matrix(direct);
        JsonNode rollupBefore = matrix(rollup);
        // what makes the fixture a test: parts and wholes that sit differently in the matrix (a whole in a board's
        // column, parts that are not, so a roll-up that let parts inherit their whole's boards would change it)
        assertThat(mechanismsIn(directBefore)).contains(AssistsFixture.COORDINATION_WHOLE).doesNotContain("区域开放合作机制");
        assertThat(AssistsFixture.COORDINATION_PARTS).anySatisfy(part -> assertThat(mechanismsIn(directBefore)).doesNotContain(part));
        assertThat(mechanismsIn(rollupBefore)).contains(AssistsFixture.COORDINATION_WHOLE).doesNotContain("区域开放合作机制");
        long versionBefore = graphVersion.current();
        String document = AssistsFixture.write(pipeline, writer, graphVersion);
        try {
            assertThat(graphVersion.current()).as("the write moved the graph on: the matrix is computed again").isGreaterThan(versionBefore);
            assertThat(relations(idOf(AssistsFixture.COORDINATION_WHOLE), Map.of("type", "PART_OF", "direction", "in")))
                    .extracting(p -> p.get("other").get("name").asString())
                    .containsAll(AssistsFixture.COORDINATION_PARTS); // with the corpus's own parts of it
            assertThat(relations(idOf("区域开放合作机制"), Map.of("type", "PART_OF", "direction", "in")))
                    .extracting(p -> p.get("other").get("name").asString()).contains("跨行政区合作发展机制");

            assertThat(matrix(direct)).isEqualTo(directBefore);
            assertThat(matrix(rollup)).isEqualTo(rollupBefore);
        } finally {
            assertThat(AssistsFixture.remove(writer, graphVersion, document)).isTrue();
        }
    }

    private static List<String> mechanismsIn(JsonNode matrix) {
        List<String> names = new ArrayList<>();
        matrix.get("boards").forEach(b -> b.get("mechanisms").forEach(m -> names.add(m.get("name").asString())));
        return names;
    }
}
