package org.policykg.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a document as the meta stage reads it: Markdown marks, superscript numbers and {@code <sup>} removed;
 * {@code spaced} with each run of whitespace one space, {@code compact} with none (财政部 国家发展改革委 reads
 * 财政部国家发展改革委, as the line marks read it).
 */
record Line(int index, String spaced, String compact) {

    private static final Pattern MARKDOWN = Pattern.compile("^(?:#{1,6}\\s*|[-*+]\\s+|>\\s*)+|\\*\\*|\\\\(?=[*_#\\[\\]])|\\\\?\\*$");
    private static final Pattern SUPERSCRIPT = Pattern.compile("<sup>[^<]{0,12}</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");

    /** The document's non-empty lines, numbered from 0. */
    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String cleaned = SUPERSCRIPT.matcher(MARKDOWN.matcher(raw.strip()).replaceAll("")).replaceAll("");
            String spaced = SPACE.matcher(cleaned).replaceAll(" ").strip();
            if (!spaced.isEmpty()) {
                lines.add(new Line(lines.size(), spaced, SPACE.matcher(spaced).replaceAll("")));
            }
        }
        return lines;
    }
}
