package org.policykg.ingest.graph;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/** Connecting to Neo4j: a driver for a bolt:// or neo4j:// URI (neo4j:// routes across a cluster). */
final class Neo4jGraph {

    private Neo4jGraph() {
    }

    static Driver connect(String uri, String user, String password) {
        Config config = Config.builder().withLogging(Logging.slf4j()).build();
        Driver driver = password == null || password.isEmpty()
                ? GraphDatabase.driver(uri, AuthTokens.none(), config)
                : GraphDatabase.driver(uri, AuthTokens.basic(user, password), config);
        driver.verifyConnectivity();
        return driver;
    }

    static Session session(Driver driver, String database) {
        return database == null || database.isBlank()
                ? driver.session()
                : driver.session(SessionConfig.forDatabase(database));
    }
}
