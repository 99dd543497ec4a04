package org.policykg.ingest.graph;

/** What writing one document did: created it, found it unchanged, or replaced an earlier version of the same key. */
public record WriteOutcome(Status status, String documentId, String replacedId, int sentences, int entities,
                           int mentions, int relations) {

    public enum Status { CREATED, UNCHANGED, REPLACED }
}
