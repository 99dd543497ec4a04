package org.policykg.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The cue words of the relation rules, read from {@code rules/relation-cues.yaml}. Longer cues come first, so that
 * 对口支援 is matched before 支援.
 */
record RuleBook(java.util.Set<String> servesTriggers, List<String> assistanceCues, List<String> pairJoiners, List<String> pairSeparators,
                List<String> pairAssistanceCues, List<String> pairCooperationCues, List<String> compositionCues,
                Pattern anaphora, List<String> membershipCues, List<String> roleNouns) {

    static final String RESOURCE = "/rules/relation-cues.yaml";
    private static final RuleBook DEFAULT = load();

    static RuleBook standard() {
        return DEFAULT;
    }

    private static RuleBook load() {
        try (InputStream in = RuleBook.class.getResourceAsStream(RESOURCE)) {
            Map<?, ?> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new RuleBook(java.util.Set.copyOf(words(yaml, "serves", "triggers")), words(yaml, "assistance", "cues"), words(yaml, "pairs", "joiners"), words(yaml, "pairs", "separators"),
                    words(yaml, "pairs", "assistanceCues"), words(yaml, "pairs", "cooperationCues"), words(yaml, "composition", "cues"),
                    Pattern.compile(String.valueOf(((Map<?, ?>) yaml.get("anaphora")).get("pattern"))),
                    words(yaml, "membership", "cues"), words(yaml, "membership", "roles"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<String> words(Map<?, ?> yaml, String section, String key) {
        List<?> list = (List<?>) ((Map<?, ?>) yaml.get(section)).get(key);
        return list.stream().map(String::valueOf).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The first cue of {@code cues} that {@code text} contains, or null. */
    static String firstIn(String text, List<String> cues) {
        return cues.stream().filter(text::contains).findFirst().orElse(null);
    }

    /** The cue of {@code cues} that {@code text} starts with at {@code offset}, or null. */
    static String at(String text, int offset, List<String> cues) {
        return cues.stream().filter(c -> text.startsWith(c, offset)).findFirst().orElse(null);
    }
}
