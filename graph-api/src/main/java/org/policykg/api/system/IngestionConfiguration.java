package org.policykg.api.system;

import org.neo4j.driver.Driver;
import org.policykg.ingest.graph.GraphConnection;
import org.policykg.ingest.pipeline.Pipeline;
import org.policykg.ingest.script.ScriptStage;
import org.policykg.ingest.service.IngestionService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ingest's one ingestion service, on the service's driver, shared by start-up ingestion and the documents API.
 * The pipeline is a {@code MeterBinder}: Spring Boot binds its stage timers ({@value Pipeline#STAGE_TIMER}) to
 * the registry behind {@code /actuator/metrics}.
 */
@Configuration(proxyBeanMethods = false)
class IngestionConfiguration {

    @Bean
    Pipeline pipeline(CorpusProperties properties, ObjectProvider<PipelineWarmup.Pending> early) {
        PipelineWarmup.Pending pending = early.getIfAvailable();
        return pending != null ? pending.pipeline().join() : Pipeline.standard(properties.maxDocumentSize().toBytes());
    }

    /** The pipeline's script stage: look-ups read a traditional name (遼寧) as the simplified one the graph holds. */
    @Bean
    ScriptStage scriptStage(Pipeline pipeline) {
        return pipeline.scripts();
    }

    /** Every write or removal drops the answers cached at the graph's old version on this instance at once. */
    @Bean
    IngestionService ingestionService(Pipeline pipeline, Driver driver, GraphVersion graphVersion) {
        return new IngestionService(pipeline, GraphConnection.using(driver, null), graphVersion::invalidate);
    }
}
