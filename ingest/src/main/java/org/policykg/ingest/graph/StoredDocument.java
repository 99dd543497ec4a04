package org.policykg.ingest.graph;

import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.TransactionContext;

/**
 * What a stored document holds, so that a text recognised by its hash is answered without analysing it again:
 * its sentences, mentions, the entities it mentions or relates, and the relations it contributed to (one per type
 * and ends, as {@code GET /api/documents/{id}} counts them).
 */
final class StoredDocument {

    private static final String COUNTS = """
            MATCH (d:Document {id: $id})
            CALL (d) {
              MATCH (s:Sentence {documentId: d.id})
              RETURN count(s) AS sentences
            }
            CALL (d) {
              MATCH (:Sentence {documentId: d.id})-[m:MENTIONS]->(e:Entity)
              RETURN count(m) AS mentions, collect(DISTINCT e.id) AS mentioned
            }
            CALL (d) {
              MATCH (a:Entity)-[r]->(b:Entity) WHERE d.id IN r.documents
              RETURN count(r) AS relations, collect(DISTINCT a.id) + collect(DISTINCT b.id) AS related
            }
            CALL (mentioned, related) {
              UNWIND mentioned + related AS entity
              RETURN count(DISTINCT entity) AS entities
            }
            RETURN sentences, mentions, entities, relations
            """;

    private StoredDocument() {
    }

    static Optional<WriteOutcome> read(TransactionContext tx, String documentId) {
        var rows = tx.run(COUNTS, Map.of("id", documentId)).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var row = rows.get(0);
        return Optional.of(new WriteOutcome(WriteOutcome.Status.UNCHANGED, documentId, null, row.get("sentences").asInt(),
                row.get("entities").asInt(), row.get("mentions").asInt(), row.get("relations").asInt()));
    }
}
