package org.policykg.ingest.model;

/** The kinds of things the graph knows; each is also the node label in Neo4j. */
public enum EntityType {
    Region("r"), Strategy("s"), Mechanism("m");

    private final String idPrefix;

    EntityType(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** The entity type named {@code name} (any case); the message lists the valid ones. */
    public static EntityType parse(String name) {
        for (EntityType t : values()) {
            if (t.name().equalsIgnoreCase(name.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("type must be one of Region, Strategy, Mechanism, not " + name);
    }

    public String idPrefix() {
        return idPrefix;
    }

    public String label() {
        return name();
    }
}
