package org.policykg.e2e;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged service, started the way the README says ({@code java -XX:SharedArchiveFile=graph-api/target/app/policykg.jsa
 * -jar graph-api/target/app/policykg.jar}: the extracted jar with its class-data-sharing archive) on free ports with a
 * fresh data folder, and stopped at the end. Records how long it took to become healthy.
 */
final class RunningService implements AutoCloseable {

    final int httpPort;
    final int boltPort;
    final int neo4jHttpPort;
    final double secondsToHealthy;
    private final Process process;
    private final Path log;

    private RunningService(Process process, Path log, int httpPort, int boltPort, int neo4jHttpPort, double seconds) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
        this.neo4jHttpPort = neo4jHttpPort;
        this.secondsToHealthy = seconds;
    }

    static RunningService start(Path dataDir, String... extraArgs) throws IOException, InterruptedException {
        return start(dataDir, List.of(), extraArgs);
    }

    /** {@code jvmOptions} go before {@code -jar}, {@code extraArgs} after it (Spring Boot properties). */
    static RunningService start(Path dataDir, List<String> jvmOptions, String... extraArgs) throws IOException, InterruptedException {
        int[] ports = freePorts(3);
        int http = ports[0];
        int bolt = ports[1];
        int neo4jHttp = ports[2];
        Path log = Files.createTempFile("policykg-e2e-", ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.add("-XX:SharedArchiveFile=" + System.getProperty("policykg.jsa"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("policykg.jar"),
                "--server.port=" + http,
                "--policykg.neo4j.embedded.bolt-port=" + bolt,
                "--policykg.neo4j.embedded.http-port=" + neo4jHttp,
                "--policykg.neo4j.embedded.data-dir=" + dataDir.resolve("neo4j"),
                "--policykg.corpus.dir=" + System.getProperty("corpus.dir")));
        command.addAll(List.of(extraArgs));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("service exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    return new RunningService(process, log, http, bolt, neo4jHttp, seconds);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("service not healthy within 120 s: " + Files.readString(log));
    }

    String get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    long pid() {
        return process.pid();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /**
     * Distinct free ports: the sockets are held open together while the ports are read, so the system cannot hand the
     * same ephemeral port out twice (it did: Neo4j's HTTP port once came out equal to another the service bound first).
     */
    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
