package org.policykg.api.neo4j;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.policykg.ingest.graph.EmbeddedNeo4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code policykg.neo4j.embedded.enabled=true} (the default) the driver connects to the embedded server;
 * otherwise Spring Boot's {@code spring.neo4j.uri} and credentials apply (bolt:// or neo4j:// for a cluster).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "policykg.neo4j.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

    /** Started early by {@link EmbeddedNeo4jStartup}; started here when the context was built without it. */
    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, ObjectProvider<EmbeddedNeo4jStartup.Pending> early) {
        EmbeddedNeo4jStartup.Pending pending = early.getIfAvailable();
        return pending != null ? pending.await() : EmbeddedNeo4j.start(properties.settings());
    }

    /** Built from the running server, so the driver is created only after the database exists. */
    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j server, EmbeddedNeo4jProperties properties) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return server.bolt();
            }

            @Override
            public AuthToken getAuthToken() {
                return properties.authEnabled() ? AuthTokens.basic("neo4j", properties.password()) : AuthTokens.none();
            }
        };
    }

    @Bean
    EmbeddedNeo4jEndpoints embeddedNeo4jEndpoints(EmbeddedNeo4j server) {
        return new EmbeddedNeo4jEndpoints(server.bolt(), server.http().orElseThrow());
    }
}
