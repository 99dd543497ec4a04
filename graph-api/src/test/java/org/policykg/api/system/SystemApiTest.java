package org.policykg.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;
import org.policykg.api.neo4j.EmbeddedNeo4jEndpoints;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

@PolicyKgTest
class SystemApiTest extends ApiTestSupport {

    @Autowired
    EmbeddedNeo4jEndpoints neo4j;

    @Test
    void healthIsUpWithTheGraphAndNeo4j() {
        JsonNode health = http().get("/actuator/health").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("graph").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("graph").get("details").get("documentsIngestedAtStart").asInt()).isEqualTo(5);
        assertThat(health.get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void statsCountTheCorpusGraph() {
        JsonNode stats = http().get("/api/stats").json();
        assertThat(stats.get("counts").get("Document").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(stats.get("counts").get("SERVES").asLong()).isPositive();
        assertThat(stats.get("neo4j").get("embedded").asBoolean()).isTrue();
        assertThat(stats.get("neo4j").get("bolt").asString()).startsWith("bolt://127.0.0.1:");
    }

    @Test
    void openApiDescribesTheEndpointsAndSwaggerUiIsServed() {
        JsonNode api = http().get("/v3/api-docs").json();
        assertThat(api.get("paths").propertyNames()).contains("/api/entities", "/api/boards/mechanisms", "/api/cypher",
                "/api/documents", "/api/graph", "/api/paths", "/api/search", "/api/model");
        assertThat(http().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void neo4jBrowserAndTheHttpQueryApiAreServedByTheEmbeddedServer() {
        Http server = new Http(neo4j.http().toString());
        Http.Response browser = server.get("/browser/");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.body()).containsIgnoringCase("<html").contains("Neo4j");
        Http.Response query = server.postJson("/db/neo4j/query/v2",
                Map.of("statement", "MATCH (m:Mechanism {name: $name}) RETURN m.name AS name",
                        "parameters", Map.of("name", "区域板块差异化发展机制")), Map.of());
        assertThat(query.status()).isIn(200, 202);
        assertThat(query.json().get("data").get("values").get(0).get(0).asString()).isEqualTo("区域板块差异化发展机制");
    }

    @Test
    void unknownPathsAnswerWithProblemDetails() {
        Http.Response r = http().get("/api/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }
}
