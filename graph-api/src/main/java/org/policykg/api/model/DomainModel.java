package org.policykg.api.model;

import java.util.List;

/**
 * The closed vocabularies of the graph as the page and other clients read them: the boards in their order, the
 * relation types with the entity types each connects and whether it is symmetric, the entity types, and the kinds
 * a Region can have, and the kinds of document (the values of {@code ?kind=} on /api/documents).
 */
record DomainModel(List<BoardView> boards, List<RelationTypeView> relationTypes, List<EntityTypeView> entityTypes,
                   List<String> regionKinds, List<DocumentKindView> documentKinds) {

    /** {@code kind} as stored on a Document and accepted by filters; {@code label} as Chinese texts name it. */
    record DocumentKindView(String kind, String label) {
    }

    record BoardView(String id, String name) {
    }

    /**
     * {@code connects} lists every [source, target] pair of entity types the relation accepts, source first;
     * {@code directed} is false for a symmetric relation (stored once, in either direction); {@code stated} is false for
     * the gazetteer's geography (WITHIN), which no text states.
     */
    record RelationTypeView(String type, List<List<String>> connects, boolean symmetric, boolean directed, boolean stated) {
    }

    record EntityTypeView(String type, String idPrefix) {
    }
}
