package org.policykg.ingest.text;

/** Facts about Chinese (Han) characters that several stages need. */
public final class Han {

    private Han() {
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Share of Han characters among the visible characters of {@code text}, 0 for blank text. */
    public static double share(CharSequence text) {
        long han = text.codePoints().filter(Han::isHan).count();
        long visible = text.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
        return visible == 0 ? 0 : (double) han / visible;
    }

    /** Share of ASCII letters among the visible characters. */
    public static double latinShare(CharSequence text) {
        long latin = text.codePoints().filter(cp -> (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')).count();
        long visible = text.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
        return visible == 0 ? 0 : (double) latin / visible;
    }
}
