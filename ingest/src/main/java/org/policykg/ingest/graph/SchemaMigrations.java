package org.policykg.ingest.graph;

import java.util.List;

import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Applies the versioned schema files {@code cypher/schema/V0001__Name.cypher} with neo4j-migrations: in order, once
 * each, recorded in its {@code __Neo4jMigration} chain with each file's checksum, so an applied file that was edited
 * afterwards stops start-up instead of being skipped silently; a lock keeps two instances from applying at once.
 * Each statement runs in its own transaction: a file may mix schema commands and writes (V0003).
 */
public final class SchemaMigrations {

    private static final String LOCATION = "classpath:cypher/schema";

    private SchemaMigrations() {
    }

    /** Applies what is missing; returns the versions applied now. */
    public static List<Integer> apply(Driver driver, String database) {
        MigrationsConfig.Builder config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withPackagesToScan() // no Java migrations: nothing to scan for
                .withResourceScanner(new SchemaFiles())
                .withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT);
        if (database != null) {
            config.withDatabase(database);
        }
        Migrations migrations = new Migrations(config.build(), driver);
        List<Integer> pending = migrations.info().getElements().stream()
                .filter(e -> e.getState() == MigrationState.PENDING).map(e -> Integer.parseInt(e.getVersion())).toList();
        migrations.apply();
        try (Session session = Neo4jGraph.session(driver, database)) {
            session.run("CALL db.awaitIndexes(60)").consume();
        }
        return pending;
    }
}
