package org.policykg.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;

import tools.jackson.databind.JsonNode;

/**
 * Document metadata through the API, on the real embedded Neo4j: the development documents of the meta stage
 * (ingest's {@code src/test/resources/meta}: three issuers and a joint issue, six kinds, 2022 to 2025, a report with a
 * 日前 dateline, one with no year and one with no date) posted as text, shown and filtered by issuer, kind and period.
 */
@PolicyKgTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentMetadataApiTest extends ApiTestSupport {

    private static final Path META = Path.of("..", "ingest", "src", "test", "resources", "meta");
    private final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    void postTheDevelopmentDocuments() throws IOException {
        for (String name : List.of("m1_guofa_yijian", "m2_fgw_tongzhi", "m3_zhongyang_yijian", "m4_sheng_fangan",
                "m5_guihua_zhang", "m6_xinwen_riqian", "m7_xinwen_wunian", "m8_qikan_lunwen")) {
            String text = Files.readString(META.resolve(name + ".txt"));
            Http.Response r = http().postJson("/api/documents", Map.of("title", name, "key", "meta-" + name, "text", text), KEY);
            assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(201);
            ids.put(name, r.json().get("id").asString());
        }
    }

    @AfterAll
    void deleteThem() {
        ids.values().forEach(id -> assertThat(http().delete("/api/documents/" + id, KEY).status()).isEqualTo(204));
    }

    private JsonNode document(String name) {
        return http().get("/api/documents/" + ids.get(name)).json().get("document");
    }

    /** The posted documents a filtered list names (the corpus is in the list too). */
    private List<String> listed(Map<String, String> query) {
        Http.Response r = http().get("/api/documents", query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode d : r.json().get("items")) {
            ids.forEach((name, id) -> {
                if (id.equals(d.get("id").asString())) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    @Test
    void anOfficialDocumentsHeaderAndSignatureGiveIssuerNumberAndDateExactly() {
        JsonNode d = document("m1_guofa_yijian");
        assertThat(d.get("issuers")).extracting(JsonNode::asString).containsExactly("国务院");
        assertThat(d.get("number").asString()).isEqualTo("国发〔2025〕9号");
        assertThat(d.get("date").asString()).isEqualTo("2025-04-18");
        assertThat(d.get("datePrecision").asString()).isEqualTo("DAY");
        assertThat(d.get("year").asInt()).isEqualTo(2025);
        assertThat(d.get("kind").asString()).isEqualTo("OPINION");

        JsonNode joint = document("m3_zhongyang_yijian");
        assertThat(joint.get("issuers")).extracting(JsonNode::asString).containsExactly("中共中央", "国务院");
        assertThat(joint.get("date").asString()).isEqualTo("2023-11-05");
        assertThat(document("m5_guihua_zhang").get("date").asString()).isEqualTo("2022-10");
        assertThat(document("m5_guihua_zhang").get("datePrecision").asString()).isEqualTo("MONTH");
    }

    @Test
    void reportsAndArticlesCarryAuthorsVenueAndOnlyTheDateTheyState() {
        JsonNode report = document("m6_xinwen_riqian");
        assertThat(report.get("kind").asString()).isEqualTo("REPORT");
        assertThat(report.get("date").asString()).isEqualTo("2025-06-13");
        assertThat(report.get("venue").asString()).isEqualTo("经济日报");
        assertThat(report.get("authors")).extracting(JsonNode::asString).containsExactly("周海宁");
        assertThat(report.get("issuers")).isEmpty();
        JsonNode noYear = document("m7_xinwen_wunian");
        assertThat(noYear.get("date").isNull()).isTrue();
        assertThat(noYear.get("year").isNull()).isTrue();
        JsonNode article = document("m8_qikan_lunwen");
        assertThat(article.get("authors")).extracting(JsonNode::asString).containsExactly("方志远", "唐韵秋");
        assertThat(article.get("venue").asString()).isEqualTo("区域发展研究");
        assertThat(article.get("date").asString()).isEqualTo("2023");
    }

    @Test
    void theListShowsTheFieldsAndFiltersByIssuerAndKind() {
        Http.Response all = http().get("/api/documents");
        JsonNode m2 = null;
        for (JsonNode d : all.json().get("items")) {
            if (d.get("id").asString().equals(ids.get("m2_fgw_tongzhi"))) {
                m2 = d;
            }
        }
        assertThat(m2).isNotNull();
        assertThat(m2.get("number").asString()).isEqualTo("发改地区〔2024〕1532号");
        assertThat(m2.get("kind").asString()).isEqualTo("NOTICE");
        assertThat(listed(Map.of("issuer", "国务院"))).containsExactlyInAnyOrder("m1_guofa_yijian", "m3_zhongyang_yijian");
        assertThat(listed(Map.of("issuer", "中共中央"))).containsExactly("m3_zhongyang_yijian");
        assertThat(listed(Map.of("issuer", "国家发展改革委"))).containsExactly("m2_fgw_tongzhi");
        assertThat(listed(Map.of("kind", "OPINION"))).containsExactlyInAnyOrder("m1_guofa_yijian", "m3_zhongyang_yijian");
        assertThat(listed(Map.of("kind", "方案"))).containsExactly("m4_sheng_fangan");
        assertThat(listed(Map.of("kind", "report"))).containsExactlyInAnyOrder("m6_xinwen_riqian", "m7_xinwen_wunian");
        assertThat(listed(Map.of("issuer", "国务院", "kind", "NOTICE"))).isEmpty();
    }

    @Test
    void periodsOverlapEachDocumentsDateAtItsPrecisionAndSkipUndatedDocuments() {
        assertThat(listed(Map.of("from", "2024", "to", "2024"))).containsExactlyInAnyOrder("m2_fgw_tongzhi", "m4_sheng_fangan");
        assertThat(listed(Map.of("from", "2024-06-13", "to", "2024-10-22"))).containsExactly("m2_fgw_tongzhi");
        assertThat(listed(Map.of("from", "2025"))).containsExactlyInAnyOrder("m1_guofa_yijian", "m6_xinwen_riqian");
        assertThat(listed(Map.of("to", "2022-10-31"))).containsExactly("m5_guihua_zhang"); // 2022-10: the month overlaps
        assertThat(listed(Map.of("from", "2022-10-31", "to", "2022-12"))).containsExactly("m5_guihua_zhang");
        // the article of 2023 (a year) overlaps any part of 2023; the 意见 of 2023-11-05 only periods holding that day
        assertThat(listed(Map.of("from", "2022-11", "to", "2023-06"))).containsExactly("m8_qikan_lunwen");
        assertThat(listed(Map.of("from", "2023-11-06", "to", "2023-12-31"))).containsExactly("m8_qikan_lunwen");
        assertThat(listed(Map.of("from", "2023", "to", "2023-11-05"))).containsExactlyInAnyOrder("m3_zhongyang_yijian", "m8_qikan_lunwen");
        assertThat(listed(Map.of("from", "1900", "to", "2100"))).doesNotContain("m7_xinwen_wunian").hasSize(7);
        // the corpus carries its manifest's dates: 光明日报 of 2024-12-26 and the journal issue of March 2024
        Http.Response corpus2024 = http().get("/api/documents", Map.of("from", "2024", "to", "2024"));
        assertThat(corpus2024.json().get("items")).extracting(d -> d.get("key").asString()).contains("art-001", "art-003")
                .doesNotContain("art-000", "art-002", "art-004");
    }

    @Test
    void badPeriodsAndKindsAreProblems() {
        for (Map<String, String> bad : List.of(Map.of("from", "2025", "to", "2024"), Map.of("from", "2024-07-01", "to", "2024-06"),
                Map.of("from", "2024-13"), Map.of("to", "yesterday"), Map.of("from", "2025-02-30"), Map.of("kind", "memo"))) {
            Http.Response r = http().get("/api/documents", bad);
            assertThat(r.status()).as(bad.toString()).isEqualTo(400);
            assertThat(r.contentType()).as(bad.toString()).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asString()).as(bad.toString()).isNotBlank();
        }
        assertThat(http().get("/api/documents", Map.of("from", "2025", "to", "2024")).json().get("detail").asString())
                .isEqualTo("from (2025) is after to (2024)");
        assertThat(http().get("/api/documents", Map.of("from", "2024-06", "to", "2024-06")).status()).isEqualTo(200);
    }

    @Test
    void givenFieldsWinOverTheTextAndBadGivenValuesChangeNothing() throws IOException {
        String text = Files.readString(META.resolve("m9_wu_riqi.txt"));
        Http.Response bad = http().postJson("/api/documents", Map.of("title", "决定", "text", text, "date", "2026-02-30"), KEY);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(http().postJson("/api/documents", Map.of("title", "决定", "text", text, "kind", "memo"), KEY).status()).isEqualTo(400);

        Http.Response r = http().postJson("/api/documents", Map.of("title", "决定", "text", text, "date", "2026-01",
                "issuer", "赣州市人民政府办公室", "number", "赣市府字〔2026〕3号"), KEY);
        assertThat(r.status()).isEqualTo(201);
        String id = r.json().get("id").asString();
        try {
            JsonNode d = http().get("/api/documents/" + id).json().get("document");
            assertThat(d.get("issuers")).extracting(JsonNode::asString).containsExactly("赣州市人民政府办公室");
            assertThat(d.get("number").asString()).isEqualTo("赣市府字〔2026〕3号");
            assertThat(d.get("date").asString()).isEqualTo("2026-01");
            assertThat(d.get("datePrecision").asString()).isEqualTo("MONTH");
            assertThat(d.get("kind").asString()).isEqualTo("DECISION"); // not given: read from its title
        } finally {
            assertThat(http().delete("/api/documents/" + id, KEY).status()).isEqualTo(204);
        }
    }
}
