package org.policykg.api.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j 5 Community in server mode inside this JVM: Bolt, the HTTP Query API and Neo4j Browser at /browser/.
 * Spring owns its lifecycle: Neo4j's own JVM shutdown hook is removed so the two do not race at exit.
 */
final class EmbeddedNeo4jServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

    private final CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
    private URI boltUri;
    private URI httpUri;

    EmbeddedNeo4jServer(EmbeddedNeo4jProperties properties) {
        long start = System.nanoTime();
        Path dataDir = properties.dataPath().toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir, e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("server.directories.data", dataDir.toString());
        config.put("server.directories.logs", dataDir.resolve("logs").toString());
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", properties.listenAddress() + ":" + properties.boltPort());
        config.put("server.http.enabled", "true");
        config.put("server.http.listen_address", properties.listenAddress() + ":" + properties.httpPort());
        config.put("server.https.enabled", "false");
        config.put("dbms.security.auth_enabled", String.valueOf(properties.authEnabled()));
        config.put("server.memory.pagecache.size", properties.pageCache());
        config.put("dbms.usage_report.enabled", "false");
        config.put("internal.server.bolt.thread_pool_shutdown_wait_time", "0s");
        config.put("internal.server.bolt.connection_shutdown_wait_time", "0s");
        int status = bootstrapper.start(dataDir, config);
        if (status != NeoBootstrapper.OK) {
            throw new IllegalStateException("embedded Neo4j did not start (status " + status + "), see " + dataDir.resolve("logs"));
        }
        removeShutdownHook();
        GraphDatabaseAPI db = (GraphDatabaseAPI) bootstrapper.getDatabaseManagementService()
                .database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        String host = properties.listenAddress().equals("0.0.0.0") ? "127.0.0.1" : properties.listenAddress();
        this.boltUri = URI.create("bolt://" + host + ":" + ports.getLocalAddress(ConnectorType.BOLT).getPort());
        this.httpUri = URI.create("http://" + host + ":" + ports.getLocalAddress(ConnectorType.HTTP).getPort());
        if (properties.authEnabled()) {
            InitialPassword.set(boltUri, properties.password());
        }
        log.info("Embedded Neo4j up in {} ms: Bolt {}, Browser {}/browser/, data {}",
                (System.nanoTime() - start) / 1_000_000, boltUri, httpUri, dataDir);
    }

    URI boltUri() {
        return boltUri;
    }

    URI httpUri() {
        return httpUri;
    }

    /** Neo4j registers a JVM shutdown hook that races Spring's; Spring closes this bean instead. */
    private void removeShutdownHook() {
        try {
            Field field = NeoBootstrapper.class.getDeclaredField("shutdownHook");
            field.setAccessible(true);
            Object hook = field.get(bootstrapper);
            if (hook instanceof Thread thread) {
                Runtime.getRuntime().removeShutdownHook(thread);
                field.set(bootstrapper, null);
            }
        } catch (ReflectiveOperationException | IllegalStateException e) {
            log.debug("Neo4j shutdown hook left in place: {}", e.toString());
        }
    }

    @Override
    public void close() {
        if (bootstrapper.isRunning()) {
            bootstrapper.stop();
        }
    }
}
