package org.policykg.api.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.api.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The docker-compose way: embedded Neo4j off, the service against the official Neo4j 5.26 image. Skipped where
 * no Docker engine runs (our CI); for users who have Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.neo4j.embedded.enabled=false",
        "policykg.corpus.dir=../corpus"})
class ExternalNeo4jContainerTest {

    @Container
    @ServiceConnection
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26-community").withoutAuthentication();

    @LocalServerPort
    int port;

    @Test
    void ingestsTheCorpusIntoTheExternalDatabaseAndAnswers() {
        Http http = new Http(port);
        assertThat(http.get("/api/stats").json().get("counts").get("Document").asLong()).isEqualTo(5);
        assertThat(http.get("/api/stats").json().get("neo4j").get("embedded").asBoolean()).isFalse();
        assertThat(http.get("/api/entities/lookup", Map.of("name", "长江三角洲地区")).json().get("name").asString()).isEqualTo("长三角");
    }
}
