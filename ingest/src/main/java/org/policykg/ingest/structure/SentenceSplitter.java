package org.policykg.ingest.structure;

import java.util.ArrayList;
import java.util.List;

/** Splits a Chinese paragraph after 。！？ (and their closing quotes or brackets) and after an ellipsis. */
final class SentenceSplitter {

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
        if (!s.isEmpty()) {
            result.add(s);
        }
    }
}
