package org.policykg.ingest.model;

import java.util.Collection;
import java.util.List;

import org.policykg.ingest.structure.StructuredDocument;

/**
 * Everything one document contributes to the graph: its structure, metadata, entities, mentions and relations.
 * Built without metadata, it carries what the caller or manifest gave ({@link DocumentMetadata#given}).
 */
public record DocumentGraph(StructuredDocument document, Collection<Entity> entities, List<Mention> mentions,
                            List<Relation> relations, DocumentMetadata metadata) {

    public DocumentGraph {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        metadata = metadata != null ? metadata : DocumentMetadata.given(document.source().meta());
    }

    public DocumentGraph(StructuredDocument document, Collection<Entity> entities, List<Mention> mentions, List<Relation> relations) {
        this(document, entities, mentions, relations, null);
    }

    public DocumentGraph withMetadata(DocumentMetadata metadata) {
        return new DocumentGraph(document, entities, mentions, relations, metadata);
    }
}
