package org.policykg.api.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.policykg.api.Http;
import org.policykg.ingest.graph.EmbeddedNeo4j;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The external mode ({@code policykg.neo4j.embedded.enabled=false}, {@code spring.neo4j.uri}) without Docker: the
 * test starts a Neo4j of its own in this JVM, Bolt only, and the service talks to it like to any other server.
 * What the service writes is read back with a separate driver, as an outside client would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.neo4j.embedded.enabled=false",
        "policykg.corpus.dir=src/test/resources/external-corpus", // one short article: the load is what is tested, not the corpus
        "policykg.api-key=external-test-key"})
@DirtiesContext // the context and its database go together, instead of lingering until the JVM exits
class ExternalNeo4jInProcessTest {

    private static EmbeddedNeo4j neo4j;

    @DynamicPropertySource
    static void externalNeo4j(DynamicPropertyRegistry registry) throws Exception {
        neo4j = EmbeddedNeo4j.start(Files.createTempDirectory(Path.of("target"), "external-neo4j-"), 0);
        registry.add("spring.neo4j.uri", neo4j::boltUri);
    }

    @AfterAll
    static void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @LocalServerPort
    int port;

    @Test
    void ingestsTheCorpusIntoTheExternalDatabaseAnswersAndWritesThere() {
        Http http = new Http(port);
        Map<String, String> key = Map.of("X-API-Key", "external-test-key");
        assertThat(http.get("/api/stats").json().get("neo4j").get("embedded").asBoolean()).isFalse();
        assertThat(http.get("/api/stats").json().get("counts").get("Document").asLong()).isEqualTo(1);
        assertThat(http.get("/api/entities/lookup", Map.of("name", "长江三角洲地区")).json().get("name").asString()).isEqualTo("长三角");
        assertThat(http.get("/api/entities/lookup", Map.of("name", "区际利益补偿机制")).status()).isEqualTo(200);
        assertThat(http.get("/api/boards/mechanisms").json().get("boards")).hasSize(4);

        Http.Response posted = http.post("/api/documents?title=" + java.net.URLEncoder.encode("外部库（测试）", StandardCharsets.UTF_8),
                "text/plain;charset=UTF-8", "一、测试\n\n健全区际利益补偿机制，支持西部地区加快发展。\n".getBytes(StandardCharsets.UTF_8), key);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String id = posted.json().get("id").asString();
        try (Driver outside = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            assertThat(outside.executableQuery("MATCH (d:Document {id: $id}) RETURN d.title AS title").withParameters(Map.of("id", id))
                    .execute().records()).extracting(r -> r.get("title").asString()).containsExactly("外部库（测试）");
            assertThat(http.delete("/api/documents/" + id, key).status()).isEqualTo(204);
            assertThat(outside.executableQuery("MATCH (d:Document) RETURN count(d) AS n").execute().records().get(0).get("n").asLong())
                    .isEqualTo(1);
        }
    }
}
