package org.policykg.ingest.clean;

import java.util.regex.Pattern;

/**
 * Removes spaces that PDF and newspaper extraction put inside Chinese words and numbers
 * ("区域一体化发 展", "毗 邻省市", "5. 87 万亿元", "2023 年"), and Markdown list and heading markers.
 */
final class SpacingRepair {

    private static final String CJK = "\\p{IsHan}，。、；：？！“”‘’「」『』（）《》【】—…";
    private static final Pattern BETWEEN_CJK = Pattern.compile("(?<=[" + CJK + "])\\s+(?=[" + CJK + "])");
    private static final Pattern CJK_DIGIT = Pattern.compile("(?<=[" + CJK + "])\\s+(?=[0-9])");
    private static final Pattern DIGIT_CJK = Pattern.compile("(?<=[0-9%])\\s+(?=[" + CJK + "])");
    private static final Pattern CJK_LATIN = Pattern.compile("(?<=[" + CJK + "])\\s+(?=[A-Za-z])|(?<=[A-Za-z])\\s+(?=[" + CJK + "])");
    private static final Pattern SPLIT_DECIMAL = Pattern.compile("(\\d)\\s*\\.\\s+(\\d)");
    private static final Pattern SPLIT_PERCENT = Pattern.compile("(\\d)\\s+%");
    private static final Pattern LEADING_MARKUP = Pattern.compile("^(?:#+\\s*|[-*+]\\s+)+");

    String repair(String text) {
        String t = LEADING_MARKUP.matcher(text.strip()).replaceFirst("");
        t = SPLIT_DECIMAL.matcher(t).replaceAll("$1.$2");
        t = SPLIT_PERCENT.matcher(t).replaceAll("$1%");
        t = BETWEEN_CJK.matcher(t).replaceAll("");
        t = CJK_DIGIT.matcher(t).replaceAll("");
        t = DIGIT_CJK.matcher(t).replaceAll("");
        if (org.policykg.ingest.text.Han.share(t) > 0.5) {
            t = CJK_LATIN.matcher(t).replaceAll("");
        }
        return t.strip();
    }
}
