package org.policykg.ingest.model;

import java.util.List;

/** One finding of a relation: the two entities, how it was found, and the sentence ids that state it. */
public record Relation(RelationType type, String fromId, String toId, Method method, List<String> evidence) {

    public Relation {
        evidence = List.copyOf(evidence);
    }

    public double confidence() {
        return method.confidence();
    }
}
