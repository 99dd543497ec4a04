package org.policykg.api.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.policykg.api.cypher.CypherResource;
import org.policykg.api.evidence.Evidence;
import org.policykg.api.system.GraphVersion;
import org.policykg.ingest.structure.Zone;
import org.springframework.cache.annotation.CacheConfig;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline feature's Cypher: one entity's years ({@code years.cypher} beside this class) and the year each entity
 * of a type is first stated (the Browser file {@code cypher/queries/13_mechanisms_first_stated_per_year.cypher}
 * itself). An entity is stated in a document when a sentence of its abstract or body mentions it.
 */
@Component
@CacheConfig(cacheNames = GraphVersion.ANSWERS, keyGenerator = GraphVersion.KEYS)
@Transactional(readOnly = true)
class TimelineQueries {

    private static final String ENTITY = CypherResource.load(TimelineQueries.class, "entity.cypher");
    private static final String YEARS = CypherResource.load(TimelineQueries.class, "years.cypher");
    private static final String FIRST_STATED = CypherResource.load(TimelineQueries.class,
            "/cypher/queries/13_mechanisms_first_stated_per_year.cypher");

    /** Mentions in front matter, official marks or references state nothing: the zones of the abstract and body. */
    private static final List<String> FACT_ZONES = Arrays.stream(Zone.values()).filter(Zone::producesFacts).map(Enum::name).toList();

    private final Neo4jClient neo4j;

    TimelineQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    record EntityRef(String id, String name, String type, String kind) {
    }

    record DocumentRef(String id, String title, String date, String datePrecision, String kind, List<String> issuers) {
    }

    /** A region a mechanism serves by one year's documents, and in how many of their sentences. */
    record Served(String id, String name, String kind, long sentences) {
    }

    /** One year ({@code year} null: the documents without a date). */
    record Year(Integer year, List<DocumentRef> documents, long sentences, List<Evidence> evidence, List<Served> serves) {
    }

    /** An entity first stated in a year: its first document, and how many dated documents state it in all. */
    record FirstStated(String id, String name, String date, String documentId, String documentTitle, long documents) {
    }

    record YearOfFirsts(int year, List<FirstStated> entities) {
    }

    @Cacheable(sync = true)
    Optional<EntityRef> entity(String id) {
        return neo4j.query(ENTITY).bind(id).to("id").fetchAs(EntityRef.class)
                .mappedBy((t, r) -> {
                    Value e = r.get("entity");
                    return new EntityRef(e.get("id").asString(), e.get("name").asString(), e.get("type").asString(),
                            e.get("kind").asString(null));
                }).one();
    }

    /** The years of the documents that state entity {@code id}, oldest first, the undated last; {@code evidenceLimit} sentences each. */
    @Cacheable(sync = true)
    List<Year> years(String id, int evidenceLimit) {
        return neo4j.query(YEARS).bindAll(Map.of("id", id, "zones", FACT_ZONES, "evidenceLimit", evidenceLimit))
                .fetchAs(Year.class)
                .mappedBy((t, r) -> new Year(r.get("year").isNull() ? null : r.get("year").asInt(),
                        r.get("documents").asList(TimelineQueries::document), r.get("sentences").asLong(),
                        Evidence.listOf(r.get("evidence")),
                        r.get("serves").asList(v -> new Served(v.get("id").asString(), v.get("name").asString(),
                                v.get("kind").asString(null), v.get("sentences").asLong()))))
                .all().stream().toList();
    }

    /** Per year, oldest first, the entities of {@code type} (an EntityType name) first stated that year. */
    @Cacheable(sync = true)
    List<YearOfFirsts> firstStated(String type) {
        return neo4j.query(FIRST_STATED).bindAll(Map.of("type", type, "zones", FACT_ZONES))
                .fetchAs(YearOfFirsts.class)
                .mappedBy((t, r) -> new YearOfFirsts(r.get("year").asInt(), r.get("entities").asList(v -> new FirstStated(
                        v.get("id").asString(), v.get("name").asString(), v.get("date").asString(),
                        v.get("documentId").asString(), v.get("documentTitle").asString(null), v.get("documents").asLong()))))
                .all().stream().toList();
    }

    private static DocumentRef document(Value v) {
        return new DocumentRef(v.get("id").asString(), v.get("title").asString(null), v.get("date").asString(null),
                v.get("datePrecision").asString(null), v.get("kind").asString(null),
                v.get("issuers").isNull() ? List.of() : v.get("issuers").asList(Value::asString));
    }
}
