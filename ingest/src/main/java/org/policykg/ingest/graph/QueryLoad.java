package org.policykg.ingest.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Closed-loop load over Bolt: {@code clients} threads, each with its own session, run one read query back to back
 * for a while, each run a read transaction that fetches every row. The figures sit beside wrk's for the HTTP API.
 */
public final class QueryLoad {

    public record Result(int clients, long requests, long errors, double seconds, double p50Millis, double p99Millis) {

        public double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private QueryLoad() {
    }

    /** Runs a query file as Browser would ({@link CypherFile}): its parameters first, then the statement. */
    public static Result run(String uri, String user, String password, String database, String queryFile,
                             int clients, Duration warmUp, Duration duration) {
        CypherFile file = CypherFile.parse(queryFile);
        try (Driver driver = Neo4jGraph.connect(uri, user, password); Session session = Neo4jGraph.session(driver, database)) {
            Map<String, Object> params = file.params(session);
            measure(driver, database, file.statement(), params, clients, warmUp); // fills the query cache and the connection pool
            return measure(driver, database, file.statement(), params, clients, duration);
        }
    }

    private static Result measure(Driver driver, String database, String cypher, Map<String, Object> params,
                                  int clients, Duration duration) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int n = 0;
                    try (Session session = Neo4jGraph.session(driver, database)) {
                        while (System.nanoTime() < end) {
                            long t = System.nanoTime();
                            try {
                                session.executeRead(tx -> tx.run(cypher, params).list());
                            } catch (RuntimeException e) {
                                errors.incrementAndGet();
                                continue;
                            }
                            if (n == latencies.length) {
                                latencies = Arrays.copyOf(latencies, n * 2);
                            }
                            latencies[n++] = System.nanoTime() - t;
                        }
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> perClient = new ArrayList<>();
            for (Future<long[]> f : futures) {
                perClient.add(f.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(clients, all.length, errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
