package org.policykg.api.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.api.PeriodFixture.BORDER;
import static org.policykg.api.PeriodFixture.COMPUTE;
import static org.policykg.api.PeriodFixture.FISHERY;
import static org.policykg.api.PeriodFixture.ICE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * An entity's timeline and a type's first appearances, on the real embedded Neo4j with the corpus and
 * {@link PeriodFixture} (a 2019 notice, a 2025 opinion, an undated text).
 */
@PolicyKgTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineApiTest extends ApiTestSupport {

    private PeriodFixture fixture;

    @BeforeAll
    void post() {
        fixture = PeriodFixture.post(http());
    }

    @AfterAll
    void remove() {
        fixture.remove();
    }

    private JsonNode timeline(String name, Map<String, String> query) {
        Http.Response r = http().get("/api/entities/" + idOf(name) + "/timeline", query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aMechanismsYearsHoldTheirDocumentsSentencesAndTheBoardsItServes() {
        JsonNode ice = timeline(ICE, Map.of());
        assertThat(ice.get("entity").get("name").asString()).isEqualTo(ICE);
        assertThat(ice.get("first").get("year").asInt()).isEqualTo(2019);
        assertThat(ice.get("first").get("date").asString()).isEqualTo("2019-06-12");
        assertThat(ice.get("first").get("documentId").asString()).isEqualTo(fixture.id(PeriodFixture.OLD));
        assertThat(ice.get("years")).extracting(y -> y.get("year").asInt()).containsExactly(2019, 2025);
        JsonNode y2019 = ice.get("years").get(0);
        assertThat(y2019.get("documents")).extracting(d -> d.get("title").asString()).containsExactly(PeriodFixture.OLD);
        assertThat(y2019.get("documents").get(0).get("issuers")).extracting(JsonNode::asString).containsExactly(PeriodFixture.OLD_ISSUER);
        assertThat(y2019.get("sentences").asLong()).isEqualTo(1);
        assertThat(y2019.get("evidence")).singleElement().satisfies(e -> {
            assertThat(e.get("sentence").asString()).startsWith("建立冰雪旅游联营机制");
            assertThat(e.get("documentTitle").asString()).isEqualTo(PeriodFixture.OLD);
            assertThat(e.get("section").asString()).contains("冰雪经济");
        });
        assertThat(y2019.get("boards")).extracting(b -> b.get("name").asString() + " " + b.get("sentences").asLong())
                .containsExactly("东北地区 1");
        assertThat(y2019.get("regions")).isEmpty();
        JsonNode y2025 = ice.get("years").get(1);
        assertThat(y2025.get("evidence")).singleElement()
                .satisfies(e -> assertThat(e.get("sentence").asString()).startsWith("完善冰雪旅游联营机制"));
        assertThat(ice.get("undated").isNull()).isTrue();

        // a year per document year: the compute mechanism only in 2025, the border one only in 2019
        assertThat(timeline(COMPUTE, Map.of()).get("years")).singleElement().satisfies(y -> {
            assertThat(y.get("year").asInt()).isEqualTo(2025);
            assertThat(y.get("boards")).extracting(b -> b.get("name").asString()).containsExactly("西部地区");
        });
        assertThat(timeline(BORDER, Map.of()).get("first").get("date").asString()).isEqualTo("2019-06-12");
    }

    @Test
    void undatedDocumentsHaveNoYearAndGiveNoFirstAppearance() {
        JsonNode fishery = timeline(FISHERY, Map.of());
        assertThat(fishery.get("years")).isEmpty();
        assertThat(fishery.get("first").isNull()).isTrue();
        assertThat(fishery.get("undated").get("documents")).extracting(d -> d.get("title").asString())
                .containsExactly(PeriodFixture.UNDATED);
        assertThat(fishery.get("undated").get("boards")).extracting(b -> b.get("name").asString()).containsExactly("东部地区");
    }

    @Test
    void aBoardsTimelineSpansTheCorpusYearsWithCappedEvidence() {
        JsonNode west = timeline("西部地区", Map.of("evidenceLimit", "2"));
        // the corpus: 2024 (光明日报, the journal issue of March), 2025 (区域经济评论); the fixture: 2019 and 2025
        assertThat(west.get("years")).extracting(y -> y.get("year").asInt()).containsExactly(2019, 2024, 2025);
        assertThat(west.get("years")).allSatisfy(y -> {
            assertThat(y.get("evidence").size()).isLessThanOrEqualTo(2);
            assertThat(y.get("sentences").asLong()).isGreaterThanOrEqualTo(y.get("evidence").size());
            assertThat(y.get("boards")).isEmpty(); // a region serves nothing
        });
        JsonNode y2024 = west.get("years").get(1);
        assertThat(y2024.get("documents")).extracting(d -> d.get("date").asString()).containsExactly("2024-03", "2024-12-26");
        assertThat(y2024.get("sentences").asLong()).isGreaterThan(2);
        assertThat(west.get("undated").get("documents")).isNotEmpty(); // art-000 carries no date
        assertThat(timeline("西部地区", Map.of("evidenceLimit", "0")).get("years")).allSatisfy(y -> assertThat(y.get("evidence")).isEmpty());
    }

    @Test
    void theFirstYearOfEachMechanismWithItsFirstDocument() {
        Http.Response r = http().get("/api/timeline", Map.of("type", "Mechanism"));
        assertThat(r.status()).isEqualTo(200);
        JsonNode years = r.json().get("years");
        assertThat(r.json().get("type").asString()).isEqualTo("Mechanism");
        assertThat(years).extracting(y -> y.get("year").asInt()).startsWith(2019).isSorted();
        Map<String, JsonNode> first = new HashMap<>();
        Map<String, Integer> yearOf = new HashMap<>();
        years.forEach(y -> y.get("entities").forEach(e -> {
            first.put(e.get("name").asString(), e);
            yearOf.put(e.get("name").asString(), y.get("year").asInt());
        }));
        assertThat(yearOf).containsEntry(ICE, 2019).containsEntry(BORDER, 2019).containsEntry(COMPUTE, 2025).doesNotContainKey(FISHERY);
        assertThat(first.get(ICE).get("documentId").asString()).isEqualTo(fixture.id(PeriodFixture.OLD));
        assertThat(first.get(ICE).get("documents").asLong()).isEqualTo(2);
        // the same first appearance as each mechanism's own timeline, for every mechanism of a sample
        for (String name : List.of(ICE, COMPUTE, "区际利益补偿机制", "区域板块差异化发展机制")) {
            JsonNode own = timeline(name, Map.of()).get("first");
            assertThat(yearOf.get(name)).as(name).isEqualTo(own.get("year").asInt());
            assertThat(first.get(name).get("documentId").asString()).as(name).isEqualTo(own.get("documentId").asString());
        }
        // regions work too; an unknown type is a problem
        assertThat(http().get("/api/timeline", Map.of("type", "Region")).json().get("years")).isNotEmpty();
        Http.Response bad = http().get("/api/timeline", Map.of("type", "Person"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownEntityIsAProblem() {
        Http.Response r = http().get("/api/entities/m-000000000000/timeline");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }
}
