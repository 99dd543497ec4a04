package org.policykg.ingest.clean;

import java.util.regex.Pattern;

/**
 * Character-level repairs on the whole text: private-use glyphs from PDF fonts, footnote marks (①②③, ¹²³),
 * HTML citation superscripts, Markdown emphasis and escapes, inline citation marks such as [7] or [6,8],
 * ideographic and non-breaking spaces, and full-width letters and digits.
 */
final class CharacterNormalizer {

    private static final Pattern SUP = Pattern.compile("<sup>.*?</sup>");
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:sup|sub|b|i|em|strong|span)[^>]*>");
    private static final Pattern INLINE_CITATION =
            Pattern.compile("(?<=[^\\s\\-])[ \\t]*\\[\\d{1,3}(?:\\s*[,，\\-–]\\s*\\d{1,3})*\\](?:[ \\t]+(?=[,，。;；]))?");

    String normalize(String text) {
        String t = SUP.matcher(text).replaceAll("");
        t = HTML_TAG.matcher(t).replaceAll("");
        t = t.replace("\\*", "").replace("**", "").replace("\\[", "[").replace("\\]", "]");
        t = INLINE_CITATION.matcher(t).replaceAll("");
        StringBuilder out = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.PRIVATE_USE || isFootnoteMark(cp)
                    || cp == 0xFEFF || cp == 0x200B) {
                return;
            }
            if (cp == 0x3000 || cp == 0x00A0) {
                out.append(' ');
            } else if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A)
                    || cp == 0xFF05) {
                out.appendCodePoint(cp - 0xFEE0);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isFootnoteMark(int cp) {
        return (cp >= 0x2460 && cp <= 0x2473)          // ① .. ⑳
                || cp == 0x00B9 || cp == 0x00B2 || cp == 0x00B3 // ¹ ² ³
                || (cp >= 0x2070 && cp <= 0x2079);      // ⁰ ⁴ .. ⁹
    }
}
