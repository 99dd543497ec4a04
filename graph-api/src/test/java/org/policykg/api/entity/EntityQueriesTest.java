package org.policykg.api.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policykg.api.QueryTestGraph;
import org.springframework.data.neo4j.core.Neo4jClient;

/** {@link EntityQueries} against the fixture graph: order, counts, paging, filters, look-up. */
@ExtendWith(QueryTestGraph.class)
class EntityQueriesTest {

    private final EntityQueries queries;

    EntityQueriesTest(Neo4jClient neo4j) {
        this.queries = new EntityQueries(neo4j);
    }

    @Test
    void mostMentionedFirstThenByNameWithTheTotalAndPages() {
        EntityQueries.Slice all = queries.list(null, null, 0, 50);
        assertThat(all.total()).isEqualTo(13);
        assertThat(all.items()).extracting(EntitySummary::name).startsWith(
                "区际利益补偿机制", "成都", "东部地区", "区域板块差异化发展机制", "西部地区").endsWith("东北地区");
        assertThat(all.items()).extracting(EntitySummary::mentions).startsWith(3L, 3L, 2L, 2L, 2L).endsWith(0L);
        assertThat(queries.list(null, null, 2, 3).items()).extracting(EntitySummary::name)
                .containsExactly("东部地区", "区域板块差异化发展机制", "西部地区");
        assertThat(queries.list(null, null, 12, 5).items()).extracting(EntitySummary::name).containsExactly("东北地区");
    }

    @Test
    void filtersByTypeAndByNameOrAlias() {
        EntityQueries.Slice mechanisms = queries.list("Mechanism", null, 0, 2);
        assertThat(mechanisms.total()).isEqualTo(4);
        assertThat(mechanisms.items()).extracting(EntitySummary::name).containsExactly("区际利益补偿机制", "区域板块差异化发展机制");
        // 蓉城 is only an alias of 成都; 补偿 is in a name
        assertThat(queries.list(null, List.of("蓉城"), 0, 50).items()).extracting(EntitySummary::name).containsExactly("成都");
        assertThat(queries.list("Region", List.of("补偿"), 0, 50).total()).isZero();
        assertThat(queries.list(null, List.of("對口", "补偿"), 0, 50).items()).extracting(EntitySummary::name).containsExactly("区际利益补偿机制");
    }

    @Test
    void oneAndLookupCarryEveryField() {
        EntitySummary chengdu = queries.one("r-cd").orElseThrow();
        assertThat(chengdu).isEqualTo(new EntitySummary("r-cd", "成都", "Region", "City", List.of("蓉城"), 3, "GAZETTEER", 1.0));
        assertThat(queries.one("m-port").orElseThrow().kind()).isNull();
        assertThat(queries.one("r-none")).isEmpty();
        assertThat(queries.lookup(List.of("蓉城")).map(EntitySummary::id)).contains("r-cd");
        assertThat(queries.lookup(List.of("厦门市", "厦门")).map(EntitySummary::id)).contains("r-xm");
        assertThat(queries.lookup(List.of("不存在"))).isEmpty();
    }
}
