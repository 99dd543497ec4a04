package org.policykg.ingest.model;

/** An entity named in a sentence, at character offsets [start, end) of the sentence text. */
public record Mention(String sentenceId, String entityId, EntityType type, String surface, int start, int end,
                      Method method) {
}
