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
    /** Containment: a region in a region, a strategy in a strategy, a mechanism as a component of a mechanism. */
    PART_OF(null, null),
    /** Two regions work together, symmetric; stored once: (Region)-[:COOPERATES_WITH]->(Region). */
    COOPERATES_WITH(Region, Region),
    /** Directed help (帮扶, 对口支援, 东西部协作 pairings): (helper:Region)-[:ASSISTS]->(recipient:Region). */
    ASSISTS(Region, Region),
    /**
     * The gazetteer's geography between regions a document names (沈阳 within 辽宁, 辽宁 within 东北地区):
     * reference knowledge, not something the text states, so it is kept apart from PART_OF (which the text states)
     * and is not scored against annotations (the annotation guide puts unstated containment under optional).
     */
    WITHIN(Region, Region);

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

    /**
     * Every relation type as a Cypher relationship-type alternation ({@code SERVES|SUPPORTS|…}), for patterns that
     * take every fact between entities; built from this enum, never from input.
     */
    public static String cypherAlternatives() {
        return java.util.Arrays.stream(values()).map(Enum::name).collect(java.util.stream.Collectors.joining("|"));
    }

    /**
     * Whether the relation reads the same both ways: a symmetric fact is stored once, in either direction, and
     * drawn without an arrow. Only cooperation is; help (ASSISTS) has a helper and a recipient.
     */
    public boolean symmetric() {
        return this == COOPERATES_WITH;
    }

    /** Whether the text states the relation (every type but the gazetteer's {@link #WITHIN}); only these are scored. */
    public boolean stated() {
        return this != WITHIN;
    }

    /** Whether this relation may connect the two types (PART_OF connects equal types). */
    public boolean accepts(EntityType source, EntityType target) {
        return from == null ? source == target : from == source && to == target;
    }
}
