package org.policykg.ingest.graph;

import java.nio.file.Path;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * An open graph for ingestion: a driver to an external Neo4j (bolt:// or neo4j://), or to an embedded database
 * started in this JVM when no URI is given. Opening applies the schema files.
 */
public final class GraphConnection implements AutoCloseable {

    private final Driver driver;
    private final String database;
    private final EmbeddedNeo4j embedded;
    private final String description;

    private GraphConnection(Driver driver, String database, EmbeddedNeo4j embedded, String description) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
        this.description = description;
    }

    public static GraphConnection open(String uri, String user, String password, String database, Path embeddedDataDir) {
        EmbeddedNeo4j embedded = null;
        String target = uri;
        if (target == null || target.isBlank()) {
            embedded = EmbeddedNeo4j.start(embeddedDataDir, 0);
            target = embedded.boltUri();
        }
        try {
            Driver driver = Neo4jGraph.connect(target, user, password);
            SchemaMigrations.apply(driver, database);
            return new GraphConnection(driver, database, embedded,
                    embedded == null ? target : "embedded Neo4j in " + embeddedDataDir.toAbsolutePath());
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    public DocumentWriter writer() {
        return new DocumentWriter(driver, database);
    }

    public Map<String, Long> counts() {
        return GraphCounts.of(driver, database);
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
