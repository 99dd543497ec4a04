package org.policykg.ingest.script;

/** What the script stage tells the later stages: the script a document is written in and the form they analyse. */
public record ScriptReading(Script script, AnalysisForm form) {

    /** A simplified document: every stage reads it exactly as written. */
    public static final ScriptReading SIMPLIFIED = new ScriptReading(Script.SIMPLIFIED, AnalysisForm.AS_WRITTEN);
}
