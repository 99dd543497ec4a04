package org.policykg.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policykg.api.QueryTestGraph;
import org.policykg.api.evidence.Evidence;
import org.policykg.api.evidence.Period;
import org.springframework.data.neo4j.core.Neo4jClient;

/** {@link RelationQueries} against the hand-made fixture graph, where every answer is known. */
@ExtendWith(QueryTestGraph.class)
class RelationQueriesTest {

    private final RelationQueries queries;
    private final Neo4jClient neo4j;

    RelationQueriesTest(Neo4jClient neo4j) {
        this.queries = new RelationQueries(neo4j);
        this.neo4j = neo4j;
    }

    @Test
    void aFactThatClimbsToItsBoardByTwoPathsCountsOnce() {
        // the gazetteer's geography gives 成都 a second way up (WITHIN 西部地区 beside PART_OF 四川): added for this test only
        neo4j.query("MATCH (cd:Region {id: 'r-cd'}), (w:Region {name: '西部地区'}) CREATE (cd)-[:WITHIN {evidence: [], documents: [], counts: [], count: 0}]->(w)").run();
        try {
            RelationQueries.MechanismForBoard compensation = queries.boards(true, 3, Period.ALL).stream()
                    .filter(b -> b.board().name().equals("西部地区")).findFirst().orElseThrow().mechanisms().get(0);
            assertThat(compensation.name()).isEqualTo("区际利益补偿机制");
            assertThat(compensation.strength()).isEqualTo(3); // as with one path: 2 sentences for 成都, 1 for 四川
            assertThat(compensation.paths()).containsExactlyInAnyOrder(List.of("成都", "四川", "西部地区"), List.of("成都", "西部地区"),
                    List.of("四川", "西部地区"));
            assertThat(compensation.evidence()).hasSize(3).doesNotHaveDuplicates();
        } finally {
            neo4j.query("MATCH (:Region {id: 'r-cd'})-[w:WITHIN]->(:Region {name: '西部地区'}) DELETE w").run();
        }
    }

    @Test
    void aFactWhoseListsVanishMidQueryIsLeftOutNotAnError() {
        // what a read sees of a relation that a concurrent document deletion removes: no documents, no counts (the soak
        // test met it as 500s from range(0, size(null) - 1))
        neo4j.query("MATCH (m:Mechanism {name: '区际利益补偿机制'}), (b:Region {name: '东北地区'}) CREATE (m)-[:SERVES {evidence: []}]->(b)").run();
        try {
            assertThat(queries.boards(false, 3, Period.ALL)).extracting(b -> b.board().name()).doesNotContain("东北地区");
            assertThat(queries.boards(true, 3, Period.ALL)).extracting(b -> b.board().name()).doesNotContain("东北地区");
            String northeast = neo4j.query("MATCH (b:Region {name: '东北地区'}) RETURN b.id AS id").fetchAs(String.class)
                    .mappedBy((t, r) -> r.get("id").asString()).one().orElseThrow();
            assertThat(queries.relations(northeast, null, "both", 3, Period.ALL)).isEmpty();
        } finally {
            neo4j.query("MATCH (:Mechanism {name: '区际利益补偿机制'})-[s:SERVES]->(:Region {name: '东北地区'}) DELETE s").run();
        }
    }

    @Test
    void theMatrixFileRunsDirectFactsInBoardOrderStrongestFirst() {
        List<RelationQueries.BoardMechanisms> boards = queries.boards(false, 3, Period.ALL);
        // boards without a mechanism (东北地区 here) have no row; the rest in the enum's order
        assertThat(boards).extracting(b -> b.board().name()).containsExactly("东部地区", "中部地区", "西部地区");
        assertThat(boards.get(0).mechanisms()).extracting(RelationQueries.MechanismForBoard::name)
                .containsExactly("区域开放合作机制", "区域板块差异化发展机制"); // equal strength: by name
        assertThat(boards.get(2).mechanisms()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("区域板块差异化发展机制");
            assertThat(m.direct()).isTrue();
            assertThat(m.paths()).isEmpty();
            assertThat(m.evidence()).extracting(Evidence::sentence).containsExactly("实施区域板块差异化发展机制，推进西部大开发。");
            assertThat(m.evidence()).extracting(Evidence::documentTitle, Evidence::section).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("文件甲", "一、总体要求"));
        });
    }

    @Test
    void rollUpClimbsPartOfBetweenRegionsOnlyWithEveryPathAndItsEvidence() {
        Map<String, RelationQueries.BoardMechanisms> boards = queries.boards(true, 3, Period.ALL).stream()
                .collect(Collectors.toMap(b -> b.board().name(), Function.identity()));
        List<RelationQueries.MechanismForBoard> west = boards.get("西部地区").mechanisms();
        assertThat(west).extracting(RelationQueries.MechanismForBoard::name).containsExactly("区际利益补偿机制", "区域板块差异化发展机制");
        RelationQueries.MechanismForBoard compensation = west.get(0);
        assertThat(compensation.direct()).isFalse();
        assertThat(compensation.strength()).isEqualTo(3); // 2 sentences for 成都, 1 for 四川
        assertThat(compensation.paths()).containsExactlyInAnyOrder(List.of("成都", "四川", "西部地区"), List.of("四川", "西部地区"));
        assertThat(compensation.evidence()).extracting(Evidence::sentence).containsExactlyInAnyOrder(
                "成都建立区际利益补偿机制。", "区际利益补偿机制服务成都。", "四川成都等西部地区完善区际利益补偿机制。");
        // 口岸协作机制 is a component of 区域开放合作机制, which serves 东部地区: a component never counts for it
        assertThat(boards.get("东部地区").mechanisms()).extracting(RelationQueries.MechanismForBoard::name)
                .containsExactly("区域开放合作机制", "区域板块差异化发展机制");
        // the evidence limit holds per fact: one sentence from each of the two facts behind the roll-up
        assertThat(queries.boards(true, 1, Period.ALL).stream().filter(b -> b.board().name().equals("西部地区")).findFirst().orElseThrow()
                .mechanisms().get(0).evidence()).hasSize(2);
    }

    @Test
    void relationsReadFromTheEntityByDirectionTypeAndEvidenceLimit() {
        List<RelationQueries.RelationItem> serves = queries.relations("m-comp", "SERVES", "out", 5, Period.ALL);
        assertThat(serves).extracting(r -> r.other().name()).containsExactly("成都", "四川"); // by confidence
        assertThat(serves.get(0).count()).isEqualTo(2);
        assertThat(serves.get(0).confidence()).isEqualTo(0.95);
        assertThat(serves.get(0).methods()).containsExactly("TRIGGER");
        assertThat(serves.get(0).other().kind()).isEqualTo("City");
        assertThat(serves.get(0).evidence()).hasSize(2);
        assertThat(queries.relations("m-comp", "SERVES", "out", 1, Period.ALL).get(0).evidence()).hasSize(1);
        assertThat(queries.relations("m-comp", "SERVES", "in", 5, Period.ALL)).isEmpty();

        assertThat(queries.relations("r-lx", "ASSISTS", "in", 5, Period.ALL)).singleElement().satisfies(r -> {
            assertThat(r.other().name()).isEqualTo("厦门");
            assertThat(r.direction()).isEqualTo("in");
            assertThat(r.evidence()).extracting(Evidence::documentTitle).containsExactly("文件乙");
        });
        assertThat(queries.relations("r-xm", "ASSISTS", "in", 5, Period.ALL)).isEmpty();
        assertThat(queries.relations("m-open", "PART_OF", "in", 5, Period.ALL)).extracting(r -> r.other().name()).containsExactly("口岸协作机制");
        // symmetric COOPERATES_WITH is stored once; both directions find it from either side
        assertThat(queries.relations("r-central", null, "both", 5, Period.ALL)).extracting(r -> r.type() + " " + r.direction() + " " + r.other().name())
                .containsExactlyInAnyOrder("COOPERATES_WITH in 东部地区", "SERVES in 区域板块差异化发展机制");
    }

    @Test
    void shortestPathsFollowPolicyRelationsOnlyWithEachHopInItsOwnDirection() {
        assertThat(queries.existing(List.of("m-comp", "r-west", "x-none"))).containsExactlyInAnyOrder("m-comp", "r-west");

        // 成都 and 西部地区 share sentence s5: a path through MENTIONS would be as short, and must not be found
        List<RelationQueries.Path> paths = queries.paths("r-cd", "r-west", 6, 5, 3, Period.ALL);
        assertThat(paths).singleElement().satisfies(p -> {
            assertThat(p.nodes()).extracting(RelationQueries.Node::id).containsExactly("r-cd", "r-sc", "r-west");
            assertThat(p.hops()).extracting(RelationQueries.Hop::type).containsExactly("PART_OF", "PART_OF");
            assertThat(p.hops().get(0).evidence()).extracting(Evidence::sentence).containsExactly("四川成都等西部地区完善区际利益补偿机制。");
        });
        // the shortest is two hops: maxHops 1 finds nothing, 2 finds it
        assertThat(queries.paths("r-cd", "r-west", 1, 5, 3, Period.ALL)).isEmpty();
        assertThat(queries.paths("r-cd", "r-west", 2, 5, 3, Period.ALL)).hasSize(1);

        // walked against ASSISTS, the hop still says who helps whom
        assertThat(queries.paths("r-lx", "r-xm", 6, 5, 3, Period.ALL)).singleElement().satisfies(p -> {
            assertThat(p.nodes()).extracting(RelationQueries.Node::name).containsExactly("临夏州", "厦门");
            assertThat(p.hops()).extracting(h -> h.type() + " " + h.from() + "->" + h.to()).containsExactly("ASSISTS r-xm->r-lx");
        });
        // every shortest path, up to the limit
        assertThat(queries.paths("m-diff", "r-cd", 6, 5, 3, Period.ALL)).extracting(p -> p.nodes().get(1).name() + " " + p.nodes().get(2).name())
                .containsExactly("西部地区 四川");
        assertThat(queries.paths("r-east", "r-west", 6, 5, 0, Period.ALL)).extracting(p -> p.nodes().get(1).name())
                .containsExactly("区域板块差异化发展机制");
        assertThat(queries.paths("r-east", "r-west", 6, 5, 0, Period.ALL).get(0).hops()).allSatisfy(h -> assertThat(h.evidence()).isEmpty());
    }

    /** The fixture's documents: 文件甲 of 2025-01-01 (every fact but one) and 文件乙 of 2024-06 (厦门 ASSISTS 临夏州). */
    @Test
    void aPeriodKeepsWhatItsDocumentsState() {
        assertThat(queries.relations("r-lx", "ASSISTS", "in", 5, Period.of("2024-06-30", "2024-12")))
                .singleElement().satisfies(r -> assertThat(r.evidence()).extracting(Evidence::documentId).containsExactly("d2"));
        assertThat(queries.relations("r-lx", "ASSISTS", "in", 5, Period.of("2024-07", null))).isEmpty();
        assertThat(queries.boards(false, 3, Period.of(null, "2024"))).isEmpty();
        assertThat(queries.boards(true, 3, Period.of("2025-01", "2025-01"))).extracting(b -> b.board().name())
                .containsExactly("东部地区", "中部地区", "西部地区");
        assertThat(queries.paths("r-xm", "r-lx", 2, 5, 3, Period.of("2025", null))).isEmpty();
    }
}
