package org.policykg.ingest.structure;

/**
 * Which part of a document a sentence sits in. Only abstract and body sentences produce facts.
 * {@code OFFICIAL_MARKS} is the apparatus of an official document wherever it stands (document number,
 * salutation, signature and date, attachment list, 抄送 and printing line, contact, publication note): it frames
 * the text and states nothing about regions or mechanisms.
 */
public enum Zone {
    FRONT_MATTER, ABSTRACT, BODY, REFERENCES, ENGLISH, OFFICIAL_MARKS;

    public boolean producesFacts() {
        return this == ABSTRACT || this == BODY;
    }

    /** Whether a heading here opens a section (a headline in front matter is a title; a mark is never a heading). */
    boolean opensSections() {
        return this == ABSTRACT || this == BODY || this == REFERENCES;
    }
}
