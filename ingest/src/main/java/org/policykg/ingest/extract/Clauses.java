package org.policykg.ingest.extract;

/** Clause positions in a sentence: clauses end at ，；：and sentence-final marks. */
final class Clauses {

    private static final String BOUNDARIES = "，；：。！？,;";

    private Clauses() {
    }

    static int indexAt(String text, int offset) {
        int clause = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (BOUNDARIES.indexOf(text.charAt(i)) >= 0) {
                clause++;
            }
        }
        return clause;
    }

    static int startOf(String text, int offset) {
        int i = offset;
        while (i > 0 && BOUNDARIES.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    static int endOf(String text, int offset) {
        for (int i = offset; i < text.length(); i++) {
            if (BOUNDARIES.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
