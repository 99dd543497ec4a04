package org.policykg.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.policykg.ingest.Fixtures;

/**
 * Regression guard on measured extraction quality: precision and recall per entity and relation type must stay at or
 * above the floors in {@code quality-floors.properties} (first honest measurement; floors only rise). Three sets: the
 * corpus with its gold, the development articles, and the development articles in the shapes of real documents. Held-out articles are not scored here but by the {@code eval}
 * command, once, before any rule has seen them.
 */
class ExtractionQualityTest {

    private static final Properties FLOORS = floors();

    @Test
    void corpus() {
        assertFloors("corpus", evaluate(Fixtures.CORPUS));
    }

    @Test
    void developmentArticles() {
        assertFloors("development", evaluate(Fixtures.UNSEEN));
    }

    /** Development articles in the shapes real documents take (official documents, pair lists, plan chapters, news). */
    @Test
    void realShapeArticles() {
        assertFloors("realshapes", evaluate(Fixtures.UNSEEN.resolveSibling("realshapes")));
    }

    /** The held-out articles scored on 2026-11-23 (logged in the README), development articles since. */
    @Test
    void heldOutArticlesOfTheFirstScoring() {
        assertFloors("heldout-2026-11-23", evaluate(Fixtures.UNSEEN.resolveSibling("heldout-2026-11-23")));
    }

    /** The held-out articles of the second scoring on 2026-11-23 (logged in the README), development articles since. */
    @Test
    void heldOutArticlesOfTheSecondScoring() {
        assertFloors("heldout-2026-11-23b", evaluate(Fixtures.UNSEEN.resolveSibling("heldout-2026-11-23b")));
    }

    /** The held-out articles of the third scoring on 2026-11-23 (logged in the README), development articles since. */
    @Test
    void heldOutArticlesOfTheThirdScoring() {
        assertFloors("heldout-2026-11-23c", evaluate(Fixtures.UNSEEN.resolveSibling("heldout-2026-11-23c")));
    }

    /** The held-out articles of the fourth scoring on 2026-11-23 (logged in the README), development articles since. */
    @Test
    void heldOutArticlesOfTheFourthScoring() {
        assertFloors("heldout-2026-11-23d", evaluate(Fixtures.UNSEEN.resolveSibling("heldout-2026-11-23d")));
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
