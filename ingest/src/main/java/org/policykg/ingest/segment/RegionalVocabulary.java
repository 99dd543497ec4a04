package org.policykg.ingest.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Taiwan and Hong Kong words replaced by their mainland equivalents (高品质 → 高质量, 软体 → 软件), longest word
 * first, in text already converted to simplified characters. The list is data: {@code script/regional-vocabulary.txt}.
 */
final class RegionalVocabulary {

    private static final String RESOURCE = "/script/regional-vocabulary.txt";

    private final Map<String, String> mainlandWords;
    private final Set<Character> firstCharacters = new HashSet<>();
    private final int longest;

    RegionalVocabulary(Map<String, String> mainlandWords) {
        this.mainlandWords = Map.copyOf(mainlandWords);
        mainlandWords.keySet().forEach(w -> firstCharacters.add(w.charAt(0)));
        this.longest = mainlandWords.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** @param toSimplified converts the listed words to the characters the text will have when they are applied */
    static RegionalVocabulary load(UnaryOperator<String> toSimplified) {
        try (InputStream in = RegionalVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("regional vocabulary not on the classpath: " + RESOURCE);
            }
            Map<String, String> words = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] sides = entry.split("\\s+");
                if (sides.length != 2) {
                    throw new IllegalStateException("regional vocabulary: expected two words in '" + entry + "'");
                }
                words.put(toSimplified.apply(sides[0]), sides[1]);
            }
            return new RegionalVocabulary(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    String apply(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!firstCharacters.contains(text.charAt(i))) {
                continue;
            }
            for (int end = Math.min(text.length(), i + longest); end > i + 1; end--) {
                String mainland = mainlandWords.get(text.substring(i, end));
                if (mainland != null) {
                    out = out == null ? new StringBuilder(text.length()) : out;
                    out.append(text, copied, i).append(mainland);
                    copied = end;
                    i = end - 1;
                    break;
                }
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
