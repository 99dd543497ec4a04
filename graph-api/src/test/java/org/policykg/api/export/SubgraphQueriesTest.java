package org.policykg.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policykg.api.QueryTestGraph;
import org.policykg.api.evidence.Period;
import org.policykg.ingest.model.RelationType;
import org.springframework.data.neo4j.core.Neo4jClient;

/** {@link SubgraphQueries} against the fixture graph: levels, distances, type filters, truncation. */
@ExtendWith(QueryTestGraph.class)
class SubgraphQueriesTest {

    private static final List<String> ALL = Arrays.stream(RelationType.values()).map(Enum::name).toList();

    private final SubgraphQueries queries;

    SubgraphQueriesTest(Neo4jClient neo4j) {
        this.queries = new SubgraphQueries(neo4j);
    }

    @Test
    void levelsAroundACentreWithDistancesAndTheEdgesAmongThem() {
        assertThat(queries.exists("r-west")).isTrue();
        assertThat(queries.exists("r-none")).isFalse();

        Subgraph one = queries.around("r-west", 1, 100, ALL, Period.ALL);
        assertThat(one.nodes()).extracting(n -> n.name() + " " + n.distance())
                .containsExactlyInAnyOrder("西部地区 0", "区域板块差异化发展机制 1", "四川 1", "西部大开发 1");
        assertThat(one.nodes().get(0).name()).isEqualTo("西部地区");
        assertThat(one.edges()).extracting(e -> e.source() + " " + e.type() + " " + e.target())
                .containsExactlyInAnyOrder("m-diff SERVES r-west", "r-sc PART_OF r-west", "s-west TARGETS r-west");
        assertThat(one.truncated()).isFalse();

        Subgraph two = queries.around("r-west", 2, 100, ALL, Period.ALL);
        assertThat(two.nodes()).extracting(Subgraph.Node::name).contains("成都", "区际利益补偿机制", "东部地区", "中部地区");
        assertThat(two.edges()).extracting(e -> e.source() + " " + e.type() + " " + e.target())
                .contains("m-comp SERVES r-cd", "m-comp SERVES r-sc", "r-cd PART_OF r-sc");
    }

    @Test
    void onlyTheAskedTypesAndTruncatedAtTheLimit() {
        Subgraph partOf = queries.around("r-west", 3, 100, List.of("PART_OF"), Period.ALL);
        assertThat(partOf.nodes()).extracting(n -> n.name() + " " + n.distance()).containsExactly("西部地区 0", "四川 1", "成都 2");
        assertThat(partOf.edges()).extracting(Subgraph.Edge::type).containsOnly("PART_OF").hasSize(2);

        Subgraph cut = queries.around("r-west", 2, 2, ALL, Period.ALL);
        assertThat(cut.nodes()).hasSize(2);
        assertThat(cut.truncated()).isTrue();
    }
}
