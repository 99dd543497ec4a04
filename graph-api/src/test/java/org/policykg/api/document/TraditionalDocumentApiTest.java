package org.policykg.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;

import tools.jackson.databind.JsonNode;

/**
 * A document written in traditional characters through the API: read as simplified (entities and relations with
 * simplified names), shown as written (evidence and search hits), and found by traditional and simplified names.
 */
@PolicyKgTest
class TraditionalDocumentApiTest extends ApiTestSupport {

    private static final String EVIDENCE = "健全區際利益補償機制，支持遼寧與江蘇深化對口合作，服務東北全面振興。";
    private static final String TEXT = "一、完善區際利益補償機制\n\n" + EVIDENCE + "\n";

    @Test
    void aTraditionalDocumentIsFoundByEitherScriptAndCitedAsWritten() {
        Http.Response created = http().postJson("/api/documents", Map.of("title", "區際利益補償", "text", TEXT), KEY);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        try {
            JsonNode document = http().get("/api/documents/" + id).json();
            assertThat(document.get("document").get("script").asString()).isEqualTo("traditional");
            assertThat(document.get("entities")).extracting(e -> e.get("name").asString())
                    .contains("区际利益补偿机制", "辽宁", "江苏", "东北全面振兴");

            Http.Response liaoning = http().get("/api/entities/lookup", Map.of("name", "遼寧"));
            assertThat(liaoning.status()).isEqualTo(200);
            assertThat(liaoning.json().get("name").asString()).isEqualTo("辽宁");
            assertThat(http().get("/api/entities/lookup", Map.of("name", "遼寧省")).json().get("name").asString()).isEqualTo("辽宁");

            JsonNode relations = http().get("/api/entities/" + liaoning.json().get("id").asString() + "/relations",
                    Map.of("type", "SERVES", "direction", "in", "evidenceLimit", "100")).json().get("items");
            List<String> evidence = new ArrayList<>();
            relations.forEach(r -> {
                if (r.get("other").get("name").asString().equals("区际利益补偿机制")) {
                    r.get("evidence").forEach(e -> {
                        if (e.get("documentId").asString().equals(id)) {
                            evidence.add(e.get("sentence").asString());
                        }
                    });
                }
            });
            assertThat(evidence).contains(EVIDENCE);

            JsonNode mechanisms = http().get("/api/entities", Map.of("q", "補償", "type", "Mechanism")).json().get("items");
            assertThat(mechanisms).extracting(m -> m.get("name").asString()).contains("区际利益补偿机制");

            JsonNode bySimplified = http().get("/api/search", Map.of("q", "区际利益补偿")).json();
            assertThat(bySimplified.get("sentences")).anySatisfy(s -> {
                assertThat(s.get("documentId").asString()).isEqualTo(id);
                assertThat(s.get("sentence").asString()).isEqualTo(EVIDENCE);
            });
            JsonNode byTraditional = http().get("/api/search", Map.of("q", "區際利益補償")).json();
            assertThat(byTraditional.get("entities")).extracting(e -> e.get("name").asString()).contains("区际利益补偿机制");
            assertThat(byTraditional.get("sentences")).extracting(s -> s.get("sentence").asString())
                    .contains(EVIDENCE).anyMatch(s -> s.contains("区际利益补偿")); // the corpus says it in simplified
        } finally {
            assertThat(http().delete("/api/documents/" + id, KEY).status()).isEqualTo(204);
        }
    }

    @Test
    void aTraditionalQueryFindsTheSimplifiedCorpus() {
        JsonNode r = http().get("/api/search", Map.of("q", "長三角")).json();
        assertThat(r.get("query").asString()).isEqualTo("長三角");
        assertThat(r.get("entities").get(0).get("name").asString()).isEqualTo("长三角");
        assertThat(r.get("sentences")).isNotEmpty().allSatisfy(s -> assertThat(s.get("sentence").asString()).contains("长三角"));
        assertThat(http().get("/api/documents").json().get("items"))
                .allSatisfy(d -> assertThat(d.get("script").asString()).isEqualTo("simplified"));
    }
}
