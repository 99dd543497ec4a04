package org.policykg.ingest.script;

/**
 * The form in which the analysing stages read a piece of a document: as written when the document is simplified,
 * converted to simplified characters when it is traditional. Cleaning and structuring keep the text as written and
 * consult this form for the decisions that read words (参考文献, 关键词, captions, words across line breaks).
 */
@FunctionalInterface
public interface AnalysisForm {

    AnalysisForm AS_WRITTEN = text -> text;

    String of(String asWritten);
}
