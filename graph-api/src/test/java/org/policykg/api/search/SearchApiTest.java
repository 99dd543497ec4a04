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
        // read as Lucene, "*:*" would match every node and "-一体化" would exclude the word; taken literally the
        // punctuation is not indexed (cjk analyzer), "OR" is a stop word, and what is left is the plain search
        assertSameHits("机制) OR (*:*", "机制");
        assertSameHits("长三角 -一体化", "长三角 一体化");
        JsonNode both = http().get("/api/search", Map.of("q", "长三角 -一体化")).json();
        assertThat(both.get("sentences")).isNotEmpty().allSatisfy(s ->
                assertThat(s.get("sentence").asString()).contains("长三角", "一体化"));
        assertThat(http().get("/api/search", Map.of("q", " ")).status()).isEqualTo(400);
    }

    private void assertSameHits(String typed, String literal) {
        Http.Response r = http().get("/api/search", Map.of("q", typed));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode expected = http().get("/api/search", Map.of("q", literal)).json();
        assertThat(expected.get("entities")).as(literal).isNotEmpty();
        assertThat(expected.get("sentences")).as(literal).isNotEmpty();
        assertThat(r.json().get("entities")).as(typed).isEqualTo(expected.get("entities"));
        assertThat(r.json().get("sentences")).as(typed).isEqualTo(expected.get("sentences"));
    }
}
