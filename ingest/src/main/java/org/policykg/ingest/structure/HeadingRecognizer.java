package org.policykg.ingest.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.clean.Block;

/**
 * Recognises headings and their level from the numbering styles of Chinese articles:
 * 一、 and 第一章 (level 1), （一）, 第一节 and 专栏1 (level 2), 1. (level 3), a journal's 3 / 3.1 / 3.1.1, and unnumbered
 * Markdown or stand-alone headline lines (level 1).
 */
final class HeadingRecognizer {

    // the space after a number may be an ideographic one (第四章　协同发展机制); a plan's 节 sits inside its 章, and its box
    // (专栏9　重点工程) is a section of its own beside the 节, not part of the one it follows
    private static final Pattern LEVEL1 = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[章部分])[\\s\u3000]*");
    private static final Pattern LEVEL2 = Pattern.compile("^(?:（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+节|专栏[\\d一二三四五六七八九十]+)[\\s\u3000]*");
    private static final Pattern LEVEL3 = Pattern.compile("^\\d{1,2}[.．、](?!\\d)[\\s\u3000]*");
    // a journal's decimal numbering: 3 引言 (level 1), 3.1 资金共筹机制 (level 2), 3.1.2 … (level 3); the cleaning has
    // already removed the space after the number, and a number with its unit (3月, 2.5亿元) is no heading
    private static final String NO_UNIT = "(?![\\d.．年月日时个项家座条所号期次元亿万千百倍米吨%])";
    private static final Pattern DECIMAL1 = Pattern.compile("^\\d{1,2}" + NO_UNIT + "[\\s\u3000]*(?=\\p{IsHan})");
    private static final Pattern DECIMAL2 = Pattern.compile("^\\d{1,2}[.．]\\d{1,2}" + NO_UNIT + "[\\s\u3000]*(?=\\p{IsHan})");
    private static final Pattern DECIMAL3 = Pattern.compile("^\\d{1,2}[.．]\\d{1,2}[.．]\\d{1,2}" + NO_UNIT + "[\\s\u3000]*(?=\\p{IsHan})");
    private static final int MAX_HEADING = 64;

    record Heading(int level, String title, boolean numbered) {
    }

    Optional<Heading> recognise(Block block) {
        String t = block.text();
        int length = t.codePointCount(0, t.length());
        if (length > MAX_HEADING || t.indexOf('。') >= 0 && t.indexOf('。') < t.length() - 1
                || t.indexOf('；') >= 0 || t.matches(".*\\d{5,}.*")) { // affiliations: "2.北京大学…，北京100871；"
            return Optional.empty();
        }
        for (var level : new Object[][] {{LEVEL1, 1}, {LEVEL2, 2}, {DECIMAL3, 3}, {DECIMAL2, 2}, {DECIMAL1, 1}, {LEVEL3, 3}}) {
            Matcher m = ((Pattern) level[0]).matcher(t);
            if (m.find() && !t.endsWith("。")) {
                return Optional.of(new Heading((Integer) level[1], t.substring(m.end()).strip(), true));
            }
        }
        if ((block.markdownHeading() || block.standalone()) && !t.endsWith("。")) {
            return Optional.of(new Heading(1, t, false));
        }
        return Optional.empty();
    }
}
