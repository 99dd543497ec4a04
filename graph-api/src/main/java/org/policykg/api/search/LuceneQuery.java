package org.policykg.api.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into a Lucene query that means "these words": special characters are escaped and each
 * whitespace-separated term must match as a phrase, so 长三角 finds 长三角 and not every name with 三.
 */
final class LuceneQuery {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private LuceneQuery() {
    }

    /** What the user typed, stripped; refused when empty or longer than 200 characters. */
    static String validated(String input) {
        String q = input == null ? "" : input.strip();
        if (q.isEmpty()) {
            throw new IllegalArgumentException("q must not be empty");
        }
        if (q.length() > 200) {
            throw new IllegalArgumentException("q must be at most 200 characters");
        }
        return q;
    }

    /** A query that matches any of the given forms of the same input (as typed, simplified). */
    static String anyOf(List<String> forms) {
        if (forms.size() == 1) {
            return of(forms.get(0));
        }
        return forms.stream().map(f -> "(" + of(f) + ")").collect(Collectors.joining(" OR "));
    }

    private static String of(String input) {
        String q = validated(input);
        StringBuilder out = new StringBuilder();
        for (String term : q.split("\\s+")) {
            StringBuilder escaped = new StringBuilder();
            for (char c : term.toCharArray()) {
                if (SPECIAL.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
            if (!out.isEmpty()) {
                out.append(" AND ");
            }
            out.append('"').append(escaped).append('"');
        }
        return out.toString();
    }
}
