package org.policykg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Soak: the packaged service (-Xmx512m) under mixed reads from 8 clients for {@code policykg.soak.seconds}
 * (default 300) while another client ingests, reads back and deletes documents without pause. Zero errors on
 * either side, the heap after a full collection stays flat, and the graph ends as it began.
 */
class SoakTest {

    private static final Duration SLOW = Duration.ofSeconds(10);
    private static final String KEY = "soak-key";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern HEAP = Pattern.compile("\"value\"\\s*:\\s*([0-9.E]+)");

    @TempDir
    Path dataDir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void fiveMinutesOfMixedLoadWithConcurrentIngestsHaveNoErrorsAndAFlatHeap() throws Exception {
        long seconds = Long.getLong("policykg.soak.seconds", 300);
        try (RunningService service = RunningService.start(dataDir, List.of("-Xmx512m"), "--policykg.api-key=" + KEY)) {
            String base = "http://127.0.0.1:" + service.httpPort;
            String documentsBefore = service.get("/api/stats");
            String region = id(service.get("/api/entities/lookup?name=" + encode("西部地区")));
            // each read, and the text every answer to it must hold: a status alone would pass an empty or wrong answer
            Map<String, String> reads = new LinkedHashMap<>();
            reads.put("/api/boards/mechanisms?rollup=true", "西部地区");
            reads.put("/api/boards/mechanisms?rollup=false", "东北地区");
            reads.put("/api/entities/lookup?name=" + encode("长江三角洲地区"), "长三角");
            reads.put("/api/search?q=" + encode("长三角"), "长三角");
            reads.put("/api/graph?center=" + region + "&depth=2&format=cytoscape", region);
            reads.put("/api/entities?type=Mechanism&size=20", "机制");
            reads.put("/api/entities/" + region + "/relations?direction=both", "机制");
            List<String> paths = List.copyOf(reads.keySet());
            for (String path : paths) { // the markers hold before the load, so a miss under load is the load's doing
                assertThat(service.get(path)).as(path).contains(reads.get(path));
            }

            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            AtomicLong readCount = new AtomicLong();
            AtomicLong writeCount = new AtomicLong();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            List<Long> heapMb = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(9);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int offset = c;
                clients.add(pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        String path = paths.get(i % paths.size());
                        check("GET " + path, send(HttpRequest.newBuilder(URI.create(base + path))), 200, reads.get(path), errors);
                        readCount.incrementAndGet();
                    }
                }));
            }
            clients.add(pool.submit(() -> {
                for (int n = 1; System.nanoTime() < end; n++) {
                    String text = "第%d次试验：完善区际利益补偿机制，支持中西部地区和东北地区加快发展，推动京津冀协同发展。".formatted(n);
                    HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                            .header("X-API-Key", KEY).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"soak %d\",\"text\":\"%s\"}".formatted(n, text))));
                    if (!check("POST document " + n, posted, 201, "\"id\"", errors)) {
                        continue;
                    }
                    String documentId = id(posted.body());
                    check("GET document " + n, send(HttpRequest.newBuilder(URI.create(base + "/api/documents/" + documentId))), 200,
                            "soak " + n, errors);
                    check("DELETE document " + n, send(HttpRequest.newBuilder(URI.create(base + "/api/documents/" + documentId))
                            .header("X-API-Key", KEY).DELETE()), 204, "", errors);
                    writeCount.incrementAndGet();
                }
            }));
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(seconds * 1000 / 10, Math.max(0, (end - System.nanoTime()) / 1_000_000)));
                heapMb.add(heapAfterFullGc(service, base));
            }
            for (Future<?> f : clients) {
                f.get(SLOW.toSeconds() * 3, TimeUnit.SECONDS);
            }
            pool.shutdown();

            System.out.printf("[soak] %d s: %d reads, %d documents ingested, read and deleted, %d errors; heap after full GC (MB): %s%n",
                    seconds, readCount.get(), writeCount.get(), errors.size(), heapMb);
            assertThat(errors).as("errors").isEmpty();
            assertThat(readCount.get()).isGreaterThan(seconds * 10);
            assertThat(writeCount.get()).isGreaterThan(seconds / 10);
            // flat heap: the last third of the samples stays within 25% (and 32 MB) of the first third's highest
            int third = Math.max(1, heapMb.size() / 3);
            long early = heapMb.subList(0, third).stream().mapToLong(Long::longValue).max().orElseThrow();
            long late = heapMb.subList(heapMb.size() - third, heapMb.size()).stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(late).as("heap after full GC, MB: " + heapMb).isLessThanOrEqualTo(Math.max(early * 5 / 4, early + 32));
            assertThat(service.get("/api/stats")).as("every soak document deleted again").isEqualTo(documentsBefore);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(SLOW).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static boolean check(String what, HttpResponse<String> response, int expected, String mustHold,
                                 ConcurrentLinkedQueue<String> errors) {
        if (response == null || response.statusCode() != expected || !response.body().contains(mustHold)) {
            if (errors.size() < 20) {
                errors.add(what + " -> " + (response == null ? "no answer within " + SLOW.toSeconds() + " s" : response.statusCode() + " " + response.body()));
            }
            return false;
        }
        return true;
    }

    /** Heap in use right after a full collection: what the service keeps, without the garbage in between. */
    private long heapAfterFullGc(RunningService service, String base) throws IOException, InterruptedException {
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(service.pid()), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor(30, TimeUnit.SECONDS);
        String metric = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/jvm.memory.used?tag=area:heap")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = HEAP.matcher(metric);
        assertThat(m.find()).as(metric).isTrue();
        return Math.round(Double.parseDouble(m.group(1)) / (1024 * 1024));
    }

    private static String id(String json) {
        Matcher m = ID.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
