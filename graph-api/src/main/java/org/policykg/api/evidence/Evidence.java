package org.policykg.api.evidence;

import java.util.List;

import org.neo4j.driver.Value;

/**
 * The sentence behind a fact: where it stands (document and section) and what it says. Every answer about a
 * relation carries a list of these.
 */
public record Evidence(String documentId, String documentTitle, String section, String sentence) {

    /**
     * Cypher for the evidence of the relationship bound to {@code r}, as a list named {@code evidence}; needs
     * {@code $evidenceLimit}. Include it where {@code r} is in scope.
     */
    public static final String OF_RELATIONSHIP = """
            CALL (r) {
              UNWIND coalesce(r.evidence, []) AS sentenceId
              WITH DISTINCT sentenceId LIMIT $evidenceLimit
              MATCH (s:Sentence {id: sentenceId})
              OPTIONAL MATCH (d:Document {id: s.documentId})
              RETURN collect({documentId: s.documentId, documentTitle: d.title, section: s.section, sentence: s.text}) AS evidence
            }
            """;

    /** How many sentences an answer cites per relation, unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 5;

    public static List<Evidence> listOf(Value value) {
        return value.asList(v -> new Evidence(v.get("documentId").asString(null), v.get("documentTitle").asString(null),
                v.get("section").asString(null), v.get("sentence").asString(null)));
    }
}
