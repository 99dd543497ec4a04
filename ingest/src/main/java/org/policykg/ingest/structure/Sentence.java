package org.policykg.ingest.structure;

/**
 * A sentence with its place: document, section, position and zone. A heading is a sentence of its own section.
 * {@code text} is the sentence as written, which evidence shows; {@code analysisText} is what extraction reads: the
 * same string for a simplified document, its simplified form for a traditional one. Token and mention offsets refer
 * to {@code analysisText}.
 */
public record Sentence(String id, String documentId, String sectionId, int ordinal, int paragraph, String text,
                       String analysisText, Zone zone, boolean heading) {

    /** Whether the sentence is written in other characters than it is analysed in. */
    public boolean converted() {
        return !text.equals(analysisText);
    }
}
