package org.policykg.ingest.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression guard on the meta stage: precision and recall per field on each scored set stay at or above the floors
 * in {@code meta-quality-floors.properties} (measured; floors only rise). Every field of every set has a floor.
 */
class MetadataQualityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"corpus, ../corpus", "meta, src/test/resources/meta", "realshapes, src/test/resources/realshapes",
            "heldout-2026-11-23n, src/test/resources/heldout-2026-11-23n",
            "heldout-2026-11-23o, src/test/resources/heldout-2026-11-23o",
            "heldout-2026-11-23p, src/test/resources/heldout-2026-11-23p",
            "heldout-2026-11-23q, src/test/resources/heldout-2026-11-23q",
            "heldout-2026-11-23r, src/test/resources/heldout-2026-11-23r",
            "heldout-2026-11-23s, src/test/resources/heldout-2026-11-23s",
            "heldout-2026-11-23t, src/test/resources/heldout-2026-11-23t",
            "heldout-2026-11-23u, src/test/resources/heldout-2026-11-23u",
            "heldout-2026-11-23v, src/test/resources/heldout-2026-11-23v",
            "heldout-2026-11-23w, src/test/resources/heldout-2026-11-23w",
            "heldout-2026-11-23x, src/test/resources/heldout-2026-11-23x",
            "heldout-2026-11-23y, src/test/resources/heldout-2026-11-23y",
            "heldout-2026-11-23z, src/test/resources/heldout-2026-11-23z",
            "heldout-2026-11-24a, src/test/resources/heldout-2026-11-24a",
            "heldout-2026-11-24b, src/test/resources/heldout-2026-11-24b",
            "heldout-2026-11-24c, src/test/resources/heldout-2026-11-24c",
            "heldout-2026-11-24d, src/test/resources/heldout-2026-11-24d",
            "heldout-2026-11-24e, src/test/resources/heldout-2026-11-24e",
            "heldout-2026-11-24f, src/test/resources/heldout-2026-11-24f",
            "heldout-2026-11-24g, src/test/resources/heldout-2026-11-24g",
            "heldout-2026-11-24h, src/test/resources/heldout-2026-11-24h",
            "heldout-2026-11-24i, src/test/resources/heldout-2026-11-24i",
            "heldout-2026-11-24j, src/test/resources/heldout-2026-11-24j", "heldout-2026-11-24k, src/test/resources/heldout-2026-11-24k", "heldout-2026-11-24l, src/test/resources/heldout-2026-11-24l", "heldout-2026-11-24m, src/test/resources/heldout-2026-11-24m", "heldout-2026-11-24n, src/test/resources/heldout-2026-11-24n", "heldout-2026-11-24o, src/test/resources/heldout-2026-11-24o", "heldout-2026-11-24p, src/test/resources/heldout-2026-11-24p", "heldout-2026-11-24q, src/test/resources/heldout-2026-11-24q"})
    void precisionAndRecallPerFieldStayAtTheirFloors(String set, String folder) throws IOException {
        Properties floors = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("meta-quality-floors.properties")) {
            floors.load(in);
        }
        MetadataEvaluation e = MetadataEvaluation.of(Path.of(folder), Path.of(folder, "gold"));
        e.print(System.out, true);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(e.documents()).as(set + " documents scored").isGreaterThanOrEqualTo(4);
        for (MetadataEvaluation.Field field : MetadataEvaluation.Field.values()) {
            for (String measure : new String[] {"precision", "recall"}) {
                String key = set + "." + field.name().toLowerCase() + "." + measure;
                String floor = floors.getProperty(key);
                softly.assertThat(floor).as(key + " has a floor").isNotNull();
                if (floor != null) {
                    Score s = e.score(field);
                    double value = measure.equals("precision") ? s.precision() : s.recall();
                    softly.assertThat(value).as(key).isGreaterThanOrEqualTo(Double.parseDouble(floor));
                }
            }
        }
        softly.assertAll();
    }

    /** A header in traditional characters (a repost from Hong Kong or Taiwan) gives the same metadata, field by field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"meta, src/test/resources/meta", "realshapes, src/test/resources/realshapes",
            "heldout-2026-11-23n, src/test/resources/heldout-2026-11-23n",
            "heldout-2026-11-23o, src/test/resources/heldout-2026-11-23o",
            "heldout-2026-11-23p, src/test/resources/heldout-2026-11-23p",
            "heldout-2026-11-23q, src/test/resources/heldout-2026-11-23q",
            "heldout-2026-11-23r, src/test/resources/heldout-2026-11-23r",
            "heldout-2026-11-23s, src/test/resources/heldout-2026-11-23s",
            "heldout-2026-11-23t, src/test/resources/heldout-2026-11-23t",
            "heldout-2026-11-23u, src/test/resources/heldout-2026-11-23u",
            "heldout-2026-11-23v, src/test/resources/heldout-2026-11-23v",
            "heldout-2026-11-23w, src/test/resources/heldout-2026-11-23w",
            "heldout-2026-11-23x, src/test/resources/heldout-2026-11-23x",
            "heldout-2026-11-23y, src/test/resources/heldout-2026-11-23y",
            "heldout-2026-11-23z, src/test/resources/heldout-2026-11-23z",
            "heldout-2026-11-24a, src/test/resources/heldout-2026-11-24a",
            "heldout-2026-11-24b, src/test/resources/heldout-2026-11-24b",
            "heldout-2026-11-24c, src/test/resources/heldout-2026-11-24c",
            "heldout-2026-11-24d, src/test/resources/heldout-2026-11-24d",
            "heldout-2026-11-24e, src/test/resources/heldout-2026-11-24e",
            "heldout-2026-11-24f, src/test/resources/heldout-2026-11-24f",
            "heldout-2026-11-24g, src/test/resources/heldout-2026-11-24g",
            "heldout-2026-11-24h, src/test/resources/heldout-2026-11-24h",
            "heldout-2026-11-24i, src/test/resources/heldout-2026-11-24i",
            "heldout-2026-11-24j, src/test/resources/heldout-2026-11-24j", "heldout-2026-11-24k, src/test/resources/heldout-2026-11-24k", "heldout-2026-11-24l, src/test/resources/heldout-2026-11-24l", "heldout-2026-11-24m, src/test/resources/heldout-2026-11-24m", "heldout-2026-11-24n, src/test/resources/heldout-2026-11-24n", "heldout-2026-11-24o, src/test/resources/heldout-2026-11-24o", "heldout-2026-11-24p, src/test/resources/heldout-2026-11-24p", "heldout-2026-11-24q, src/test/resources/heldout-2026-11-24q"})
    void traditionalCopiesGiveTheSameMetadata(String set, String folder) {
        MetadataEvaluation simplified = MetadataEvaluation.of(Path.of(folder), Path.of(folder, "gold"));
        MetadataEvaluation traditional = MetadataEvaluation.of(Path.of(folder), Path.of(folder, "gold"),
                org.policykg.ingest.segment.TraditionalCopy::of);
        SoftAssertions softly = new SoftAssertions();
        for (MetadataEvaluation.Field field : MetadataEvaluation.Field.values()) {
            softly.assertThat(traditional.score(field)).as(set + " " + field).isEqualTo(simplified.score(field));
        }
        softly.assertAll();
    }
}
