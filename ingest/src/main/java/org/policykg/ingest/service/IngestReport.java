package org.policykg.ingest.service;

import java.util.List;

/** What one ingest run did, with the figures the summary prints. */
public record IngestReport(int created, int unchanged, int replaced, List<Rejected> rejected, long characters,
                           long sentences, double seconds) {

    public IngestReport {
        rejected = List.copyOf(rejected);
    }

    public int documents() {
        return created + unchanged + replaced;
    }

    public double charactersPerSecond() {
        return seconds <= 0 ? 0 : characters / seconds;
    }

    /** A file that could not be ingested, and why. */
    public record Rejected(String file, String reason) {
    }
}
