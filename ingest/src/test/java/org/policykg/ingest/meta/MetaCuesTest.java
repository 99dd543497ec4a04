package org.policykg.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** Every pattern of {@code meta/metadata-cues.yaml} runs its example: it matches and a named group holds the value. */
class MetaCuesTest {

    private static final List<String> GROUPS = List.of("date", "month", "day", "value", "venue", "names", "year", "organs");

    @Test
    void everyPatternFindsWhatItsExampleShows() {
        List<Map.Entry<String, MetaCues.Compiled>> all = MetaCues.standard().all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(16);
        for (Map.Entry<String, MetaCues.Compiled> entry : all) {
            MetaCues.Compiled cue = entry.getValue();
            assertThat(cue.example()).as(entry.getKey() + " has an example").contains(" => ");
            String[] parts = cue.example().split(" => ");
            Line line = Line.of(parts[0]).get(0);
            Optional<Matcher> m = cue.find(line);
            assertThat(m).as(entry.getKey() + ": " + cue.pattern() + " on " + parts[0]).isPresent();
            List<String> values = GROUPS.stream().map(g -> group(m.get(), g)).filter(Objects::nonNull).toList();
            assertThat(values).as(entry.getKey() + " on " + parts[0]).contains(parts[1]);
        }
    }

    @Test
    void aliasesGiveTheShortNameDocumentsPrint() {
        assertThat(MetaCues.standard().canonicalIssuer("国家发展和改革委员会")).isEqualTo("国家发展改革委");
        assertThat(MetaCues.standard().canonicalIssuer("湖南省人民政府")).isEqualTo("湖南省人民政府");
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }
}
