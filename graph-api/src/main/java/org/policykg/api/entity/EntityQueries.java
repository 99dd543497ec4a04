package org.policykg.api.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.policykg.api.cypher.CypherResource;
import org.policykg.api.system.GraphVersion;
import org.springframework.cache.annotation.CacheConfig;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The entity feature's Cypher ({@code list}, {@code one}, {@code lookup} beside this class) and its rows as records. */
@Component
@CacheConfig(cacheNames = GraphVersion.ANSWERS, keyGenerator = GraphVersion.KEYS)
@Transactional(readOnly = true)
class EntityQueries {

    private static final String LIST = CypherResource.load(EntityQueries.class, "list.cypher");
    private static final String ONE = CypherResource.load(EntityQueries.class, "one.cypher");
    private static final String LOOKUP = CypherResource.load(EntityQueries.class, "lookup.cypher");

    private final Neo4jClient neo4j;

    EntityQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** One page of entities and how many match in all. */
    record Slice(List<EntitySummary> items, long total) {
    }

    /**
     * Most mentioned first, then by name; {@code type} an EntityType name or null, {@code terms} the forms of a
     * typed filter (as typed, simplified) or null.
     */
    @Cacheable(sync = true)
    Slice list(String type, List<String> terms, int skip, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", type);
        params.put("terms", terms);
        params.put("skip", skip);
        params.put("size", size);
        return neo4j.query(LIST).bindAll(params).fetchAs(Slice.class)
                .mappedBy((t, r) -> new Slice(r.get("items").asList(EntityQueries::summary), r.get("total").asLong()))
                .one().orElseThrow();
    }

    @Cacheable(sync = true)
    Optional<EntitySummary> one(String id) {
        return neo4j.query(ONE).bind(id).to("id").fetchAs(EntitySummary.class)
                .mappedBy((t, r) -> summary(r.get("entity"))).one();
    }

    /** The entity one of {@code names} names, or is an alias of: a name before an alias, then the most mentioned. */
    @Cacheable(sync = true)
    Optional<EntitySummary> lookup(List<String> names) {
        return neo4j.query(LOOKUP).bind(names).to("names").fetchAs(EntitySummary.class)
                .mappedBy((t, r) -> summary(r.get("entity"))).one();
    }

    private static EntitySummary summary(Value v) {
        return new EntitySummary(v.get("id").asString(), v.get("name").asString(), v.get("type").asString(),
                v.get("kind").asString(null), v.get("aliases").isNull() ? List.of() : v.get("aliases").asList(Value::asString),
                v.get("mentions").asLong(0), v.get("method").asString(null),
                v.get("confidence").isNull() ? null : v.get("confidence").asDouble());
    }
}
