package org.policykg.ingest.model;

import static org.policykg.ingest.model.EntityType.Mechanism;
import static org.policykg.ingest.model.EntityType.Region;
import static org.policykg.ingest.model.EntityType.Strategy;

/** The closed vocabulary of relations between entities; each is a relationship type in Neo4j. */
public enum RelationType {
    /** A mechanism works for a region: (Mechanism)-[:SERVES]->(Region). */
    SERVES(Mechanism, Region),
    /** A mechanism carries out a strategy: (Mechanism)-[:SUPPORTS]->(Strategy). */
    SUPPORTS(Mechanism, Strategy),
    /** A strategy is aimed at a region: (Strategy)-[:TARGETS]->(Region). */
    TARGETS(Strategy, Region),
    /** Containment, region in region or strategy in strategy. */
    PART_OF(null, null),
    /** Two regions work together: (Region)-[:COOPERATES_WITH]->(Region). */
    COOPERATES_WITH(Region, Region);

    private final EntityType from;
    private final EntityType to;

    RelationType(EntityType from, EntityType to) {
        this.from = from;
        this.to = to;
    }

    /** The relation type named {@code name} (any case); the message lists the valid ones. */
    public static RelationType parse(String name) {
        for (RelationType t : values()) {
            if (t.name().equalsIgnoreCase(name.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("relation type must be one of " + java.util.List.of(values()) + ", not " + name);
    }

    /** Whether this relation may connect the two types (PART_OF connects equal types). */
    public boolean accepts(EntityType source, EntityType target) {
        return from == null ? source == target && source != Mechanism : from == source && to == target;
    }
}
