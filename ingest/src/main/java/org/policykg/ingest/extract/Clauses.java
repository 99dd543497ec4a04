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

    /** A point's number opening a text: （五）, 五、, 5. (the numbering of official documents and plans). */
    private static final java.util.regex.Pattern ITEM_NUMBER =
            java.util.regex.Pattern.compile("^(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、|\\d{1,2}[.．、])");

    /** Where the point's number that opens {@code text} ends, or 0 when it opens with none. */
    static int itemNumberEnd(String text) {
        java.util.regex.Matcher number = ITEM_NUMBER.matcher(text);
        return number.lookingAt() ? number.end() : 0;
    }
}
