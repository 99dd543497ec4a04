package org.policykg.ingest.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Chinese paragraph after 。！？ (and their closing quotes or brackets) and after an ellipsis. A "sentence"
 * longer than {@value #MAX_LENGTH} characters (a run-on line, a table flattened into text) is cut at clause marks,
 * so that no stage downstream works on one unbounded string.
 */
final class SentenceSplitter {

    static final int MAX_LENGTH = 300;
    private static final String ENDS = "。！？!?";
    private static final String CLOSERS = "”’」』）)";

    List<String> split(String paragraph) {
        List<String> result = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            boolean end = ENDS.indexOf(c) >= 0 || (c == '…' && i + 1 < n && paragraph.charAt(i + 1) == '…' && (i += 1) > 0);
            if (!end) {
                continue;
            }
            int j = i + 1;
            while (j < n && CLOSERS.indexOf(paragraph.charAt(j)) >= 0) {
                j++;
            }
            add(result, paragraph.substring(start, j));
            start = j;
            i = j - 1;
        }
        add(result, paragraph.substring(start));
        return result;
    }

    private static void add(List<String> result, String sentence) {
        String s = sentence.strip();
        while (s.length() > MAX_LENGTH) {
            int cut = lastClauseEnd(s, MAX_LENGTH);
            result.add(s.substring(0, cut).strip());
            s = s.substring(cut).strip();
        }
        if (!s.isEmpty()) {
            result.add(s);
        }
    }

    /** The end of the last clause (after ；, then after ，) within {@code max} characters, else {@code max}. */
    private static int lastClauseEnd(String s, int max) {
        for (char mark : new char[] {'；', '，', '、'}) {
            int i = s.lastIndexOf(mark, max - 1);
            if (i >= max / 3) {
                return i + 1;
            }
        }
        return max;
    }
}
