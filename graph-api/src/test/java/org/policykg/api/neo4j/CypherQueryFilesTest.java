package org.policykg.api.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.AssistsFixture;
import org.policykg.api.PeriodFixture;
import org.policykg.api.PolicyKgTest;
import org.policykg.api.system.GraphVersion;
import org.policykg.ingest.graph.CypherFile;
import org.policykg.ingest.graph.DocumentWriter;
import org.policykg.ingest.pipeline.Pipeline;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Every file in cypher/queries runs as Browser would run it (its :param lines first) and returns rows, over the
 * corpus graph plus {@link AssistsFixture} (ASSISTS and mechanism PART_OF facts, which the corpus does not state).
 */
@PolicyKgTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CypherQueryFilesTest extends ApiTestSupport {

    private static final Path QUERIES = Path.of("..", "cypher", "queries");

    @Autowired
    Driver driver;

    @Autowired
    Pipeline pipeline;

    @Autowired
    DocumentWriter writer;

    @Autowired
    GraphVersion graphVersion;

    private String fixture;
    private PeriodFixture dated;

    @BeforeAll
    void writeFixture() {
        fixture = AssistsFixture.write(pipeline, writer, graphVersion);
        dated = PeriodFixture.post(http());
    }

    @AfterAll
    void removeFixture() {
        assertThat(AssistsFixture.remove(writer, graphVersion, fixture)).isTrue();
        dated.remove();
    }

    /**
     * What each file must answer with its own parameters, checked against the corpus's facts and, where the API
     * answers the same question another way, against the API. A new file without a check here fails the suite.
     */
    private Map<String, Consumer<List<Record>>> checks() {
        Map<String, Consumer<List<Record>>> checks = new LinkedHashMap<>();
        checks.put("01_mechanisms_per_board.cypher", this::mechanismsPerBoard);
        checks.put("02_evidence_for_a_mechanism.cypher", rows -> {
            assertThat(rows).extracting(r -> r.get("relation").asString() + " " + r.get("direction").asString() + " " + r.get("other").asString())
                    .contains("SERVES out 中部地区", "SERVES out 西部地区", "SERVES out 东北地区");
            assertThat(rows).allSatisfy(r -> assertThat(r.get("sentence").asString()).isNotBlank());
        });
        checks.put("03_strategies_covering_a_province.cypher", this::strategiesCoveringHebei);
        checks.put("04_paths_between_two_entities.cypher", rows -> {
            // the same shortest chain GET /api/paths finds (RelationApiTest)
            assertThat(rows).extracting(r -> r.get("chain").asList(Value::asString))
                    .containsExactly(List.of("区域板块差异化发展机制", "西部地区", "西部大开发"));
            assertThat(rows.get(0).get("relations").asList(Value::asString))
                    .containsExactly("区域板块差异化发展机制 -SERVES-> 西部地区", "西部大开发 -TARGETS-> 西部地区");
        });
        checks.put("05_regions_of_a_strategy.cypher", rows -> {
            assertThat(rows).extracting(r -> r.get("region").asString()).contains("京津冀", "北京", "雄安新区")
                    .containsExactlyInAnyOrderElementsOf(related("京津冀协同发展", "TARGETS", "out"));
            assertThat(rows).allSatisfy(r -> assertThat(r.get("sentences").asLong()).isPositive());
        });
        checks.put("06_strategy_hierarchy.cypher", rows -> {
            Map<String, List<String>> byUmbrella = new HashMap<>();
            rows.forEach(r -> byUmbrella.put(r.get("umbrella").asString(), r.get("strategies").asList(Value::asString)));
            // the four board strategies under 区域协调发展战略, the major regional strategies under 区域重大战略
            assertThat(byUmbrella.get("区域协调发展战略")).contains("西部大开发", "东北全面振兴", "中部地区崛起", "东部率先发展");
            assertThat(byUmbrella.get("区域重大战略")).contains("京津冀协同发展", "长三角一体化发展", "粤港澳大湾区建设",
                    "长江经济带发展", "黄河流域生态保护和高质量发展");
        });
        checks.put("07_cooperating_regions.cypher", rows -> {
            // one row per COOPERATES_WITH relationship, each with a sentence
            assertThat((long) rows.size()).isEqualTo(http().get("/api/stats").json().get("counts").get("COOPERATES_WITH").asLong());
            assertThat(rows).extracting(r -> Set.of(r.get("region").asString(), r.get("partner").asString()))
                    .contains(Set.of("中部地区", "东部地区"), Set.of("西部地区", "东部地区"));
            assertThat(rows).allSatisfy(r -> assertThat(r.get("example").asString()).isNotBlank());
        });
        checks.put("08_search_sentences.cypher", rows -> {
            assertThat(rows).hasSizeBetween(1, 20).allSatisfy(r -> assertThat(r.get("sentence").asString()).contains("产业转移"));
            assertThat(rows).extracting(r -> r.get("score").asDouble()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        });
        checks.put("09_documents_overview.cypher", rows -> {
            // every document, each with as many sentences as GET /api/documents says
            Map<String, Long> listed = new HashMap<>();
            http().get("/api/documents").json().get("items").forEach(d -> listed.put(d.get("title").asString(), d.get("sentences").asLong()));
            assertThat(rows).extracting(r -> r.get("title").asString()).containsExactlyInAnyOrderElementsOf(listed.keySet())
                    .contains("完善实施区域协调发展战略机制", AssistsFixture.TITLE);
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.get("sentences").asLong()).as(r.get("title").asString()).isEqualTo(listed.get(r.get("title").asString()));
                assertThat(r.get("topEntities").asList(Value::asString)).isNotEmpty().hasSizeLessThanOrEqualTo(8);
            });
        });
        checks.put("10_discovered_entities.cypher", rows -> {
            // the README's example of a mechanism found beyond the gazetteer; nothing from the gazetteer
            assertThat(rows).extracting(r -> r.get("name").asString()).contains("产业转移税收分享机制");
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.get("method").asString()).isNotEqualTo("GAZETTEER");
                assertThat(r.get("confidence").asDouble()).isBetween(0.0, 1.0);
            });
        });
        checks.put("11_who_assists_whom.cypher", rows -> assertThat(rows)
                .extracting(r -> r.get("role").asString() + " " + r.get("helper").asString() + " " + r.get("recipient").asString())
                .containsExactly("assisted by 厦门 临夏州"));
        checks.put("12_mechanism_components.cypher", rows -> assertThat(rows).extracting(r -> r.get("component").asString())
                .containsExactlyInAnyOrderElementsOf(AssistsFixture.OPENING_PARTS));
        checks.put("13_mechanisms_first_stated_per_year.cypher", this::firstStatedPerYear);
        checks.put("14_what_an_issuer_says_about_a_board.cypher", rows -> {
            // 国务院 on 西部地区: the fixture's 2025 意见 (the 2019 notice is 国家发展改革委's; the corpus names no issuer)
            assertThat(rows).extracting(r -> r.get("document").asString()).containsExactly(PeriodFixture.NEW);
            Record row = rows.get(0);
            assertThat(row.get("date").asString()).isEqualTo("2025-03-05");
            assertThat(row.get("facts").asList(f -> f.get("fact").asString())).containsExactly(PeriodFixture.COMPUTE + " SERVES 西部地区");
            assertThat(row.get("facts").get(0).get("sentences").asList(Value::asString)).singleElement()
                    .satisfies(t -> assertThat(t).startsWith("建立算力资源跨区调度机制"));
            assertThat(row.get("mentions").asList(Value::asString)).singleElement()
                    .satisfies(t -> assertThat(t).contains("算力资源").contains("支持西部地区"));
        });
        return checks;
    }

    @TestFactory
    Stream<DynamicTest> everyQueryFileAnswersItsQuestion() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(QUERIES)) {
            files = list.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".cypher")).sorted().toList();
        }
        Map<String, Consumer<List<Record>>> checks = checks();
        assertThat(checks.keySet()).as("a content check for every query file").containsExactlyInAnyOrderElementsOf(files);
        return files.stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            List<Record> rows = run(file, Map.of());
            assertThat(rows).as(file).isNotEmpty();
            checks.get(file).accept(rows);
        }));
    }

    /**
     * The file the matrix endpoint runs: one row per board in the file's roll-up (true), every mechanism that
     * serves the board directly or through regions inside it, checked against plain pattern matches written here;
     * rolled-up paths start at a region the mechanism serves and end at the board; every fact cites a sentence;
     * and with roll-up off only direct facts are left. The API's answer is this file's, row for row.
     */
    private void mechanismsPerBoard(List<Record> rolled) {
        assertThat(rolled).extracting(r -> r.get("board").get("name").asString())
                .containsExactlyInAnyOrder("东部地区", "中部地区", "西部地区", "东北地区");
        Set<String> direct = new HashSet<>();
        Set<String> indirect = new HashSet<>();
        for (Record row : rolled) {
            String board = row.get("board").get("name").asString();
            for (Value m : row.get("mechanisms").values()) {
                assertThat(m.get("evidence").size()).as(m.get("name").asString()).isBetween(1, 3 * Math.max(1, m.get("paths").size()));
                m.get("evidence").values().forEach(e -> assertThat(e.get("sentence").asString()).isNotBlank());
                if (m.get("direct").asBoolean()) {
                    direct.add(board + " " + m.get("name").asString());
                    assertThat(m.get("paths").size()).isZero();
                } else {
                    indirect.add(board + " " + m.get("name").asString());
                    for (Value path : m.get("paths").values()) {
                        List<String> names = path.asList(Value::asString);
                        assertThat(names).hasSizeBetween(2, 4);
                        assertThat(names.get(names.size() - 1)).isEqualTo(board);
                        assertThat(related(m.get("name").asString(), "SERVES", "out")).contains(names.get(0));
                    }
                }
            }
        }
        assertThat(direct).contains("中部地区 区域板块差异化发展机制", "东北地区 区域板块差异化发展机制")
                .containsExactlyInAnyOrderElementsOf(pairs("""
                        MATCH (m:Mechanism)-[:SERVES]->(b:Region {kind: 'Board'}) RETURN b.name + ' ' + m.name AS pair"""));
        assertThat(indirect).isNotEmpty().containsExactlyInAnyOrderElementsOf(pairs("""
                MATCH p = (m:Mechanism)-[:SERVES]->(:Region)-[:PART_OF|WITHIN*1..3]->(b:Region {kind: 'Board'})
                WHERE all(n IN nodes(p)[1..] WHERE n:Region) AND NOT (m)-[:SERVES]->(b)
                RETURN DISTINCT b.name + ' ' + m.name AS pair"""));

        List<Record> directOnly = run("01_mechanisms_per_board.cypher", Map.of("rollup", false));
        assertThat(directOnly).allSatisfy(r -> assertThat(r.get("mechanisms").values())
                .allSatisfy(m -> assertThat(m.get("direct").asBoolean()).isTrue()));
        assertThat(directOnly).flatExtracting(r -> r.get("mechanisms").asList(m -> r.get("board").get("name").asString() + " " + m.get("name").asString()))
                .containsExactlyInAnyOrderElementsOf(direct);
        for (boolean rollup : List.of(true, false)) {
            JsonNode api = http().get("/api/boards/mechanisms", Map.of("rollup", String.valueOf(rollup))).json().get("boards");
            List<Record> rows = rollup ? rolled : directOnly;
            for (JsonNode board : api) {
                Record row = rows.stream().filter(r -> r.get("board").get("id").asString().equals(board.get("board").get("id").asString()))
                        .findFirst().orElseThrow();
                assertThat(board.get("mechanisms")).extracting(m -> m.get("id").asString() + " " + m.get("strength").asLong())
                        .containsExactlyElementsOf(row.get("mechanisms").asList(m -> m.get("id").asString() + " " + m.get("strength").asLong()));
            }
        }
    }

    /**
     * The years of first statement: the fixture's 2019 notice first states two mechanisms, its 2025 意见 one (the
     * other it states was first stated in 2019), the undated text's is in no year; years ascend, each mechanism once,
     * and the file's answer is GET /api/timeline's.
     */
    private void firstStatedPerYear(List<Record> rows) {
        Map<String, Long> yearOf = new HashMap<>();
        for (Record row : rows) {
            for (Value e : row.get("entities").values()) {
                assertThat(yearOf.put(e.get("name").asString(), row.get("year").asLong())).as(e.get("name").asString()).isNull();
                assertThat(e.get("date").asString()).startsWith(String.valueOf(row.get("year").asLong()));
            }
        }
        assertThat(rows).extracting(r -> r.get("year").asLong()).isSorted();
        assertThat(yearOf).containsEntry(PeriodFixture.ICE, 2019L).containsEntry(PeriodFixture.BORDER, 2019L)
                .containsEntry(PeriodFixture.COMPUTE, 2025L).doesNotContainKey(PeriodFixture.FISHERY);
        assertThat(rows.stream().filter(r -> r.get("year").asLong() == 2019).findFirst().orElseThrow()
                .get("entities").asList(e -> e.get("documentTitle").asString())).containsOnly(PeriodFixture.OLD);
        Map<String, Long> api = new HashMap<>();
        http().get("/api/timeline", Map.of("type", "Mechanism")).json().get("years")
                .forEach(y -> y.get("entities").forEach(e -> api.put(e.get("name").asString(), y.get("year").asLong())));
        assertThat(api).isEqualTo(yearOf);
        // what the 2019 notice's issuer says about 西部地区
        assertThat(run("14_what_an_issuer_says_about_a_board.cypher", Map.of("issuer", PeriodFixture.OLD_ISSUER)))
                .singleElement().satisfies(r -> assertThat(r.get("facts").asList(f -> f.get("fact").asString()))
                        .containsExactly(PeriodFixture.BORDER + " SERVES 西部地区"));
    }

    /** The single column {@code pair} of a query, as a set. */
    private Set<String> pairs(String cypher) {
        try (Session session = driver.session()) {
            return new HashSet<>(session.run(cypher).list(r -> r.get("pair").asString()));
        }
    }

    /** 河北: strategies aimed at it or at a region it lies in, each through 河北 itself or one of those regions. */
    private void strategiesCoveringHebei(List<Record> rows) {
        assertThat(rows).extracting(r -> r.get("strategy").asString()).contains("京津冀协同发展", "东部率先发展");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("strategy").asString()).isEqualTo("东部率先发展");
            assertThat(r.get("through").asString()).isEqualTo("东部地区");
        });
        List<String> hebeiAndAbove = new ArrayList<>();
        try (Session session = driver.session()) {
            hebeiAndAbove.addAll(session.run("MATCH (:Region {name: '河北'})-[:PART_OF|WITHIN*1..3]->(a:Region) RETURN DISTINCT a.name AS name")
                    .list(r -> r.get("name").asString()));
        }
        assertThat(hebeiAndAbove).contains("东部地区");
        hebeiAndAbove.add("河北");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("through").asString()).isIn(hebeiAndAbove.toArray());
            assertThat(related(r.get("strategy").asString(), "TARGETS", "out")).contains(r.get("through").asString());
        });
    }

    /** The names of the entities GET /api/entities/{id}/relations gives for a type and direction. */
    private List<String> related(String name, String type, String direction) {
        List<String> names = new ArrayList<>();
        http().get("/api/entities/" + idOf(name) + "/relations", Map.of("type", type, "direction", direction, "evidenceLimit", "0"))
                .json().get("items").forEach(i -> names.add(i.get("other").get("name").asString()));
        return names;
    }

    @Test
    void whoAssistsWhomNamesHelperRecipientAndTheSentence() {
        List<Record> assistedBy = run("11_who_assists_whom.cypher", Map.of());
        assertThat(assistedBy).hasSize(1);
        Record row = assistedBy.get(0);
        assertThat(row.get("role").asString()).isEqualTo("assisted by");
        assertThat(row.get("helper").asString()).isEqualTo("厦门");
        assertThat(row.get("recipient").asString()).isEqualTo("临夏州");
        assertThat(row.get("sentence").asString()).contains(AssistsFixture.ASSISTS_SENTENCE);
        assertThat(row.get("document").asString()).isEqualTo(AssistsFixture.TITLE);

        // from the helper's side (by an alias), the same pair reads the other way round
        List<Record> assists = run("11_who_assists_whom.cypher", Map.of("region", "厦门市"));
        assertThat(assists).extracting(r -> r.get("role").asString() + " " + r.get("recipient").asString())
                .containsExactly("assists 临夏州");
    }

    @Test
    void componentsOfAMechanismWithTheirSentence() {
        List<Record> parts = run("12_mechanism_components.cypher", Map.of());
        assertThat(parts).extracting(r -> r.get("component").asString())
                .containsExactlyInAnyOrderElementsOf(AssistsFixture.OPENING_PARTS);
        assertThat(parts).allSatisfy(r -> {
            assertThat(r.get("level").asInt()).isEqualTo(1);
            assertThat(r.get("partOf").asString()).isEqualTo("区域开放合作机制");
            assertThat(r.get("sentence").asString()).contains(AssistsFixture.OPENING_SENTENCE);
        });
        // asked by the alias the text uses (区域协调发展机制 for 区域协调发展战略机制): the fixture's parts and the corpus's
        assertThat(run("12_mechanism_components.cypher", Map.of("mechanism", "区域协调发展机制")))
                .extracting(r -> r.get("component").asString())
                .containsAll(AssistsFixture.COORDINATION_PARTS).contains("基本公共服务均等化机制", "区域战略统筹机制");
    }

    @Test
    void theEvidenceOfAMechanismIncludesItsPartsAndTheWholeItBelongsTo() {
        List<Record> whole = run("02_evidence_for_a_mechanism.cypher", Map.of("mechanism", "区域开放合作机制"));
        assertThat(whole).extracting(r -> r.get("relation").asString() + " " + r.get("direction").asString() + " " + r.get("other").asString())
                .contains("PART_OF in 口岸协作机制", "PART_OF in 通关一体化机制", "PART_OF in 开放平台联动机制",
                        "PART_OF in 跨行政区合作发展机制");
        List<Record> part = run("02_evidence_for_a_mechanism.cypher", Map.of("mechanism", "区域一体化发展机制"));
        assertThat(part).extracting(r -> r.get("relation").asString() + " " + r.get("direction").asString() + " " + r.get("other").asString())
                .contains("PART_OF out " + AssistsFixture.COORDINATION_WHOLE, "SERVES out 京津冀");
    }

    /** Runs a query file with its own parameters, some replaced by {@code overrides}. */
    private List<Record> run(String file, Map<String, Object> overrides) {
        try (Session session = driver.session()) {
            CypherFile query = CypherFile.parse(Files.readString(QUERIES.resolve(file)));
            Map<String, Object> params = new HashMap<>(query.params(session));
            params.putAll(overrides);
            return session.run(query.statement(), params).list();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
