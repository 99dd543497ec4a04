package org.policykg.ingest.model;

/** The kinds of things the graph knows; each is also the node label in Neo4j. */
public enum EntityType {
    Region("r"), Strategy("s"), Mechanism("m");

    private final String idPrefix;

    EntityType(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public String label() {
        return name();
    }
}
