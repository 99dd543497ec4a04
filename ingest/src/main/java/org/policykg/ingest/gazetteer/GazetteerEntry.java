package org.policykg.ingest.gazetteer;

import java.util.List;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RegionKind;

/**
 * A known entity: canonical name, type, region kind (regions only), aliases, the entities it is part of,
 * and for strategies the regions its name denotes.
 */
public record GazetteerEntry(String name, EntityType type, RegionKind kind, List<String> aliases,
                             List<String> partOf, List<String> covers) {

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        partOf = List.copyOf(partOf);
        covers = List.copyOf(covers);
    }
}
