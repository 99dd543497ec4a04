package org.policykg.ingest.graph;

import java.net.URI;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;

/** On a fresh database with authentication on, replaces the default password neo4j/neo4j with the configured one. */
final class InitialPassword {

    private InitialPassword() {
    }

    static void set(URI bolt, String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalStateException("policykg.neo4j.embedded.password must have at least 8 characters when auth is enabled");
        }
        try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "neo4j"));
             Session session = driver.session(SessionConfig.forDatabase("system"))) {
            session.run("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password", Map.of("password", password)).consume();
        } catch (AuthenticationException alreadySet) {
            // not the first start: the password was set before
        }
    }
}
