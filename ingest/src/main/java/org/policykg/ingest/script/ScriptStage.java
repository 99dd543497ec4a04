package org.policykg.ingest.script;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.policykg.ingest.text.Han;

/**
 * The script stage. Needs: decoded text. Adds: the script the text is written in, and the form later stages analyse.
 * A text is traditional when at least {@value #TRADITIONAL_SHARE} of its Han characters exist only in traditional
 * writing, that is, change under conversion (發, 區, 遼). Measured on this repository's articles: simplified texts
 * 0 to 0.0002 (a traditional character in an author's name), the same texts in traditional characters 0.29 to 0.41.
 * A simplified text is never converted, so it reaches analysis byte for byte as written; a traditional one is
 * converted whole, so that Taiwan and Hong Kong words in it (高品質, 軟體, 網路) are read as their mainland
 * equivalents too. A document that mixes both scripts is converted whole once its share passes the threshold:
 * the conversion leaves simplified characters as they are (on every article here it changes only two traditional
 * characters in authors' names), so in its simplified passages only the listed regional words could change.
 */
public final class ScriptStage {

    static final double TRADITIONAL_SHARE = 0.05;

    private final Simplifier simplifier;
    private final AnalysisForm simplified;
    /** Whether a character changes under conversion; the set of Han characters in use is small, so this stays small. */
    private final Map<Integer, Boolean> traditionalOnly = new ConcurrentHashMap<>();

    public ScriptStage(Simplifier simplifier) {
        this.simplifier = simplifier;
        this.simplified = simplifier::simplify;
    }

    public ScriptReading read(String text) {
        return detect(text) == Script.TRADITIONAL ? new ScriptReading(Script.TRADITIONAL, simplified) : ScriptReading.SIMPLIFIED;
    }

    public Script detect(CharSequence text) {
        return traditionalShare(text) >= TRADITIONAL_SHARE ? Script.TRADITIONAL : Script.SIMPLIFIED;
    }

    /** Share of Han characters in {@code text} that exist only in traditional writing; 0 without Han characters. */
    public double traditionalShare(CharSequence text) {
        long han = 0;
        long traditional = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Han.isHan(cp)) {
                han++;
                if (traditionalOnly.computeIfAbsent(cp, this::changesUnderConversion)) {
                    traditional++;
                }
            }
        }
        return han == 0 ? 0 : (double) traditional / han;
    }

    /**
     * A name or query as the graph holds it: in simplified characters when it is written in traditional ones
     * (遼寧 → 辽宁), unchanged otherwise, so look-ups by a traditional name find the entity.
     */
    public String simplifiedForm(String text) {
        return read(text).form().of(text);
    }

    /**
     * What a look-up or search for {@code text} should match: the text as typed and, when it is written in
     * traditional characters, its simplified form too (names in the graph are simplified; sentences keep both).
     */
    public List<String> searchForms(String text) {
        String simplifiedText = simplifiedForm(text);
        return simplifiedText.equals(text) ? List.of(text) : List.of(text, simplifiedText);
    }

    private boolean changesUnderConversion(int codePoint) {
        String character = Character.toString(codePoint);
        return !simplifier.simplify(character).equals(character);
    }
}
