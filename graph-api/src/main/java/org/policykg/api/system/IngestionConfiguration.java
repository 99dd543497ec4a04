package org.policykg.api.system;

import org.neo4j.driver.Driver;
import org.policykg.ingest.graph.DocumentWriter;
import org.policykg.ingest.pipeline.Pipeline;
import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.script.ScriptStage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ingestion pipeline and the graph writer from the ingest module, shared by start-up ingestion and the documents API. */
@Configuration(proxyBeanMethods = false)
class IngestionConfiguration {

    @Bean
    Pipeline pipeline(CorpusProperties properties, ObjectProvider<PipelineWarmup.Pending> early) {
        PipelineWarmup.Pending pending = early.getIfAvailable();
        return pending != null ? pending.pipeline().join() : new Pipeline(Gazetteer.load(), properties.maxDocumentSize().toBytes());
    }

    /** The pipeline's script stage: look-ups read a traditional name (遼寧) as the simplified one the graph holds. */
    @Bean
    ScriptStage scriptStage(Pipeline pipeline) {
        return pipeline.scripts();
    }

    @Bean
    DocumentWriter documentWriter(Driver driver) {
        return new DocumentWriter(driver, null);
    }
}
