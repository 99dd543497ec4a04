package org.policykg.ingest.cli;

import java.util.concurrent.Callable;

import org.policykg.ingest.graph.GraphConnection;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code delete d0123…}: removes a document and every fact left without evidence. */
@Command(name = "delete", description = "Delete a document by id, with every fact that only it supported.")
final class DeleteCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "Document id (d + 16 hex digits).")
    String documentId;

    @Mixin
    Neo4jOptions neo4j = new Neo4jOptions();

    @Override
    public Integer call() {
        try (GraphConnection graph = neo4j.open()) {
            boolean deleted = graph.writer().delete(documentId);
            System.out.println(deleted ? "deleted " + documentId : "no document " + documentId);
            return deleted ? 0 : 1;
        }
    }
}
