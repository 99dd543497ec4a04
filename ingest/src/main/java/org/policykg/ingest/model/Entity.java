package org.policykg.ingest.model;

import java.util.Set;
import java.util.TreeSet;

/** A region, strategy or mechanism, with how it was found and how sure we are. {@code kind} is set for regions. */
public record Entity(String id, EntityType type, String name, RegionKind kind, Set<String> aliases,
                     Method method, double confidence) {

    public Entity {
        aliases = Set.copyOf(new TreeSet<>(aliases));
    }

    public static Entity of(EntityType type, String name, RegionKind kind, Set<String> aliases, Method method) {
        return new Entity(EntityId.of(type, name), type, name, kind, aliases, method, method.confidence());
    }
}
