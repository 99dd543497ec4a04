package org.policykg.ingest.extract;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.yaml.YamlFiles;

/**
 * The cue words of the relation rules, read from {@code rules/relation-cues.yaml}. Longer cues come first, so that
 * 对口支援 is matched before 支援.
 */
record RuleBook(java.util.Set<String> servesTriggers, java.util.Set<String> servesCausatives, List<String> assistanceCues, List<String> pairJoiners, List<String> pairSeparators,
                List<String> pairAssistanceCues, List<String> pairCooperationCues, List<String> compositionCues,
                Pattern anaphora, List<String> membershipCues, List<String> roleNouns) {

    static final String RESOURCE = "rules/relation-cues.yaml";
    private static final RuleBook DEFAULT = load();

    static RuleBook standard() {
        return DEFAULT;
    }

    /** The file as written: each section's words (its examples are RuleExamplesTest's, not read here). */
    record RuleFile(Words serves, Words assistance, Pairs pairs, Words composition, Anaphora anaphora, Words membership) {
    }

    record Words(List<String> triggers, List<String> cues, List<String> roles, List<String> causatives) {
    }

    record Pairs(List<String> joiners, List<String> separators, List<String> assistanceCues, List<String> cooperationCues) {
    }

    record Anaphora(String pattern) {
    }

    private static RuleBook load() {
        RuleFile file = YamlFiles.resource(RESOURCE, RuleFile.class);
        return new RuleBook(java.util.Set.copyOf(file.serves().triggers()), java.util.Set.copyOf(file.serves().causatives()), longestFirst(file.assistance().cues()),
                longestFirst(file.pairs().joiners()), longestFirst(file.pairs().separators()),
                longestFirst(file.pairs().assistanceCues()), longestFirst(file.pairs().cooperationCues()),
                longestFirst(file.composition().cues()), Pattern.compile(file.anaphora().pattern()),
                longestFirst(file.membership().cues()), longestFirst(file.membership().roles()));
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
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
