package org.policykg.api.neo4j;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.policykg.ingest.graph.EmbeddedNeo4j;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded Neo4j on its own thread as soon as the application context exists, so the database boots
 * while Spring builds everything else; the server bean waits for it. Registered in META-INF/spring.factories.
 */
public class EmbeddedNeo4jStartup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "embeddedNeo4jStartupFuture";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Binder binder = Binder.get(context.getEnvironment());
        EmbeddedNeo4jProperties properties = binder.bind("policykg.neo4j.embedded", EmbeddedNeo4jProperties.class)
                .orElseGet(() -> binder.bindOrCreate("policykg.neo4j.embedded", EmbeddedNeo4jProperties.class));
        if (!properties.enabled() || context.getBeanFactory().containsSingleton(BEAN)) {
            return;
        }
        CompletableFuture<EmbeddedNeo4j> server = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                server.complete(EmbeddedNeo4j.start(properties.settings()));
            } catch (RuntimeException | Error e) {
                server.completeExceptionally(e);
            }
        }, "embedded-neo4j-start");
        thread.setDaemon(true);
        thread.start();
        context.getBeanFactory().registerSingleton(BEAN, new Pending(server));
    }

    /** The server being started; {@link #await()} returns it once Bolt and HTTP are open. */
    record Pending(CompletableFuture<EmbeddedNeo4j> server) {

        EmbeddedNeo4j await() {
            try {
                return server.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the embedded Neo4j started", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }
}
