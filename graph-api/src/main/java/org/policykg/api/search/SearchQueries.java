package org.policykg.api.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.policykg.api.cypher.CypherResource;
import org.policykg.api.evidence.Period;
import org.policykg.api.system.GraphVersion;
import org.policykg.ingest.structure.Zone;
import org.springframework.cache.annotation.CacheConfig;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The search feature's Cypher: the two full-text indexes, entities and sentences, hits as records. */
@Component
@CacheConfig(cacheNames = GraphVersion.ANSWERS, keyGenerator = GraphVersion.KEYS)
@Transactional(readOnly = true)
class SearchQueries {

    private static final String ENTITIES = CypherResource.load(SearchQueries.class, "entities.cypher");
    private static final String SENTENCES = CypherResource.load(SearchQueries.class, "sentences.cypher");

    /** Sentences outside these zones (front matter, official marks, references …) state no facts and are not hits. */
    private static final List<String> FACT_ZONES = Arrays.stream(Zone.values()).filter(Zone::producesFacts).map(Enum::name).toList();

    /**
     * How many of the index's best hits a search in a period reads: the hits outside the period are dropped after
     * the index has ranked them, so it reads more than it answers.
     */
    static final int SCAN_IN_PERIOD = 1000;

    private final Neo4jClient neo4j;

    SearchQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    record EntityHit(String id, String name, String type, String kind, double score, long mentions) {
    }

    record SentenceHit(String documentId, String documentTitle, String section, String sentence, double score) {
    }

    /**
     * {@code luceneQuery} already escaped ({@link LuceneQuery}); in a bounded period only entities its documents
     * mention, with those mentions.
     */
    @Cacheable(sync = true)
    List<EntityHit> entities(String luceneQuery, int limit, Period period) {
        return neo4j.query(ENTITIES).bindAll(period.params(Map.of("q", luceneQuery, "limit", limit, "scan", scan(limit, period))))
                .fetchAs(EntityHit.class)
                .mappedBy((t, r) -> new EntityHit(r.get("id").asString(), r.get("name").asString(), r.get("type").asString(),
                        r.get("kind").asString(null), r.get("score").asDouble(), r.get("mentions").asLong()))
                .all().stream().toList();
    }

    /** Sentences of the abstract and body, in a bounded period only of its documents. */
    @Cacheable(sync = true)
    List<SentenceHit> sentences(String luceneQuery, int limit, Period period) {
        return neo4j.query(SENTENCES)
                .bindAll(period.params(Map.of("q", luceneQuery, "limit", limit, "scan", scan(limit, period), "zones", FACT_ZONES)))
                .fetchAs(SentenceHit.class)
                .mappedBy((t, r) -> new SentenceHit(r.get("documentId").asString(null), r.get("documentTitle").asString(null),
                        r.get("section").asString(null), r.get("sentence").asString(), r.get("score").asDouble()))
                .all().stream().toList();
    }

    private static int scan(int limit, Period period) {
        return period.bounded() ? Math.max(limit, SCAN_IN_PERIOD) : limit;
    }
}
