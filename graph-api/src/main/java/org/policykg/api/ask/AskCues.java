package org.policykg.api.ask;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The words a question is read by ({@code question-cues.yaml} beside this class): what it asks for, its relation
 * cues, the words read past when a name the graph lacks is looked for, and the answers' sentences. Every list is
 * sorted longest first, so a longer word wins.
 */
record AskCues(Map<Asked, List<String>> asks, List<String> questionWords, List<String> linkers, List<String> countWords,
               List<String> allWords, Map<Cue, List<String>> cues, List<Pattern> wholePatterns, List<String> unsupported,
               List<Pattern> unsupportedPatterns, List<String> fillers, List<String> partOfName, List<String> nameContinuations,
               List<String> nameEndings, String notInNames, List<String> generic,
               List<String> nameSuffixes, List<String> notNames, Map<String, Sentences> answers,
               Map<String, String> relationWords, List<Example> examples) {

    /** The kinds of thing a question asks for. */
    enum Asked { MECHANISM, STRATEGY, BOARD, REGION, DOCUMENT }

    /** The relation cues of a question. */
    enum Cue { SERVES, SUPPORTS, COVERS, COMPONENTS, COOPERATES, ASSISTS, RECEIVES, HELPER_SIDE, RECIPIENT_SIDE, WHOLE, RELATION, EVIDENCE, YES_NO, MENTIONS }

    /** An answer's sentence when there are items, and when there are none. */
    record Sentences(String some, String none) {
    }

    /** A question and the intent it must be read as ({@code none}: not understood). */
    record Example(String q, String intent) {
    }

    private static final Comparator<String> LONGEST_FIRST = Comparator.comparingInt(String::length).reversed();

    AskCues {
        asks.replaceAll((k, v) -> longestFirst(v));
        cues.replaceAll((k, v) -> longestFirst(v));
        questionWords = longestFirst(questionWords);
        linkers = longestFirst(linkers);
        countWords = longestFirst(countWords);
        allWords = longestFirst(allWords);
        fillers = longestFirst(fillers);
        unsupported = longestFirst(unsupported);
        // the patterns are compiled once, as Jackson reads the file
        wholePatterns = wholePatterns == null ? List.of() : List.copyOf(wholePatterns);
        unsupportedPatterns = unsupportedPatterns == null ? List.of() : List.copyOf(unsupportedPatterns);
        generic = longestFirst(generic);
        notInNames = notInNames == null ? "" : notInNames;
        partOfName = longestFirst(partOfName);
        nameContinuations = longestFirst(nameContinuations);
        nameEndings = longestFirst(nameEndings);
        nameSuffixes = longestFirst(nameSuffixes);
        notNames = longestFirst(notNames);
    }

    static AskCues standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        private static final AskCues STANDARD = load("question-cues.yaml");
    }

    static AskCues load(String resource) {
        YAMLMapper mapper = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = AskCues.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " beside " + AskCues.class.getName());
            }
            return mapper.readValue(in, AskCues.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unsupported word or comparison the question holds, or null. */
    String unsupportedIn(String text) {
        String word = unsupported.stream().filter(text::contains).findFirst().orElse(null);
        if (word != null) {
            return word;
        }
        for (Pattern p : unsupportedPatterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    /** Whether the question asks what an entity is part of, by the shape of {@code wholePatterns}. */
    boolean asksForWhole(String text) {
        return wholePatterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** Every cue word of a question (relation cues, question words, fillers): none of them is linked as a name. */
    java.util.Set<String> words() {
        java.util.Set<String> words = new java.util.HashSet<>();
        cues.values().forEach(words::addAll);
        words.addAll(questionWords);
        words.addAll(fillers);
        return words;
    }

    List<String> cue(Cue cue) {
        return cues.getOrDefault(cue, List.of());
    }

    Sentences answer(String key) {
        Sentences sentences = answers.get(key);
        if (sentences == null) {
            throw new IllegalStateException("question-cues.yaml has no answer sentences for " + key);
        }
        return sentences;
    }

    private static List<String> longestFirst(List<String> words) {
        return words == null ? List.of() : words.stream().distinct().sorted(LONGEST_FIRST).toList();
    }
}
