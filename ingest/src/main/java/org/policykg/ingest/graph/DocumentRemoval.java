package org.policykg.ingest.graph;

import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.policykg.ingest.model.RelationType;

/**
 * Removes a document inside a caller's transaction: its sections and sentences, its share of every relation's
 * evidence, every relation left without evidence, and every entity left with neither mentions nor relations.
 */
final class DocumentRemoval {

    /** Every relation type of the model (ASSISTS and mechanism PART_OF included), from {@link RelationType}. */
    private static final String FACTS = RelationType.cypherAlternatives();

    private static final String STRIP_EVIDENCE = """
            MATCH ()-[r:%s]->()
            WHERE $documentId IN r.documents
            WITH r, [i IN range(0, size(r.evidence) - 1) WHERE NOT r.evidence[i] STARTS WITH $sentencePrefix] AS keep,
                 [i IN range(0, size(r.documents) - 1) WHERE r.documents[i] <> $documentId] AS keepDocuments
            SET r.evidence = [i IN keep | r.evidence[i]],
                r.evidenceMethods = [i IN keep | r.evidenceMethods[i]],
                r.counts = [i IN keepDocuments | r.counts[i]],
                r.documents = [i IN keepDocuments | r.documents[i]]
            """.formatted(FACTS) + RelationSummary.REFRESH + RelationSummary.CONFIDENCE;

    private static final String DELETE_UNSUPPORTED = """
            MATCH ()-[r:%s]->()
            WHERE size(r.documents) = 0
            DELETE r
            """.formatted(FACTS);

    private static final String DELETE_TEXT = """
            MATCH (d:Document {id: $documentId})
            OPTIONAL MATCH (s:Sentence {documentId: $documentId})
            DETACH DELETE s
            WITH DISTINCT d
            OPTIONAL MATCH (x:Section {documentId: $documentId})
            DETACH DELETE x
            WITH DISTINCT d
            DETACH DELETE d
            """;

    private static final String DELETE_ORPHANS = """
            MATCH (e:Entity)
            WHERE NOT (e)<-[:MENTIONS]-() AND NOT (e)-[:%s]-()
            DETACH DELETE e
            """.formatted(FACTS);

    private DocumentRemoval() {
    }

    static void remove(TransactionContext tx, String documentId) {
        Map<String, Object> params = Map.of("documentId", documentId, "sentencePrefix", documentId + "-",
                "confidence", RelationSummary.confidenceByMethod());
        tx.run(STRIP_EVIDENCE, params).consume();
        tx.run(DELETE_UNSUPPORTED).consume();
        tx.run(DELETE_TEXT, params).consume();
        tx.run(DELETE_ORPHANS).consume();
        tx.run(DocumentWriter.BUMP_VERSION).consume();
    }
}
