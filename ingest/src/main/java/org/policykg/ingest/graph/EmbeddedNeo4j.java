package org.policykg.ingest.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one launcher of a real Neo4j 5 database in this JVM, for the command line, the service and tests. Bolt is
 * always open, so the same driver code, cypher-shell and Browser reach it; with an HTTP port the database runs in
 * server mode (HTTP Query API and Neo4j Browser at /browser/, which needs the Jersey and javax pins of graph-api's
 * pom), without one it is built directly, which starts faster. Port 0 picks a free port. Shutdown waits are
 * zero (Bolt would otherwise wait 5 s + 5 s), and server mode's own JVM shutdown hook is removed: whoever opened
 * the database closes it.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /**
     * Where and how the database listens. {@code httpPort} null: Bolt only. With {@code authEnabled} the user
     * {@code neo4j} gets {@code password} on first start.
     */
    public record Settings(Path dataDir, String listenAddress, int boltPort, Integer httpPort, boolean authEnabled,
                           String password, String pageCache) {

        /** Bolt only, on a free loopback port, no authentication: the command line's local mode and tests. */
        public static Settings boltOnly(Path dataDir, int boltPort) {
            return new Settings(dataDir, "127.0.0.1", boltPort, null, false, "", "128m");
        }

        String host() {
            return listenAddress.equals("0.0.0.0") ? "127.0.0.1" : listenAddress;
        }
    }

    private final DatabaseManagementService service;
    private final CommunityBootstrapper server;
    private final URI bolt;
    private final URI http;

    private EmbeddedNeo4j(DatabaseManagementService service, CommunityBootstrapper server, Settings settings) {
        this.service = service;
        this.server = server;
        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        this.bolt = URI.create("bolt://" + settings.host() + ":" + ports.getLocalAddress(ConnectorType.BOLT).getPort());
        this.http = server == null ? null
                : URI.create("http://" + settings.host() + ":" + ports.getLocalAddress(ConnectorType.HTTP).getPort());
    }

    public static EmbeddedNeo4j start(Path dataDir, int boltPort) {
        return start(Settings.boltOnly(dataDir, boltPort));
    }

    public static EmbeddedNeo4j start(Settings settings) {
        long start = System.nanoTime();
        Path dataDir = settings.dataDir().toAbsolutePath();
        EmbeddedNeo4j neo4j = settings.httpPort() == null ? new EmbeddedNeo4j(built(settings, dataDir), null, settings)
                : serverMode(settings, dataDir);
        if (settings.authEnabled()) {
            InitialPassword.set(neo4j.bolt, settings.password());
        }
        log.info("Embedded Neo4j up in {} ms: Bolt {}{}, data {}", (System.nanoTime() - start) / 1_000_000, neo4j.bolt,
                neo4j.http == null ? "" : ", Browser " + neo4j.http + "/browser/", dataDir);
        return neo4j;
    }

    private static DatabaseManagementService built(Settings settings, Path dataDir) {
        return new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(settings.listenAddress(), settings.boltPort()))
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes(settings.pageCache()))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.auth_enabled, settings.authEnabled())
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .build();
    }

    private static EmbeddedNeo4j serverMode(Settings settings, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir, e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("server.directories.data", dataDir.toString());
        config.put("server.directories.logs", dataDir.resolve("logs").toString());
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", settings.listenAddress() + ":" + settings.boltPort());
        config.put("server.http.enabled", "true");
        config.put("server.http.listen_address", settings.listenAddress() + ":" + settings.httpPort());
        config.put("server.https.enabled", "false");
        config.put("dbms.security.auth_enabled", String.valueOf(settings.authEnabled()));
        config.put("server.memory.pagecache.size", settings.pageCache());
        config.put("dbms.usage_report.enabled", "false");
        config.put("internal.server.bolt.thread_pool_shutdown_wait_time", "0s");
        config.put("internal.server.bolt.connection_shutdown_wait_time", "0s");
        CommunityBootstrapper server = new CommunityBootstrapper();
        int status = server.start(dataDir, config);
        if (status != NeoBootstrapper.OK) {
            throw new IllegalStateException("embedded Neo4j did not start (status " + status + "), see " + dataDir.resolve("logs"));
        }
        removeShutdownHook(server);
        return new EmbeddedNeo4j(server.getDatabaseManagementService(), server, settings);
    }

    /** 128m, 1g, or bytes. */
    private static long pageCacheBytes(String size) {
        String s = size.strip().toLowerCase();
        long unit = s.endsWith("k") ? 1L << 10 : s.endsWith("m") ? 1L << 20 : s.endsWith("g") ? 1L << 30 : 1;
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    /** Server mode registers a JVM shutdown hook that races the owner's (Spring's) shutdown; the owner closes instead. */
    private static void removeShutdownHook(CommunityBootstrapper server) {
        try {
            Field field = NeoBootstrapper.class.getDeclaredField("shutdownHook");
            field.setAccessible(true);
            if (field.get(server) instanceof Thread hook) {
                Runtime.getRuntime().removeShutdownHook(hook);
                field.set(server, null);
            }
        } catch (ReflectiveOperationException | IllegalStateException e) {
            log.debug("Neo4j shutdown hook left in place: {}", e.toString());
        }
    }

    public String boltUri() {
        return bolt.toString();
    }

    public URI bolt() {
        return bolt;
    }

    /** Present in server mode: the HTTP Query API, and Neo4j Browser under /browser/. */
    public Optional<URI> http() {
        return Optional.ofNullable(http);
    }

    @Override
    public void close() {
        if (server != null) {
            if (server.isRunning()) {
                server.stop();
            }
        } else {
            service.shutdown();
        }
    }
}
