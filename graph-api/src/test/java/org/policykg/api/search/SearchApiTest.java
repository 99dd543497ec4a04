package org.policykg.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;

import tools.jackson.databind.JsonNode;

@PolicyKgTest
class SearchApiTest extends ApiTestSupport {

    @Test
    void findsEntitiesAndSentencesInChineseRankedByScore() {
        JsonNode r = http().get("/api/search", Map.of("q", "长三角")).json();
        JsonNode entities = r.get("entities");
        assertThat(entities.get(0).get("name").asString()).isEqualTo("长三角");
        assertThat(entities).extracting(e -> e.get("name").asString()).contains("长三角一体化发展");
        assertThat(r.get("sentences")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("sentence").asString()).contains("长三角");
            assertThat(s.get("documentTitle").asString()).isNotBlank();
        });
        double previous = Double.MAX_VALUE;
        for (JsonNode s : r.get("sentences")) {
            assertThat(s.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = s.get("score").asDouble();
        }
    }

    @Test
    void luceneSyntaxInTheQueryIsTakenLiterallyAndEmptyIs400() {
        Http.Response r = http().get("/api/search", Map.of("q", "机制) OR (*:*"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(http().get("/api/search", Map.of("q", " ")).status()).isEqualTo(400);
    }
}
