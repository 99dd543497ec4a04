package org.policykg.api.system;

import java.lang.reflect.Method;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.cache.interceptor.SimpleKeyGenerator;
import org.springframework.stereotype.Component;

/**
 * The graph's version ({@code (:GraphState)} moves on with every document written or removed, by any instance), and
 * the keys of the read answers cached against it (Spring's cache {@value #ANSWERS}, Caffeine): a key is the version,
 * the method and its arguments. The version is read at most once a second (writes through this instance invalidate
 * at once), so a cached answer costs no database round trip; another instance's write is seen within a second.
 * When the version moves on, the answers of older versions are dropped: none can be asked for again.
 */
@Component(GraphVersion.KEYS)
public class GraphVersion implements KeyGenerator {

    /** The cache of read answers; features put {@code @CacheConfig(cacheNames = ANSWERS, keyGenerator = KEYS)} on a query class. */
    public static final String ANSWERS = "answers";
    /** This bean's name, as the key generator of {@link #ANSWERS}. */
    public static final String KEYS = "graphVersion";

    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final SystemQueries queries;
    private final CacheManager caches;
    private volatile long knownVersion = -1;
    private volatile long lastSeen = -1;
    private volatile long checkedAt;

    GraphVersion(SystemQueries queries, CacheManager caches) {
        this.queries = queries;
        this.caches = caches;
    }

    public long current() {
        long now = System.nanoTime();
        if (knownVersion < 0 || now - checkedAt > RECHECK_NANOS) {
            long version = queries.graphVersion();
            if (version != lastSeen) {
                lastSeen = version;
                Cache answers = caches.getCache(ANSWERS);
                if (answers != null) {
                    answers.clear();
                }
            }
            knownVersion = version;
            checkedAt = now;
        }
        return knownVersion;
    }

    /** After a write through this instance: the next read asks the database again. */
    public void invalidate() {
        knownVersion = -1;
    }

    /**
     * The version is part of the key, not only a reason to clear: an answer computed at the old version while the
     * version moves on is stored under the old key, where no later request looks.
     */
    @Override
    public Object generate(Object target, Method method, Object... params) {
        return new SimpleKey(current(), method, SimpleKeyGenerator.generateKey(params));
    }
}
