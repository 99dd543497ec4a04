package org.policykg.api.evidence;

import java.util.List;

import org.neo4j.driver.Value;

/**
 * The sentence behind a fact: where it stands (document and section) and what it says. Every answer about a
 * relation carries a list of these; the query files that cite evidence return it as a list of maps with these
 * four keys, which {@link #listOf} reads.
 */
public record Evidence(String documentId, String documentTitle, String section, String sentence) {

    /** How many sentences an answer cites per relation, unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 5;

    public static List<Evidence> listOf(Value value) {
        return value.asList(v -> new Evidence(v.get("documentId").asString(null), v.get("documentTitle").asString(null),
                v.get("section").asString(null), v.get("sentence").asString(null)));
    }
}
