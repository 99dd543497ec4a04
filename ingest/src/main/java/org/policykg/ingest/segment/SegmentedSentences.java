package org.policykg.ingest.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policykg.ingest.structure.Sentence;
import org.policykg.ingest.structure.StructuredDocument;

/**
 * The segmentation stage's output: the tokens of every sentence that can state a fact, segmented once and read by
 * extraction. Front matter, references and English passages produce no facts, so they are not segmented.
 */
public record SegmentedSentences(Map<String, List<Token>> bySentence) {

    public SegmentedSentences {
        bySentence = Map.copyOf(bySentence);
    }

    public static SegmentedSentences of(StructuredDocument document, Segmenter segmenter) {
        Map<String, List<Token>> tokens = new LinkedHashMap<>();
        for (Sentence sentence : document.sentences()) {
            if (sentence.zone().producesFacts()) {
                tokens.put(sentence.id(), List.copyOf(segmenter.segment(sentence.analysisText())));
            }
        }
        return new SegmentedSentences(tokens);
    }

    /** The tokens of {@code sentence}'s analysis text; a sentence the stage skipped is a programming error. */
    public List<Token> of(Sentence sentence) {
        List<Token> tokens = bySentence.get(sentence.id());
        if (tokens == null) {
            throw new IllegalStateException("sentence " + sentence.id() + " was not segmented");
        }
        return tokens;
    }
}
