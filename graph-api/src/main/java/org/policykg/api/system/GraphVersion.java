package org.policykg.api.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Answers that cannot change between ingests, cached against the graph's version ({@code (:GraphState)} moves on
 * with every document written or removed, by any instance). The version is read at most once a second (writes
 * through this instance invalidate at once), so a cached answer costs no database round trip; another instance's
 * ingest is seen within a second.
 */
@Component
public class GraphVersion {

    private record Entry(long version, Object value) {
    }

    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final SystemQueries queries;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private volatile long knownVersion = -1;
    private volatile long checkedAt;

    GraphVersion(SystemQueries queries) {
        this.queries = queries;
    }

    public long current() {
        long now = System.nanoTime();
        if (knownVersion < 0 || now - checkedAt > RECHECK_NANOS) {
            knownVersion = queries.graphVersion();
            checkedAt = now;
        }
        return knownVersion;
    }

    /** After a write through this instance: the next read asks the database again. */
    public void invalidate() {
        knownVersion = -1;
    }

    /**
     * The cached answer for {@code key} if computed at the current version, else a fresh one. After a write, one
     * request per key recomputes while the others wait for it, instead of all running the query at once.
     */
    @SuppressWarnings("unchecked")
    public <T> T cached(String key, Supplier<T> compute) {
        long version = current();
        Entry entry = cache.get(key);
        if (entry != null && entry.version() == version) {
            return (T) entry.value();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            entry = cache.get(key);
            if (entry != null && entry.version() == version) {
                return (T) entry.value();
            }
            T value = compute.get();
            if (cache.size() > 256) {
                cache.clear();
            }
            cache.put(key, new Entry(version, value));
            return value;
        }
    }
}
