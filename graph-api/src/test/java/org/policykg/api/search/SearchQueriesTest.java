package org.policykg.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policykg.api.QueryTestGraph;
import org.policykg.api.evidence.Period;
import org.springframework.data.neo4j.core.Neo4jClient;

/** {@link SearchQueries} against the fixture graph's full-text indexes. */
@ExtendWith(QueryTestGraph.class)
class SearchQueriesTest {

    private final SearchQueries queries;

    SearchQueriesTest(Neo4jClient neo4j) {
        this.queries = new SearchQueries(neo4j);
    }

    @Test
    void entitiesByNameAndAliasWithTheirMentions() {
        List<SearchQueries.EntityHit> hits = queries.entities("\"补偿\"", 10, Period.ALL);
        assertThat(hits).extracting(SearchQueries.EntityHit::name).containsExactly("区际利益补偿机制");
        assertThat(hits.get(0).mentions()).isEqualTo(3);
        assertThat(hits.get(0).score()).isPositive();
        assertThat(queries.entities("\"蓉城\"", 10, Period.ALL)).extracting(SearchQueries.EntityHit::id).containsExactly("r-cd");
    }

    @Test
    void sentencesOnlyFromZonesThatStateFactsBestFirst() {
        // s7 says 补偿 too, but it is a 抄送 line (OFFICIAL_MARKS)
        List<SearchQueries.SentenceHit> hits = queries.sentences("\"补偿\"", 10, Period.ALL);
        assertThat(hits).extracting(SearchQueries.SentenceHit::sentence).containsExactlyInAnyOrder(
                "成都建立区际利益补偿机制。", "区际利益补偿机制服务成都。", "四川成都等西部地区完善区际利益补偿机制。");
        assertThat(hits).extracting(SearchQueries.SentenceHit::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.documentTitle()).isEqualTo("文件甲");
            assertThat(h.section()).isEqualTo("一、总体要求 / （一）补偿");
        });
        // a traditional sentence is found by its simplified form, and shown as written
        assertThat(queries.sentences("\"对口支援\"", 10, Period.ALL)).extracting(SearchQueries.SentenceHit::sentence)
                .containsExactly("廈門對口支援臨夏州。");
    }
}
