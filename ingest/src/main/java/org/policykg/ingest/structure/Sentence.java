package org.policykg.ingest.structure;

/** A sentence with its place: document, section, position and zone. A heading is a sentence of its own section. */
public record Sentence(String id, String documentId, String sectionId, int ordinal, int paragraph, String text,
                       Zone zone, boolean heading) {
}
