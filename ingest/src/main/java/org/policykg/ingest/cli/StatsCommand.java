package org.policykg.ingest.cli;

import java.util.concurrent.Callable;

import org.policykg.ingest.graph.GraphConnection;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stats}: node and relationship counts. */
@Command(name = "stats", description = "Print node counts per label and relationship counts per type.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j = new Neo4jOptions();

    @Override
    public Integer call() {
        try (GraphConnection graph = neo4j.open()) {
            graph.counts().forEach((k, v) -> System.out.printf("%-16s %d%n", k, v));
            return 0;
        }
    }
}
