package org.policykg.api.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;

import tools.jackson.databind.JsonNode;

/** GET /api/ask on the real embedded Neo4j with the corpus: how questions are read, answered, cited and refused. */
@PolicyKgTest
class AskApiTest extends ApiTestSupport {

    private JsonNode ask(String question) {
        Http.Response r = http().get("/api/ask", Map.of("q", question));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> names(JsonNode answer) {
        return answer.get("answer").get("items").valueStream().map(i -> i.get("name").asString()).toList();
    }

    @Test
    void everyExampleOfTheCueFileIsReadAsItsIntent() {
        for (AskCues.Example example : AskCues.standard().examples()) {
            JsonNode answer = ask(example.q());
            String intent = answer.get("understood").asBoolean() ? answer.get("intent").asString() : "none";
            assertThat(intent).as(example.q() + " → " + answer.get("answer").get("text").asString()).isEqualTo(example.intent());
        }
    }

    @Test
    void mechanismsServingABoardComeWithSentencesAndTheCypherThatRan() {
        JsonNode answer = ask("哪些机制服务西部地区？");
        assertThat(answer.get("understood").asBoolean()).isTrue();
        assertThat(answer.get("entities")).extracting(e -> e.get("name").asString()).containsExactly("西部地区");
        // 东西部协作机制 serves 西部地区 directly; 区域板块差异化发展机制 too; roll-up adds the mechanisms of regions inside it
        assertThat(names(answer)).contains("东西部协作机制", "区域板块差异化发展机制", "国土空间优化发展保障机制");
        assertThat(answer.get("answer").get("text").asString()).startsWith("服务西部地区的机制有 " + names(answer).size() + " 个：");
        assertThat(answer.get("evidence")).isNotEmpty();
        assertThat(answer.get("evidence")).allSatisfy(e -> {
            assertThat(e.get("sentence").asString()).isNotBlank();
            assertThat(e.get("documentTitle").asString()).isNotBlank();
            assertThat(names(answer)).contains(e.get("about").asString());
        });
        assertThat(answer.get("cypher").asString()).contains("MATCH (m:Mechanism)-[r:SERVES]->(x)").doesNotContain(":param");
        assertThat(answer.get("params").get("targets")).extracting(JsonNode::asString).containsExactly(idOf("西部地区"));
        // the Cypher and parameters, run as they are through the read-only Cypher endpoint, give the same mechanisms
        Http.Response rerun = http().postJson("/api/cypher", Map.of("query", answer.get("cypher").asString(),
                "params", new tools.jackson.databind.ObjectMapper().convertValue(answer.get("params"), Map.class)), Map.of());
        assertThat(rerun.status()).as(rerun.body()).isEqualTo(200);
        assertThat(rerun.json().get("rows").valueStream().map(r -> r.get("name").asString()).toList())
                .containsExactlyElementsOf(names(answer));
    }

    @Test
    void traditionalCharactersAndPhrasingVariantsGiveTheSameAnswer() {
        List<String> simplified = names(ask("哪些机制服务西部地区？"));
        assertThat(names(ask("哪些機制服務西部地區？"))).isEqualTo(simplified);
        assertThat(names(ask("面向西部的制度安排有哪些"))).isEqualTo(simplified);
        assertThat(names(ask("请列出支持西部地区的机制"))).isEqualTo(simplified);
        JsonNode count = ask("有多少个机制服务西部地区？");
        assertThat(count.get("intent").asString()).isEqualTo("MECHANISMS_SERVING");
        assertThat(count.get("answer").get("text").asString()).contains(simplified.size() + " 个");
    }

    @Test
    void aPeriodInTheQuestionFiltersByTheDocumentsDates() {
        // 2024: the corpus's only 2024 document on boards (光明日报) states one mechanism for them
        JsonNode answer = ask("2024年哪些机制服务东部地区？");
        assertThat(answer.get("period").get("from").asString()).isEqualTo("2024");
        assertThat(answer.get("params").get("from").asString()).isEqualTo("2024-01-01");
        assertThat(answer.get("params").get("to").asString()).isEqualTo("2024-12-31");
        assertThat(names(answer)).containsExactly("区域协调发展战略机制");
        assertThat(answer.get("answer").get("text").asString()).startsWith("在2024年的文件中，");
        assertThat(names(ask("哪些机制服务东部地区？")).size()).isGreaterThan(1);
    }

    @Test
    void unknownNamesAndQuestionsNoQueryAnswersAreRefusedWithHelp() {
        JsonNode mars = ask("哪些机制服务火星地区？");
        assertThat(mars.get("understood").asBoolean()).isFalse();
        assertThat(mars.get("unknown")).extracting(JsonNode::asString).containsExactly("火星地区");
        assertThat(mars.get("answer").get("items")).isEmpty();
        assertThat(mars.get("examples")).isNotEmpty();
        assertThat(mars.has("cypher")).isFalse();

        // a name the graph lacks that ends in one it holds is refused, not answered for the shorter name
        JsonNode midWest = ask("哪些机制服务中西部地区？");
        assertThat(midWest.get("understood").asBoolean()).isFalse();
        assertThat(midWest.get("unknown")).extracting(JsonNode::asString).containsExactly("中西部地区");

        JsonNode similar = ask("哪些机制服务西部地带？");
        assertThat(similar.get("understood").asBoolean()).isFalse();

        assertThat(ask("今天天气怎么样？").get("understood").asBoolean()).isFalse();
        JsonNode why = ask("为什么西部地区需要区际利益补偿机制？");
        assertThat(why.get("understood").asBoolean()).isFalse();
        assertThat(why.get("reason").asString()).contains("为什么");
        JsonNode unknownMechanism = ask("碳排放权交易机制服务哪些地区？");
        assertThat(unknownMechanism.get("unknown")).extracting(JsonNode::asString).containsExactly("碳排放权交易机制");
        assertThat(unknownMechanism.get("suggestions")).extracting(JsonNode::asString).isNotEmpty().allMatch(s -> s.endsWith("机制"));
    }

    @Test
    void relationsBetweenTwoEntitiesAndWhereAPairIsStated() {
        JsonNode relation = ask("西部地区和西部大开发有什么关系？");
        assertThat(relation.get("intent").asString()).isEqualTo("RELATION_BETWEEN");
        assertThat(names(relation)).containsExactly("西部大开发 覆盖 西部地区");
        JsonNode pair = ask("哪里说区际利益补偿机制服务边境地区？");
        assertThat(pair.get("intent").asString()).isEqualTo("PAIR_EVIDENCE");
        assertThat(names(pair)).containsExactly("区际利益补偿机制 服务 边境地区");
        assertThat(pair.get("evidence").get(0).get("sentence").asString()).contains("区际利益补偿机制", "边境地区");
        JsonNode none = ask("区际利益补偿机制服务东北地区吗？");
        assertThat(none.get("understood").asBoolean()).isTrue();
        assertThat(names(none)).isEmpty();
        assertThat(none.get("answer").get("text").asString()).isEqualTo("没有文件陈述区际利益补偿机制与东北地区之间的关系。");
    }

    @Test
    void badQuestionsAreProblemDetails() {
        Http.Response blank = http().get("/api/ask", Map.of("q", "  "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.json().get("detail").asString()).contains("q must be a question");
        assertThat(http().get("/api/ask").status()).isEqualTo(400);
        Http.Response longText = http().get("/api/ask", Map.of("q", "西部地区".repeat(60)));
        assertThat(longText.status()).isEqualTo(400);
        assertThat(longText.json().get("detail").asString()).contains("at most 200");
        Http.Response badMonth = http().get("/api/ask", Map.of("q", "2025年13月哪些机制服务西部地区"));
        assertThat(badMonth.status()).isEqualTo(200);
        assertThat(badMonth.json().get("understood").asBoolean()).isFalse();
    }
}
