package org.policykg.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;
import org.policykg.ingest.model.RelationType;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;

@PolicyKgTest
class ModelApiTest extends ApiTestSupport {

    private JsonNode model() {
        Http.Response r = http().get("/api/model");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        return r.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asString() : n.get(field).asString()));
        return out;
    }

    @Test
    void theBoardsInTheirOrderWithTheIdsOfTheirNodes() {
        JsonNode boards = model().get("boards");
        assertThat(texts(boards, "name")).containsExactly("东部地区", "中部地区", "西部地区", "东北地区");
        // the ids are the ones ingestion wrote: each finds its Region node, of kind Board
        for (JsonNode board : boards) {
            String name = board.get("name").asString();
            assertThat(board.get("id").asString()).as(name).isEqualTo(idOf(name));
            assertThat(http().get("/api/entities/" + board.get("id").asString()).json().get("kind").asString()).isEqualTo("Board");
        }
        // and the matrix orders its columns the same way, with and without roll-up
        for (String rollup : List.of("false", "true")) {
            List<String> matrixOrder = new ArrayList<>();
            http().get("/api/boards/mechanisms", Map.of("rollup", rollup)).json().get("boards")
                    .forEach(b -> matrixOrder.add(b.get("board").get("name").asString()));
            assertThat(matrixOrder).as("rollup=" + rollup).containsExactlyElementsOf(texts(boards, "name"));
        }
    }

    @Test
    void everyRelationTypeWithWhatItConnectsAndWhetherItIsSymmetric() {
        JsonNode relations = model().get("relationTypes");
        assertThat(texts(relations, "type"))
                .containsExactly("SERVES", "SUPPORTS", "TARGETS", "PART_OF", "COOPERATES_WITH", "ASSISTS", "WITHIN")
                .containsExactlyElementsOf(java.util.Arrays.stream(RelationType.values()).map(Enum::name).toList());
        Map<String, JsonNode> byType = new java.util.HashMap<>();
        relations.forEach(r -> byType.put(r.get("type").asString(), r));

        assertThat(pairs(byType.get("SERVES"))).containsExactly("Mechanism->Region");
        assertThat(pairs(byType.get("SUPPORTS"))).containsExactly("Mechanism->Strategy");
        assertThat(pairs(byType.get("TARGETS"))).containsExactly("Strategy->Region");
        assertThat(pairs(byType.get("PART_OF"))).containsExactlyInAnyOrder("Region->Region", "Strategy->Strategy", "Mechanism->Mechanism");
        assertThat(pairs(byType.get("COOPERATES_WITH"))).containsExactly("Region->Region");
        assertThat(pairs(byType.get("ASSISTS"))).containsExactly("Region->Region");
        assertThat(pairs(byType.get("WITHIN"))).containsExactly("Region->Region");
        // only the gazetteer's geography is not a statement of a text
        byType.forEach((type, r) -> assertThat(r.get("stated").asBoolean()).as(type).isEqualTo(!type.equals("WITHIN")));

        // cooperation reads both ways; help has a helper and a recipient, like every other relation
        assertThat(byType.get("COOPERATES_WITH").get("symmetric").asBoolean()).isTrue();
        assertThat(byType.get("COOPERATES_WITH").get("directed").asBoolean()).isFalse();
        byType.forEach((type, r) -> {
            if (!type.equals("COOPERATES_WITH")) {
                assertThat(r.get("symmetric").asBoolean()).as(type).isFalse();
                assertThat(r.get("directed").asBoolean()).as(type).isTrue();
            }
        });
    }

    private static List<String> pairs(JsonNode relation) {
        List<String> out = new ArrayList<>();
        relation.get("connects").forEach(p -> out.add(p.get(0).asString() + "->" + p.get(1).asString()));
        return out;
    }

    @Test
    void entityTypesAndEveryRegionKindTheGraphHolds() {
        JsonNode model = model();
        assertThat(texts(model.get("entityTypes"), "type")).containsExactly("Region", "Strategy", "Mechanism");
        assertThat(texts(model.get("entityTypes"), "idPrefix")).containsExactly("r", "s", "m");
        List<String> kinds = texts(model.get("regionKinds"), null);
        assertThat(kinds).startsWith("Board", "Province", "City").contains("CityCluster", "RiverBasin", "SpecialArea")
                .doesNotHaveDuplicates();
        // every kind a Region of the corpus graph carries is one the page is told about
        JsonNode rows = http().postJson("/api/cypher", Map.of("query", "MATCH (r:Region) RETURN DISTINCT r.kind AS kind",
                "params", Map.of()), Map.of()).json().get("rows");
        List<String> inGraph = texts(rows, "kind");
        assertThat(inGraph).contains("Board", "Province", "CityCluster");
        assertThat(kinds).containsAll(inGraph);
    }

    @Test
    void documentKindsWithTheirChineseLabelsAndEveryKindTheGraphHolds() {
        JsonNode model = model();
        assertThat(texts(model.get("documentKinds"), "kind")).contains("OPINION", "NOTICE", "REPORT", "ARTICLE", "OTHER");
        assertThat(texts(model.get("documentKinds"), "label")).contains("意见", "通知", "报道", "论文");
        JsonNode rows = http().postJson("/api/cypher", Map.of("query", "MATCH (d:Document) WHERE d.kind IS NOT NULL RETURN DISTINCT d.kind AS kind",
                "params", Map.of()), Map.of()).json().get("rows");
        List<String> inGraph = texts(rows, "kind");
        assertThat(inGraph).isNotEmpty();
        assertThat(texts(model.get("documentKinds"), "kind")).containsAll(inGraph);
    }

    @Test
    void theExplorerPageReadsTheVocabulariesInsteadOfRepeatingThem() throws IOException {
        String page = new ClassPathResource("static/app.js").getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/api/model");
        // the board order lives in Java only: the page names no board
        assertThat(page).doesNotContain("东部地区", "中部地区", "西部地区", "东北地区");
        // and holds no list of relation types or kinds of its own (colours keyed by them are presentation)
        assertThat(page).doesNotContain("const RELATIONS = [", "const BOARDS = [", "['Region', 'Strategy', 'Mechanism']");
        assertThat(http().get("/app.js").body()).isEqualTo(page);
    }
}
