package org.policykg.api.system;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.policykg.api.cypher.CypherResource;
import org.policykg.ingest.graph.GraphCounts;
import org.springframework.cache.annotation.CacheConfig;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system feature's reads: the graph's version and the counts per label and type. The counts are ingest's
 * {@link GraphCounts}, the same the command line prints, so the two cannot disagree.
 */
@Component
@CacheConfig(cacheNames = GraphVersion.ANSWERS, keyGenerator = GraphVersion.KEYS)
@Transactional(readOnly = true)
class SystemQueries {

    private static final String VERSION = CypherResource.load(SystemQueries.class, "graph-version.cypher");

    private final Neo4jClient neo4j;
    private final Driver driver;

    SystemQueries(Neo4jClient neo4j, Driver driver) {
        this.neo4j = neo4j;
        this.driver = driver;
    }

    /** 0 before the first write. */
    long graphVersion() {
        return neo4j.query(VERSION).fetchAs(Long.class).mappedBy((t, r) -> r.get("version").asLong(0)).one().orElse(0L);
    }

    @Cacheable(sync = true)
    Map<String, Long> counts() {
        return GraphCounts.of(driver, null);
    }
}
