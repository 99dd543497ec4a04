package org.policykg.ingest.gazetteer;

import java.util.List;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RegionKind;

/**
 * A known entity: canonical name, type, region kind (regions only), aliases, the entities it is part of, for
 * strategies the regions its name denotes, and the names a reader may ask for it by that texts use for an area of
 * their own ({@code askedAs}: stored with the entity for search and questions, never read in a text).
 */
public record GazetteerEntry(String name, EntityType type, RegionKind kind, List<String> aliases,
                             List<String> partOf, List<String> covers, List<String> askedAs) {

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        partOf = List.copyOf(partOf);
        covers = List.copyOf(covers);
        askedAs = List.copyOf(askedAs);
    }

    public GazetteerEntry(String name, EntityType type, RegionKind kind, List<String> aliases, List<String> partOf, List<String> covers) {
        this(name, type, kind, aliases, partOf, covers, List.of());
    }
}
