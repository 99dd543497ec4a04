package org.policykg.ingest.cli;

import java.nio.file.Path;

import org.policykg.ingest.graph.GraphConnection;

import picocli.CommandLine.Option;

/** Where the graph lives: an external Neo4j given by {@code --uri} (or NEO4J_URI), else an embedded database. */
final class Neo4jOptions {

    @Option(names = "--uri", defaultValue = "${env:NEO4J_URI}", description = "bolt:// or neo4j:// URI of an external Neo4j (env NEO4J_URI). Without it, an embedded database in --data-dir is used.")
    String uri;

    @Option(names = "--user", defaultValue = "${env:NEO4J_USERNAME:-neo4j}", description = "Neo4j user (env NEO4J_USERNAME, default neo4j).")
    String user;

    @Option(names = "--password", defaultValue = "${env:NEO4J_PASSWORD}", description = "Neo4j password (env NEO4J_PASSWORD); none when auth is off.")
    String password;

    @Option(names = "--database", description = "Database name (default: the server's default database).")
    String database;

    @Option(names = "--data-dir", defaultValue = "data/neo4j", description = "Embedded database folder when no --uri is given (default: ${DEFAULT-VALUE}). One process opens it at a time: stop the service first.")
    Path dataDir;

    GraphConnection open() {
        return GraphConnection.open(uri, user, password, database, dataDir);
    }
}
