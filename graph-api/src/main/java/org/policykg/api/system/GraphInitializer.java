package org.policykg.api.system;

import java.nio.file.Files;
import java.util.List;

import org.neo4j.driver.Driver;
import org.policykg.ingest.graph.SchemaMigrations;
import org.policykg.ingest.service.IngestReport;
import org.policykg.ingest.service.IngestionService;
import org.policykg.ingest.service.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Makes the graph ready before the service takes requests: applies the schema files, then ingests the corpus
 * folder (idempotent: unchanged documents are skipped, so a restart adds nothing). Reports as health
 * component {@code graph}: DOWN until both are done.
 */
@Component("graph")
class GraphInitializer implements SmartInitializingSingleton, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

    private final Driver driver;
    private final IngestionService ingestion;
    private final CorpusProperties properties;
    private volatile IngestReport report;
    private volatile boolean ready;
    private volatile String problem;

    GraphInitializer(Driver driver, IngestionService ingestion, CorpusProperties properties) {
        this.driver = driver;
        this.ingestion = ingestion;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            long start = System.nanoTime();
            List<Integer> applied = SchemaMigrations.apply(driver, null);
            log.info("Schema: {} file(s) applied, indexes online, in {} ms", applied.size(), (System.nanoTime() - start) / 1_000_000);
            if (properties.corpus().ingestOnStartup() && Files.isDirectory(properties.corpus().path())) {
                report = ingestion.ingest(properties.corpus().path(), Progress.NONE);
                log.info("Corpus {}: {} new, {} unchanged, {} replaced, {} rejected, {} characters in {} s",
                        properties.corpus().path().toAbsolutePath(), report.created(), report.unchanged(), report.replaced(),
                        report.rejected().size(), report.characters(), String.format("%.2f", report.seconds()));
                report.rejected().forEach(r -> log.warn("Rejected {}: {}", r.file(), r.reason()));
            }
            ready = true;
        } catch (RuntimeException e) {
            problem = e.getMessage();
            throw e;
        }
    }

    @Override
    public Health health() {
        if (!ready) {
            return Health.down().withDetail("reason", problem == null ? "schema and corpus not loaded yet" : problem).build();
        }
        Health.Builder up = Health.up();
        if (report != null) {
            up.withDetail("documentsIngestedAtStart", report.documents()).withDetail("rejectedAtStart", report.rejected().size());
        }
        return up.build();
    }
}
