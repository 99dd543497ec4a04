package org.policykg.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.neo4j.driver.Driver;
import org.policykg.ingest.graph.DocumentWriter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The whole service on random ports, with its real embedded Neo4j (fresh data folder per test run) and the corpus
 * ingested at start. Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.neo4j.embedded.bolt-port=0",
        "policykg.neo4j.embedded.http-port=0",
        "policykg.neo4j.embedded.data-dir=target/test-neo4j/${random.uuid}",
        "policykg.corpus.dir=../corpus",
        "policykg.api-key=" + PolicyKgTest.API_KEY,
        "policykg.max-document-size=1MB",
        "policykg.cypher.timeout=1500ms", // long enough for any test query, short for the one that must time out
        "policykg.cypher.max-rows=200"})
@Import(PolicyKgTest.Writer.class)
public @interface PolicyKgTest {

    String API_KEY = "test-key-7f3a";

    /**
     * Ingest's writer on the service's database, for tests that write hand-made document graphs as another writer
     * would (the command line, a second instance): past this instance's ingestion service and its cache invalidation.
     */
    @TestConfiguration(proxyBeanMethods = false)
    class Writer {

        @Bean
        DocumentWriter documentWriter(Driver driver) {
            return new DocumentWriter(driver, null);
        }
    }
}
