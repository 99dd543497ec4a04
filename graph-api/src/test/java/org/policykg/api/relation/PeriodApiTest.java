package org.policykg.api.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.api.PeriodFixture.BORDER;
import static org.policykg.api.PeriodFixture.COMPUTE;
import static org.policykg.api.PeriodFixture.FISHERY;
import static org.policykg.api.PeriodFixture.ICE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PeriodFixture;
import org.policykg.api.PolicyKgTest;

import tools.jackson.databind.JsonNode;

/**
 * The period filters ({@code from}, {@code to}; {@code since}, {@code until} on paths) of the matrix, an entity's
 * relations, search, paths and the graph, on the real embedded Neo4j with the corpus and {@link PeriodFixture}: a
 * mechanism only the 2019 document states is gone from 2025, one stated in both years counts once in each, the undated
 * document's is in no period, and every sentence cited comes from a document of the period.
 */
@PolicyKgTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodApiTest extends ApiTestSupport {

    private PeriodFixture fixture;

    @BeforeAll
    void post() {
        fixture = PeriodFixture.post(http());
    }

    @AfterAll
    void remove() {
        fixture.remove();
    }

    /** Board name → mechanism name → strength. */
    private Map<String, Map<String, Long>> matrix(JsonNode answer) {
        Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
        for (JsonNode board : answer.get("boards")) {
            Map<String, Long> column = new LinkedHashMap<>();
            board.get("mechanisms").forEach(m -> column.put(m.get("name").asString(), m.get("strength").asLong()));
            cells.put(board.get("board").get("name").asString(), column);
        }
        return cells;
    }

    private JsonNode ok(String path, Map<String, String> query) {
        Http.Response r = http().get(path, query);
        assertThat(r.status()).as(path + query + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    private Set<String> documentsOf(String from, String to) {
        Set<String> ids = new HashSet<>();
        ok("/api/documents", Map.of("from", from, "to", to)).get("items").forEach(d -> ids.add(d.get("id").asString()));
        return ids;
    }

    private static Set<String> mechanisms(Map<String, Map<String, Long>> matrix) {
        Set<String> names = new HashSet<>();
        matrix.values().forEach(column -> names.addAll(column.keySet()));
        return names;
    }

    /** A 2026 notice whose header and signature alone say who issued it, its number and its date. */
    private static final String HEADER_NOTICE = """
            黑龙江省人民政府办公厅关于深化冰雪旅游跨省合作的通知
            黑政办发〔2026〕21号

            各市（地）、县（市）人民政府，省政府各直属单位：

            一、总体要求

            建立冰雪旅游客源互送机制，支持东北地区冰雪旅游线路互联互通。

            黑龙江省人民政府办公厅
            2026年1月16日
            """;

    @Test
    void anOfficialDocumentDatedByItsSignatureLineFillsTheMatrixOfItsYearAlone() {
        Http.Response posted = http().postJson("/api/documents", Map.of("title", "冰雪旅游跨省合作（测试）", "key", "period-header",
                "text", HEADER_NOTICE), Map.of("X-API-Key", PolicyKgTest.API_KEY));
        assertThat(posted.status()).isIn(200, 201);
        String id = posted.json().get("id").asString();
        try {
            JsonNode document = ok("/api/documents/" + id, Map.of()).get("document");
            assertThat(texts(document.get("issuers"))).containsExactly("黑龙江省人民政府办公厅");
            assertThat(document.get("number").asString()).isEqualTo("黑政办发〔2026〕21号");
            assertThat(document.get("date").asString()).isEqualTo("2026-01-16");
            Map<String, Map<String, Long>> in2026 = matrix(ok("/api/boards/mechanisms", Map.of("from", "2026", "to", "2026")));
            assertThat(in2026.get("东北地区")).containsOnlyKeys("冰雪旅游客源互送机制");
            assertThat(mechanisms(in2026)).doesNotContain(ICE, BORDER, COMPUTE, FISHERY);
        } finally {
            http().delete("/api/documents/" + id, Map.of("X-API-Key", PolicyKgTest.API_KEY));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void aMatrixOfAYearHoldsThatYearsMechanismsAndNoneOnlyOlderDocumentsState() {
        Map<String, Map<String, Long>> all = matrix(ok("/api/boards/mechanisms", Map.of()));
        assertThat(all.get("东北地区")).containsEntry(ICE, 2L);
        assertThat(all.get("西部地区")).containsKeys(BORDER, COMPUTE);
        assertThat(all.get("东部地区")).containsKey(FISHERY);

        JsonNode answer2025 = ok("/api/boards/mechanisms", Map.of("from", "2025", "to", "2025", "evidenceLimit", "50"));
        assertThat(answer2025.get("from").asString()).isEqualTo("2025");
        Map<String, Map<String, Long>> in2025 = matrix(answer2025);
        assertThat(in2025.get("东北地区")).containsEntry(ICE, 1L);
        assertThat(in2025.get("西部地区")).containsKey(COMPUTE);
        assertThat(mechanisms(in2025)).doesNotContain(BORDER, FISHERY);
        // every cell cites sentences, and only of documents dated 2025 (art-002 of the corpus and the fixture's 意见)
        Set<String> documents2025 = documentsOf("2025", "2025");
        assertThat(documents2025).contains(fixture.id(PeriodFixture.NEW));
        for (JsonNode board : answer2025.get("boards")) {
            for (JsonNode m : board.get("mechanisms")) {
                assertThat(m.get("evidence")).as(m.get("name").asString()).isNotEmpty().allSatisfy(e -> {
                    assertThat(e.get("documentId").asString()).isIn(documents2025);
                    assertThat(e.get("section").asString()).isNotNull();
                });
            }
        }
        // a mechanism of the whole matrix is in 2025's only if a 2025 document states it: here, fewer than in all
        assertThat(mechanisms(all)).containsAll(mechanisms(in2025)).hasSizeGreaterThan(mechanisms(in2025).size());

        Map<String, Map<String, Long>> in2019 = matrix(ok("/api/boards/mechanisms", Map.of("from", "2019", "to", "2019")));
        assertThat(in2019).containsOnlyKeys("东北地区", "西部地区");
        assertThat(in2019.get("东北地区")).containsExactly(Map.entry(ICE, 1L));
        assertThat(in2019.get("西部地区")).containsExactly(Map.entry(BORDER, 1L));
        // the day after the 2019 notice to the end of 2023: no document states anything
        assertThat(ok("/api/boards/mechanisms", Map.of("from", "2019-06-13", "to", "2023-12")).get("boards")).isEmpty();
        // the sentence of each year, with its document and section
        JsonNode boards2019 = ok("/api/boards/mechanisms", Map.of("from", "2019", "to", "2019-12-31", "rollup", "true")).get("boards");
        assertThat(boards2019).extracting(b -> b.get("board").get("name").asString()).containsExactly("西部地区", "东北地区");
        JsonNode ice2019 = boards2019.get(1).get("mechanisms").get(0);
        assertThat(ice2019.get("evidence")).singleElement().satisfies(e -> {
            assertThat(e.get("sentence").asString()).startsWith("建立冰雪旅游联营机制");
            assertThat(e.get("documentTitle").asString()).isEqualTo(PeriodFixture.OLD);
            assertThat(e.get("section").asString()).contains("冰雪经济");
        });
    }

    @Test
    void anEntitysRelationsKeepWhatTheDocumentsOfThePeriodState() {
        String ice = idOf(ICE);
        JsonNode all = ok("/api/entities/" + ice + "/relations", Map.of("type", "SERVES"));
        assertThat(all.get("items")).singleElement().satisfies(r -> {
            assertThat(r.get("other").get("name").asString()).isEqualTo("东北地区");
            assertThat(r.get("count").asLong()).isEqualTo(2);
            assertThat(r.get("evidence")).hasSize(2);
        });
        JsonNode since2020 = ok("/api/entities/" + ice + "/relations", Map.of("type", "SERVES", "from", "2020"));
        assertThat(since2020.get("items")).singleElement().satisfies(r -> {
            assertThat(r.get("count").asLong()).isEqualTo(1);
            assertThat(r.get("evidence")).singleElement().satisfies(e -> {
                assertThat(e.get("sentence").asString()).startsWith("完善冰雪旅游联营机制");
                assertThat(e.get("documentId").asString()).isEqualTo(fixture.id(PeriodFixture.NEW));
            });
        });
        JsonNode until2020 = ok("/api/entities/" + ice + "/relations", Map.of("to", "2020-01"));
        assertThat(until2020.get("items")).singleElement()
                .satisfies(r -> assertThat(r.get("evidence").get(0).get("sentence").asString()).startsWith("建立冰雪旅游联营机制"));
        assertThat(ok("/api/entities/" + idOf(BORDER) + "/relations", Map.of("from", "2025")).get("items")).isEmpty();
        assertThat(ok("/api/entities/" + idOf(FISHERY) + "/relations", Map.of("from", "1900", "to", "2100")).get("items")).isEmpty();
        assertThat(ok("/api/entities/" + idOf(FISHERY) + "/relations", Map.of()).get("items")).isNotEmpty();
    }

    @Test
    void searchInAPeriodFindsItsDocumentsSentencesAndTheEntitiesTheyMention() {
        JsonNode all = ok("/api/search", Map.of("q", ICE));
        assertThat(all.get("sentences")).extracting(s -> s.get("documentTitle").asString())
                .containsExactlyInAnyOrder(PeriodFixture.OLD, PeriodFixture.NEW);
        JsonNode in2019 = ok("/api/search", Map.of("q", ICE, "from", "2019", "to", "2019"));
        assertThat(in2019.get("sentences")).singleElement().satisfies(s -> {
            assertThat(s.get("documentTitle").asString()).isEqualTo(PeriodFixture.OLD);
            assertThat(s.get("sentence").asString()).startsWith("建立冰雪旅游联营机制");
        });
        assertThat(in2019.get("entities")).extracting(e -> e.get("name").asString() + " " + e.get("mentions").asLong())
                .containsExactly(ICE + " 1");
        JsonNode border2025 = ok("/api/search", Map.of("q", "边境贸易互市", "from", "2025"));
        assertThat(border2025.get("entities")).isEmpty();
        assertThat(border2025.get("sentences")).isEmpty();
        assertThat(ok("/api/search", Map.of("q", "边境贸易互市")).get("entities")).extracting(e -> e.get("name").asString())
                .contains(BORDER);
        // the corpus: 长三角 sentences of 2024 come only from the corpus's documents of 2024
        Set<String> documents2024 = documentsOf("2024", "2024");
        JsonNode corpus2024 = ok("/api/search", Map.of("q", "长三角", "from", "2024", "to", "2024", "limit", "50"));
        assertThat(corpus2024.get("sentences")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("documentId").asString()).isIn(documents2024));
        assertThat(ok("/api/search", Map.of("q", "长三角", "limit", "50")).get("sentences").size())
                .isGreaterThan(corpus2024.get("sentences").size());
    }

    @Test
    void pathsInAPeriodTakeOnlyHopsItsDocumentsState() {
        Map<String, String> ends = Map.of("from", idOf(BORDER), "to", idOf(COMPUTE));
        JsonNode all = ok("/api/paths", ends);
        assertThat(all.get("paths")).isNotEmpty();
        assertThat(all.get("paths").get(0).get("nodes")).extracting(n -> n.get("name").asString())
                .containsExactly(BORDER, "西部地区", COMPUTE);
        Map<String, String> both = new HashMap<>(ends);
        both.putAll(Map.of("since", "2019", "until", "2025"));
        JsonNode spanning = ok("/api/paths", both);
        assertThat(spanning.get("since").asString()).isEqualTo("2019");
        List<String> hopDocuments = new ArrayList<>();
        spanning.get("paths").get(0).get("hops").forEach(h -> h.get("evidence").forEach(e -> hopDocuments.add(e.get("documentTitle").asString())));
        assertThat(hopDocuments).containsExactlyInAnyOrder(PeriodFixture.OLD, PeriodFixture.NEW);
        for (Map<String, String> period : List.of(Map.of("since", "2020"), Map.of("until", "2024"))) {
            Map<String, String> query = new HashMap<>(ends);
            query.putAll(period);
            assertThat(ok("/api/paths", query).get("paths")).as(period.toString()).isEmpty();
        }
    }

    @Test
    void theGraphOfAPeriodKeepsItsRelationsCountedInItsDocuments() {
        String ice = idOf(ICE);
        JsonNode all = ok("/api/graph", Map.of("center", ice, "format", "d3"));
        assertThat(all.get("links")).singleElement().satisfies(l -> assertThat(l.get("value").asLong()).isEqualTo(2));
        JsonNode in2025 = ok("/api/graph", Map.of("center", ice, "format", "d3", "from", "2025"));
        assertThat(in2025.get("nodes")).extracting(n -> n.get("name").asString()).containsExactlyInAnyOrder(ICE, "东北地区");
        assertThat(in2025.get("links")).singleElement().satisfies(l -> assertThat(l.get("value").asLong()).isEqualTo(1));
        assertThat(in2025.get("nodes")).filteredOn(n -> n.get("name").asString().equals(ICE))
                .singleElement().satisfies(n -> assertThat(n.get("mentions").asLong()).isEqualTo(1));
        JsonNode border2025 = ok("/api/graph", Map.of("center", idOf(BORDER), "from", "2025"));
        assertThat(border2025.get("elements").get("nodes")).hasSize(1);
        assertThat(border2025.get("elements").get("edges")).isEmpty();
        assertThat(ok("/api/graph", Map.of("center", idOf(BORDER))).get("elements").get("edges")).isNotEmpty();
    }

    @Test
    void theCachedAnswerOfOnePeriodIsNotAnothers() {
        String all = http().get("/api/boards/mechanisms").body();
        String in2019 = http().get("/api/boards/mechanisms", Map.of("from", "2019", "to", "2019")).body();
        assertThat(in2019).isNotEqualTo(all).contains(BORDER).doesNotContain(COMPUTE);
        assertThat(http().get("/api/boards/mechanisms", Map.of("from", "2025", "to", "2025")).body()).contains(COMPUTE).doesNotContain(BORDER);
        assertThat(http().get("/api/boards/mechanisms").body()).isEqualTo(all);
        String ice = idOf(ICE);
        assertThat(ok("/api/entities/" + ice + "/relations", Map.of("from", "2025")).get("items").get(0).get("count").asLong()).isEqualTo(1);
        assertThat(ok("/api/entities/" + ice + "/relations", Map.of("to", "2019")).get("items").get(0).get("count").asLong()).isEqualTo(1);
        assertThat(ok("/api/entities/" + ice + "/relations", Map.of()).get("items").get(0).get("count").asLong()).isEqualTo(2);
    }

    @Test
    void badPeriodsAreProblemsOnEveryEndpoint() {
        String ice = idOf(ICE);
        Map<String, Map<String, String>> endpoints = new LinkedHashMap<>();
        endpoints.put("/api/boards/mechanisms", Map.of());
        endpoints.put("/api/entities/" + ice + "/relations", Map.of());
        endpoints.put("/api/search", Map.of("q", ICE));
        endpoints.put("/api/graph", Map.of("center", ice));
        for (var endpoint : endpoints.entrySet()) {
            for (Map<String, String> bad : List.of(Map.of("from", "2025", "to", "2024"), Map.of("from", "2024-13"),
                    Map.of("to", "yesterday"), Map.of("from", "2025-02-30"))) {
                Map<String, String> query = new HashMap<>(endpoint.getValue());
                query.putAll(bad);
                Http.Response r = http().get(endpoint.getKey(), query);
                assertThat(r.status()).as(endpoint.getKey() + bad).isEqualTo(400);
                assertThat(r.contentType()).as(endpoint.getKey() + bad).startsWith("application/problem+json");
            }
            Map<String, String> reversed = new HashMap<>(endpoint.getValue());
            reversed.putAll(Map.of("from", "2025", "to", "2024-06"));
            assertThat(http().get(endpoint.getKey(), reversed).json().get("detail").asString()).isEqualTo("from (2025) is after to (2024-06)");
            Map<String, String> unparsable = new HashMap<>(endpoint.getValue());
            unparsable.put("to", "yesterday");
            assertThat(http().get(endpoint.getKey(), unparsable).json().get("detail").asString()).startsWith("to: 'yesterday' is not a date");
        }
        Http.Response paths = http().get("/api/paths", Map.of("from", ice, "to", idOf(BORDER), "since", "2025", "until", "2024"));
        assertThat(paths.status()).isEqualTo(400);
        assertThat(paths.contentType()).startsWith("application/problem+json");
        assertThat(paths.json().get("detail").asString()).isEqualTo("since (2025) is after until (2024)");
        assertThat(http().get("/api/paths", Map.of("from", ice, "to", idOf(BORDER), "since", "2024-1x")).json().get("detail").asString())
                .startsWith("since: ");
    }
}
