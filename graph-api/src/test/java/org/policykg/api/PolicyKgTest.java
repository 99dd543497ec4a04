package org.policykg.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

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
        "policykg.cypher.timeout=3s",
        "policykg.cypher.max-rows=200"})
public @interface PolicyKgTest {

    String API_KEY = "test-key-7f3a";
}
