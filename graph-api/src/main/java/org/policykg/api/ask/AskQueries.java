package org.policykg.api.ask;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.policykg.api.cypher.CypherResource;
import org.policykg.api.evidence.Evidence;
import org.policykg.api.system.GraphVersion;
import org.springframework.cache.annotation.CacheConfig;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ask feature's Cypher: one file per {@link Intent} beside this class, and {@code names.cypher} for linking.
 * Answers are cached against the graph's version, so a question asked again costs no database round trip.
 */
@Component
@CacheConfig(cacheNames = GraphVersion.ANSWERS, keyGenerator = GraphVersion.KEYS)
@Transactional(readOnly = true)
class AskQueries {

    private static final String NAMES = CypherResource.load(AskQueries.class, "names.cypher");
    private static final Map<Intent, String> STATEMENTS = new EnumMap<>(Intent.class);

    static {
        for (Intent intent : Intent.values()) {
            STATEMENTS.put(intent, CypherResource.load(AskQueries.class, intent.queryFile()));
        }
    }

    /** One answer item: an entity, a document or (for the relation intents) a relation between two named entities. */
    record Row(String id, String name, String type, String kind, long count, String fromName, String toName,
               List<Evidence> evidence) {
    }

    private final Neo4jClient neo4j;

    AskQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The statement an intent runs, as Browser users may paste it. */
    String statement(Intent intent) {
        return STATEMENTS.get(intent);
    }

    @Cacheable(sync = true)
    List<Linker.Named> names() {
        return neo4j.query(NAMES).fetchAs(Linker.Named.class)
                .mappedBy((t, r) -> new Linker.Named(r.get("id").asString(), r.get("name").asString(),
                        r.get("type").asString(), r.get("kind").asString(null), r.get("aliases").asList(Value::asString),
                        r.get("mentions").asLong(0)))
                .all().stream().toList();
    }

    @Cacheable(sync = true)
    List<Row> run(Intent intent, Map<String, Object> params) {
        return neo4j.query(STATEMENTS.get(intent)).bindAll(params).fetchAs(Row.class)
                .mappedBy((t, r) -> new Row(r.get("id").asString(), r.get("name").asString(null), r.get("type").asString(),
                        r.get("kind").asString(null), r.get("count").asLong(0),
                        r.keys().contains("fromName") ? r.get("fromName").asString(null) : null,
                        r.keys().contains("toName") ? r.get("toName").asString(null) : null,
                        Evidence.listOf(r.get("evidence"))))
                .all().stream().toList();
    }
}
