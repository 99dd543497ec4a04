package org.policykg.ingest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.text.Han;

/**
 * Makes punctuation in Chinese text full-width, so that sentence and clause splitting see one alphabet:
 * half-width , ; : ? ! and brackets next to Chinese become ，；：？！（）, and straight quotes become “ ”.
 * English passages are left alone.
 */
final class PunctuationNormalizer {

    private static final String HAN = "\\p{IsHan}“”「」『』（）《》";
    private static final Pattern PARENS = Pattern.compile("\\(([^()]*\\p{IsHan}[^()]*)\\)");

    String normalize(String text) {
        if (Han.share(text) < 0.3) {
            return text;
        }
        String t = PARENS.matcher(text).replaceAll(m -> Matcher.quoteReplacement("（" + m.group(1).strip() + "）"));
        t = halfToFull(t, ',', '，');
        t = halfToFull(t, ';', '；');
        t = halfToFull(t, ':', '：');
        t = halfToFull(t, '?', '？');
        t = halfToFull(t, '!', '！');
        t = t.replaceAll("\\s*([，。、；：？！”」』）》])\\s*", "$1").replaceAll("([“「『（《])\\s+", "$1");
        return straightQuotes(t);
    }

    /** Replaces a half-width mark that touches Chinese on either side (digits on both sides keep it: 1,000). */
    private static String halfToFull(String t, char half, char full) {
        Pattern p = Pattern.compile("(?<=[" + HAN + "])\\s*" + Pattern.quote(String.valueOf(half)) + "\\s*"
                + "|\\s*" + Pattern.quote(String.valueOf(half)) + "\\s*(?=[" + HAN + "])");
        return p.matcher(t).replaceAll(String.valueOf(full));
    }

    private static String straightQuotes(String t) {
        if (t.indexOf('"') < 0) {
            return t;
        }
        StringBuilder out = new StringBuilder(t.length());
        boolean open = true;
        for (char c : t.toCharArray()) {
            if (c == '"') {
                out.append(open ? '“' : '”');
                open = !open;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
