package org.policykg.api.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

@PolicyKgTest
class EntityApiTest extends ApiTestSupport {

    @Autowired
    Driver driver;

    @Test
    void listsEntitiesOfATypeWithPaging() {
        Http.Response r = http().get("/api/entities", Map.of("type", "Mechanism", "page", "0", "size", "5"));
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("items")).hasSize(5);
        assertThat(body.get("total").asLong()).isGreaterThan(20);
        assertThat(body.get("page").asInt()).isZero();
        for (JsonNode item : body.get("items")) {
            assertThat(item.get("type").asString()).isEqualTo("Mechanism");
            assertThat(item.get("mentions").asLong()).isPositive();
            assertThat(item.has("aliases")).isTrue();
        }
        Http.Response second = http().get("/api/entities", Map.of("type", "Mechanism", "page", "1", "size", "5"));
        assertThat(second.json().get("items").get(0).get("id")).isNotEqualTo(body.get("items").get(0).get("id"));
    }

    @Test
    void mostMentionedFirstThenByNameAcrossPagesWithTrueCounts() {
        JsonNode all = http().get("/api/entities", Map.of("type", "Region", "size", "500")).json();
        List<JsonNode> items = new ArrayList<>();
        all.get("items").forEach(items::add);
        assertThat(items).hasSize(all.get("total").asInt());
        for (int i = 1; i < items.size(); i++) {
            JsonNode before = items.get(i - 1);
            JsonNode after = items.get(i);
            long a = before.get("mentions").asLong();
            long b = after.get("mentions").asLong();
            assertThat(a).as(before.get("name") + " before " + after.get("name")).isGreaterThanOrEqualTo(b);
            if (a == b) {
                assertThat(before.get("name").asString()).isLessThan(after.get("name").asString());
            }
        }
        // the counts are the sentences that mention the entity, and the order is not the same for every count
        assertThat(items.get(0).get("mentions").asLong()).isGreaterThan(items.get(items.size() - 1).get("mentions").asLong());
        try (Session session = driver.session()) {
            for (JsonNode item : List.of(items.get(0), items.get(items.size() / 2), items.get(items.size() - 1))) {
                long mentions = session.run("MATCH (s:Sentence)-[:MENTIONS]->(e:Entity {id: $id}) RETURN count(s) AS n",
                        Map.of("id", item.get("id").asString())).single().get("n").asLong();
                assertThat(item.get("mentions").asLong()).as(item.get("name").asString()).isEqualTo(mentions);
            }
        }
        // pages are slices of the same order
        JsonNode page2 = http().get("/api/entities", Map.of("type", "Region", "page", "2", "size", "7")).json().get("items");
        assertThat(page2).extracting(i -> i.get("id").asString())
                .containsExactlyElementsOf(items.subList(14, 21).stream().map(i -> i.get("id").asString()).toList());
    }

    @Test
    void filtersByTextAndShowsRegionKinds() {
        JsonNode items = http().get("/api/entities", Map.of("q", "地区", "type", "Region", "size", "100")).json().get("items");
        List<String> boards = new ArrayList<>();
        items.forEach(i -> {
            if ("Board".equals(i.get("kind").asString(null))) {
                boards.add(i.get("name").asString());
            }
        });
        assertThat(boards).containsExactlyInAnyOrder("东部地区", "中部地区", "西部地区", "东北地区");
    }

    @Test
    void looksUpAliasesAndReadsOneEntity() {
        Http.Response alias = http().get("/api/entities/lookup", Map.of("name", "长江三角洲地区"));
        assertThat(alias.status()).isEqualTo(200);
        assertThat(alias.json().get("name").asString()).isEqualTo("长三角");
        String id = alias.json().get("id").asString();
        JsonNode one = http().get("/api/entities/" + id).json();
        assertThat(one.get("name").asString()).isEqualTo("长三角");
        assertThat(one.get("kind").asString()).isEqualTo("CityCluster");
    }

    @Test
    void unknownIdsAndNamesAre404AndBadTypes400AsProblems() {
        Http.Response missing = http().get("/api/entities/r-000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("detail").asString()).contains("r-000000000000");
        assertThat(http().get("/api/entities/lookup", Map.of("name", "不存在的地区")).status()).isEqualTo(404);
        Http.Response badType = http().get("/api/entities", Map.of("type", "Planet"));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.contentType()).startsWith("application/problem+json");
        assertThat(http().get("/api/entities", Map.of("size", "0")).status()).isEqualTo(400);
    }
}
