package org.policykg.ingest.graph;

import java.nio.file.Path;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * An open graph for ingestion: a driver to an external Neo4j (bolt:// or neo4j://), or to an embedded database
 * started in this JVM when no URI is given ({@link #open}, which applies the schema files), or a driver someone
 * else owns ({@link #using}: the service's). Reads run in read transactions, writes in write transactions, so a
 * neo4j:// driver sends reads to a cluster's secondaries.
 */
public final class GraphConnection implements AutoCloseable {

    private final Driver driver;
    private final String database;
    private final EmbeddedNeo4j embedded;
    private final String description;
    private final boolean ownsDriver;

    private GraphConnection(Driver driver, String database, EmbeddedNeo4j embedded, String description, boolean ownsDriver) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
        this.description = description;
        this.ownsDriver = ownsDriver;
    }

    /** A driver opened and closed by someone else; {@code database} null for the server's default. */
    public static GraphConnection using(Driver driver, String database) {
        return new GraphConnection(driver, database, null, "shared driver", false);
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
                    embedded == null ? target : "embedded Neo4j in " + embeddedDataDir.toAbsolutePath(), true);
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
        if (!ownsDriver) {
            return;
        }
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
