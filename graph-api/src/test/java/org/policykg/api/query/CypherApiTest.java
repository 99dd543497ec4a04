package org.policykg.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;

import tools.jackson.databind.JsonNode;

@PolicyKgTest
class CypherApiTest extends ApiTestSupport {

    private Http.Response cypher(String query, Map<String, Object> params) {
        return http().postJson("/api/cypher", Map.of("query", query, "params", params), Map.of());
    }

    private JsonNode counts() {
        return http().get("/api/stats").json().get("counts");
    }

    @Test
    void runsReadQueriesWithParameters() {
        Http.Response r = cypher("MATCH (b:Region {kind: $kind}) RETURN b.name AS name, b ORDER BY name", Map.of("kind", "Board"));
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("columns")).extracting(JsonNode::asString).containsExactly("name", "b");
        assertThat(body.get("rows")).extracting(row -> row.get("name").asString())
                .containsExactly("东北地区", "东部地区", "中部地区", "西部地区");
        assertThat(body.get("rows").get(0).get("b").get("labels")).extracting(JsonNode::asString).contains("Region");
        assertThat(body.get("rows").get(0).get("b").get("properties").get("kind").asString()).isEqualTo("Board");
        assertThat(body.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void capsRows() {
        JsonNode body = cypher("UNWIND range(1, 5000) AS i RETURN i", Map.of()).json();
        assertThat(body.get("rows")).hasSize(200);
        assertThat(body.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void refusesEveryKindOfWriteAndLeavesTheGraphUnchanged() {
        JsonNode before = counts();
        List<String> hostile = List.of(
                "CREATE (n:Evil) RETURN n",
                "MATCH (n:Region) SET n.name = 'x'",
                "MATCH (n:Region) DETACH DELETE n",
                "MATCH (n:Region) REMOVE n.name",
                "MERGE (n:Evil {id: 1})",
                "MATCH (n) RETURN n LIMIT 1; MATCH (n) DETACH DELETE n",
                "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
                "CALL { MATCH (n:Region) SET n.x = 1 } IN TRANSACTIONS",
                "UNWIND range(1, 3) AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS OF 1 ROW RETURN j",
                "CALL db.createLabel('Evil')",
                "CREATE INDEX evil IF NOT EXISTS FOR (n:Region) ON (n.evil)",
                "DROP INDEX entity_name",
                "CREATE CONSTRAINT evil IF NOT EXISTS FOR (n:Evil) REQUIRE n.id IS UNIQUE",
                "MATCH (n:Region) /* harmless? */ SET n.name = 'x' // comment",
                "MATCH (n:Region) FOREACH (x IN [1] | SET n.evil = x)",
                "ＣＲＥＡＴＥ (n:Evil)",
                "MATCH (n:Region) WITH n CALL apoc.create.node(['Evil'], {}) YIELD node RETURN node",
                "SHOW USERS",
                "USE system MATCH (n) RETURN n",
                "CREATE USER evil SET PASSWORD 'evil-password'");
        for (String q : hostile) {
            Http.Response r = cypher(q, Map.of());
            assertThat(r.status()).as(q).isEqualTo(400);
            assertThat(r.contentType()).as(q).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asString()).as(q).isNotBlank();
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aWriteTheTextGuardMissesIsRefusedByNeo4jsPlan() {
        // GQL's INSERT passes the word list (ReadOnlyCypherGuardTest); EXPLAIN reports a write and nothing runs
        JsonNode before = counts();
        for (String q : List.of("INSERT (n:Evil)", "INSERT (n:Evil) RETURN n", "MATCH (r:Region {kind: 'Board'}) INSERT (r)-[:EVIL]->(:Evil)")) {
            Http.Response r = cypher(q, Map.of());
            assertThat(r.status()).as(q).isEqualTo(400);
            assertThat(r.contentType()).as(q).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asString()).as(q).startsWith("read-only endpoint: Neo4j plans this query as")
                    .containsAnyOf("WRITE_ONLY", "READ_WRITE");
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(cypher("MATCH (n:Evil) RETURN count(n) AS n", Map.of()).json().get("rows").get(0).get("n").asLong()).isZero();
    }

    @Test
    void aCartesianProductIsCutByTheTimeLimit() {
        Http.Response r = cypher("MATCH (a:Sentence), (b:Sentence), (c:Sentence) WHERE a.text + b.text + c.text CONTAINS 'zzz' RETURN count(*)", Map.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString().toLowerCase()).containsAnyOf("timeout", "timed out", "terminated");
    }

    @Test
    void malformedBodiesAndSyntaxErrorsAre400() {
        assertThat(http().post("/api/cypher", "application/json", "{not json".getBytes(), Map.of()).status()).isEqualTo(400);
        assertThat(cypher("MATCH (n RETURN n", Map.of()).status()).isEqualTo(400);
        assertThat(cypher("", Map.of()).status()).isEqualTo(400);
    }
}
