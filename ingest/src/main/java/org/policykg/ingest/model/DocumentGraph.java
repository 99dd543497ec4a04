package org.policykg.ingest.model;

import java.util.Collection;
import java.util.List;

import org.policykg.ingest.structure.StructuredDocument;

/** Everything one document contributes to the graph: its structure, entities, mentions and relations. */
public record DocumentGraph(StructuredDocument document, Collection<Entity> entities, List<Mention> mentions,
                            List<Relation> relations) {

    public DocumentGraph {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
    }
}
