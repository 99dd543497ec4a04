package org.policykg.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.ingest.Fixtures;

/**
 * Regression guard on measured extraction quality: precision and recall per entity and relation type must stay at or
 * above the floors in {@code quality-floors.properties} (first honest measurement; floors only rise). Three sets: the
 * corpus with its gold, the development articles, and the development articles in the shapes of real documents. Held-out articles are not scored here but by the {@code eval}
 * command, once, before any rule has seen them.
 */
class ExtractionQualityTest {

    private static final Properties FLOORS = floors();

    /**
     * The scored sets: the corpus, the development articles (u1–u10), the development articles in the shapes real
     * documents take (u11–u14), and the held-out sets of each scoring on 2026-11-23 (logged in the README), development
     * articles since.
     */
    static Stream<Arguments> scoredSets() {
        Stream<Arguments> named = Stream.of(Arguments.of("corpus", Fixtures.CORPUS), Arguments.of("development", Fixtures.UNSEEN));
        Stream<Arguments> siblings = Stream.of("realshapes", "heldout-2026-11-23", "heldout-2026-11-23b", "heldout-2026-11-23c",
                "heldout-2026-11-23d", "heldout-2026-11-23e", "heldout-2026-11-23f",
                "heldout-2026-11-23g", "heldout-2026-11-23h",
                "heldout-2026-11-23i", "heldout-2026-11-23j", "heldout-2026-11-23k", "heldout-2026-11-23l", "heldout-2026-11-23m", "heldout-2026-11-23n",
                "heldout-2026-11-23o", "heldout-2026-11-23p",
                "heldout-2026-11-23q", "heldout-2026-11-23r", "heldout-2026-11-23s", "heldout-2026-11-23t",
                "heldout-2026-11-23u", "heldout-2026-11-23v",
                "heldout-2026-11-23w", "heldout-2026-11-23x", "heldout-2026-11-23y",
                "heldout-2026-11-23z", "heldout-2026-11-24a",
                "heldout-2026-11-24b", "heldout-2026-11-24c", "heldout-2026-11-24d", "heldout-2026-11-24e", "heldout-2026-11-24f", "heldout-2026-11-24g", "heldout-2026-11-24h", "heldout-2026-11-24i", "heldout-2026-11-24j", "heldout-2026-11-24k", "heldout-2026-11-24l", "heldout-2026-11-24m", "heldout-2026-11-24n", "heldout-2026-11-24o", "heldout-2026-11-24p", "heldout-2026-11-24q").map(set -> Arguments.of(set, Fixtures.UNSEEN.resolveSibling(set)));
        return Stream.concat(named, siblings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scoredSets")
    void precisionAndRecallStayAtTheirFloors(String set, Path folder) {
        assertFloors(set, evaluate(folder));
    }

    @Test
    void everyScoredTypeHasFloors() {
        assertThat(FLOORS.stringPropertyNames()).contains("corpus.relation.SERVES.precision", "corpus.relation.SERVES.recall",
                "development.relation.COOPERATES_WITH.recall", "development.entity.Region.precision",
                "realshapes.relation.ASSISTS.recall", "realshapes.relation.PART_OF.precision",
                "heldout-2026-11-23.relation.SERVES.recall", "heldout-2026-11-23.relation.PART_OF.precision",
                "heldout-2026-11-23b.relation.PART_OF.recall", "heldout-2026-11-23b.entity.Region.recall",
                "heldout-2026-11-23c.relation.ASSISTS.recall", "heldout-2026-11-23c.relation.SERVES.precision",
                "heldout-2026-11-23d.relation.PART_OF.recall", "heldout-2026-11-23d.entity.Region.precision");
    }

    private static Evaluation evaluate(Path corpus) {
        Evaluation evaluation = new Evaluator(Fixtures.pipeline()).evaluate(corpus, corpus.resolve("gold"));
        evaluation.print(System.out, false);
        return evaluation;
    }

    private static void assertFloors(String set, Evaluation e) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(e.failures()).as("documents of %s the pipeline failed on", set).isEmpty();
        check(softly, set, "entity", e.entities());
        check(softly, set, "relation", e.relations());
        softly.assertAll();
    }

    private static void check(SoftAssertions softly, String set, String kind, Map<String, Score> scores) {
        scores.forEach((type, score) -> {
            String prefix = set + "." + kind + "." + type + ".";
            String precision = FLOORS.getProperty(prefix + "precision");
            String recall = FLOORS.getProperty(prefix + "recall");
            if (precision != null) {
                softly.assertThat(score.precision()).as(prefix + "precision").isGreaterThanOrEqualTo(Double.parseDouble(precision));
            }
            if (recall != null) {
                softly.assertThat(score.recall()).as(prefix + "recall").isGreaterThanOrEqualTo(Double.parseDouble(recall));
            }
        });
    }

    private static Properties floors() {
        try (InputStream in = ExtractionQualityTest.class.getResourceAsStream("/quality-floors.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
