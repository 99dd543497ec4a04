package org.policykg.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.policykg.ingest.graph.EmbeddedNeo4j;
import org.policykg.ingest.graph.SchemaMigrations;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The data-layer tests' database: ingest's in-process Neo4j (the one the command line embeds), with the versioned
 * schema (so the full-text indexes exist) and {@code fixture-graph.cypher}, started once per test run and shared
 * by every query-class test, which only read. Tests take a {@link Neo4jClient} or a {@link Driver} as a parameter
 * and build the query class themselves: no Spring context, no web layer, no corpus analysis.
 */
public final class QueryTestGraph implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(QueryTestGraph.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Neo4jClient.class || type == Driver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Graph graph = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Graph.class, k -> Graph.start(), Graph.class);
        return parameter.getParameter().getType() == Driver.class ? graph.driver : graph.client;
    }

    /** Closed by JUnit when the run ends. */
    private static final class Graph implements AutoCloseable {

        private final EmbeddedNeo4j neo4j;
        private final Driver driver;
        private final Neo4jClient client;

        private Graph(EmbeddedNeo4j neo4j, Driver driver) {
            this.neo4j = neo4j;
            this.driver = driver;
            this.client = Neo4jClient.create(driver);
        }

        static Graph start() {
            try {
                Path dir = Files.createTempDirectory(Path.of("target"), "query-test-neo4j-");
                EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir, 0);
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
                SchemaMigrations.apply(driver, null);
                try (Session session = driver.session(); InputStream fixture = QueryTestGraph.class.getResourceAsStream("fixture-graph.cypher")) {
                    session.run(new String(fixture.readAllBytes(), StandardCharsets.UTF_8)).consume();
                    // full-text indexes fill asynchronously; the search tests must see the fixture
                    session.run("CALL db.awaitIndexes(60)").consume();
                }
                return new Graph(neo4j, driver);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            driver.close();
            neo4j.close();
        }
    }
}
