package org.policykg.ingest.clean;

import java.util.ArrayList;
import java.util.List;

import org.policykg.ingest.marks.LineMarks;
import org.policykg.ingest.script.AnalysisForm;

/**
 * The cleaning stage. Needs: decoded text. Adds: paragraphs (blocks) with extraction damage repaired.
 * Steps run in a fixed order, each small and tested on its own with damage taken from the corpus.
 */
public final class TextCleaner {

    private final CharacterNormalizer characters = new CharacterNormalizer();
    private final LineJoiner lines;
    private final SpacingRepair spacing = new SpacingRepair();
    private final PunctuationNormalizer punctuation = new PunctuationNormalizer();
    private final NoiseFilter noise = new NoiseFilter();

    /** @param words tells whether a word runs across a line break, so a broken line is not taken for a headline */
    public TextCleaner(WordBoundary words) {
        this.lines = new LineJoiner(words, LineMarks.standard());
    }

    public TextCleaner() {
        this(WordBoundary.NONE);
    }

    public List<Block> clean(String text) {
        return clean(text, AnalysisForm.AS_WRITTEN);
    }

    /** @param form how the rules that read words see the text (simplified); blocks keep it as written */
    public List<Block> clean(String text, AnalysisForm form) {
        List<Block> result = new ArrayList<>();
        for (Block block : lines.join(characters.normalize(text), form)) {
            String repaired = punctuation.normalize(spacing.repair(block.text()));
            if (!noise.isNoise(form.of(repaired))) {
                result.add(block.withText(repaired));
            }
        }
        return result;
    }
}
