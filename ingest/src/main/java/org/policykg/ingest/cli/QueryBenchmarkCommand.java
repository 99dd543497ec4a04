package org.policykg.ingest.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.policykg.ingest.graph.QueryLoad;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code query-benchmark}: one query file run over Bolt by 1, 16 and 64 concurrent clients, printed as Markdown
 * table rows (target, clients, requests/s, p50, p99, errors) in bench/results/load.md's format.
 */
@Command(name = "query-benchmark", description = "Measure a read query's latency over Bolt under concurrent clients.")
final class QueryBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--uri", required = true, description = "bolt:// or neo4j:// URI of the database.")
    String uri;

    @Option(names = "--user", defaultValue = "neo4j")
    String user;

    @Option(names = "--password", description = "Leave out when authentication is off.")
    String password;

    @Option(names = "--database")
    String database;

    @Option(names = "--query", required = true, description = "A .cypher file with :param lines, as Browser runs it.")
    Path query;

    @Option(names = "--clients", split = ",", defaultValue = "1,16,64")
    List<Integer> clients;

    @Option(names = "--seconds", defaultValue = "8", description = "Measured seconds per row (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--label", defaultValue = "Neo4j over Bolt (Java driver)")
    String label;

    @Override
    public Integer call() throws IOException {
        String text = Files.readString(query, StandardCharsets.UTF_8);
        for (int c : clients) {
            QueryLoad.Result r = QueryLoad.run(uri, user, password, database, text, c, Duration.ofSeconds(2), Duration.ofSeconds(seconds));
            System.out.printf("| %s | %d | %.2f | %.2fms | %.2fms | %s |%n", label, r.clients(), r.requestsPerSecond(),
                    r.p50Millis(), r.p99Millis(), r.errors() == 0 ? "0" : r.errors() + " failed");
        }
        return 0;
    }
}
