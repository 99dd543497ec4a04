package org.policykg.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.Fixtures;

/**
 * Regression guard on measured extraction quality. The floors sit just under what the pipeline reaches today
 * (printed by {@code eval}); a change that lowers quality fails here. Three sets:
 * the corpus with its gold, articles written for development (unseen by the first version of the rules), and a
 * held-out article no rule was tuned on.
 */
class ExtractionQualityTest {

    private static Evaluation evaluate(Path corpus) {
        Evaluation evaluation = new Evaluator(Fixtures.pipeline()).evaluate(corpus, corpus.resolve("gold"));
        evaluation.print(System.out, false);
        return evaluation;
    }

    @Test
    void corpus() {
        Evaluation e = evaluate(Fixtures.CORPUS);
        assertThat(e.allEntities().f1()).isGreaterThanOrEqualTo(0.96);
        assertThat(e.allRelations().f1()).isGreaterThanOrEqualTo(0.92);
        assertThat(e.relations().get("SERVES").f1()).isGreaterThanOrEqualTo(0.93);
        assertThat(e.relations().get("TARGETS").f1()).isGreaterThanOrEqualTo(0.88);
        assertThat(e.evidenceAccuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void developmentArticles() {
        Evaluation e = evaluate(Fixtures.UNSEEN);
        assertThat(e.allEntities().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(e.allRelations().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(e.relations().get("COOPERATES_WITH").f1()).isGreaterThanOrEqualTo(0.90);
    }

    /**
     * Today's honest figure for an unseen article (u10, written after the last rule change and scored once: entity
     * F1 0.933, relation F1 0.682; the relations lose on 26 pairs of a list of eight provinces that 协同推进,
     * which the rules pair as the development gold does and u10's gold does not). Guarded just under that.
     */
    @Test
    void heldOutArticle() {
        Evaluation e = evaluate(Path.of("src", "test", "resources", "heldout"));
        assertThat(e.allEntities().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(e.allRelations().f1()).isGreaterThanOrEqualTo(0.65);
    }
}
