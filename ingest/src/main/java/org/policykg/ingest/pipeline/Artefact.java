package org.policykg.ingest.pipeline;

/**
 * What a stage needs and adds to a document under analysis, as CoreNLP's annotators or HanLP's pipes declare
 * theirs. The read stage gives {@link #TEXT}; every later artefact comes from one stage of {@link Stages#standard}.
 */
enum Artefact {
    /** The decoded text, its content id and its metadata. */
    TEXT,
    /** The script the text is written in, and the simplified form the later stages read. */
    SCRIPT,
    /** Paragraphs with extraction damage repaired. */
    CLEAN_TEXT,
    SECTIONS,
    SENTENCES,
    /** Issuers, number, date, kind, authors and venue: what the caller gave, else what the text states. */
    METADATA,
    /** Each fact-bearing sentence as tokens, segmented once. */
    TOKENS,
    ENTITIES,
    MENTIONS,
    RELATIONS
}
