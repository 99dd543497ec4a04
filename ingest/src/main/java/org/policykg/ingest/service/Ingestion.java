package org.policykg.ingest.service;

/**
 * What ingesting one text did, and what the document holds: counted by its analysis, or, for a text already stored
 * (recognised by its hash, not analysed again), by the graph.
 */
public record Ingestion(Status status, String documentId, String replacedId, String title, int sentences, int entities,
                        int mentions, int relations) {

    public enum Status { CREATED, UNCHANGED, REPLACED }
}
