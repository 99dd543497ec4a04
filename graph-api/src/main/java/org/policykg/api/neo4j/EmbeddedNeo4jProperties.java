package org.policykg.api.neo4j;

import java.nio.file.Path;

import org.policykg.ingest.graph.EmbeddedNeo4j;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code policykg.neo4j.embedded.*}: the Neo4j server started inside the service. Ports 0 pick free ports.
 * Bolt and HTTP bind to {@code listen-address} (loopback unless configured otherwise). With {@code auth-enabled}
 * the user {@code neo4j} gets {@code password} on first start.
 */
@ConfigurationProperties("policykg.neo4j.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("7474") int httpPort,
        @DefaultValue("data/neo4j") String dataDir,
        @DefaultValue("127.0.0.1") String listenAddress,
        @DefaultValue("false") boolean authEnabled,
        @DefaultValue("") String password,
        @DefaultValue("128m") String pageCache) {

    public Path dataPath() {
        return Path.of(dataDir);
    }

    /** Server mode: Bolt and HTTP (Query API, Browser), started by ingest's launcher like the command line's database. */
    EmbeddedNeo4j.Settings settings() {
        return new EmbeddedNeo4j.Settings(dataPath(), listenAddress, boltPort, httpPort, authEnabled, password, pageCache);
    }
}
