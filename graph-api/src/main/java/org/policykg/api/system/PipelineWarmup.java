package org.policykg.api.system;

import java.util.concurrent.CompletableFuture;

import org.policykg.ingest.pipeline.Pipeline;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * Loads the gazetteer and HanLP's dictionaries on their own thread from the start, in parallel with the database
 * start; the pipeline bean takes the result. Registered in META-INF/spring.factories.
 */
public class PipelineWarmup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "pipelineWarmupFuture";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getBeanFactory().containsSingleton(BEAN)) {
            return;
        }
        long maxBytes = Binder.get(context.getEnvironment()).bind("policykg.max-document-size", DataSize.class)
                .orElse(DataSize.ofMegabytes(10)).toBytes();
        CompletableFuture<Pipeline> pipeline = CompletableFuture.supplyAsync(() -> {
            Pipeline p = Pipeline.standard(maxBytes);
            p.warmUp();
            return p;
        });
        context.getBeanFactory().registerSingleton(BEAN, new Pending(pipeline));
    }

    record Pending(CompletableFuture<Pipeline> pipeline) {
    }
}
