package org.policykg.api.document;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.policykg.api.cypher.CypherResource;
import org.policykg.api.evidence.Period;
import org.policykg.api.system.GraphVersion;
import org.policykg.ingest.model.DocumentKind;
import org.policykg.ingest.model.RelationType;
import org.springframework.cache.annotation.CacheConfig;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document feature's reads ({@code list}, {@code one} beside this class). A document's, a section's and an
 * entity's properties stay open maps: they are what ingestion wrote (a venue, a charset, a script only where
 * known), shown as stored.
 */
@Component
@CacheConfig(cacheNames = GraphVersion.ANSWERS, keyGenerator = GraphVersion.KEYS)
@Transactional(readOnly = true)
class DocumentQueries {

    private static final String LIST = CypherResource.load(DocumentQueries.class, "list.cypher");
    private static final String ONE = CypherResource.load(DocumentQueries.class, "one.cypher");

    private static final List<String> RELATION_TYPES = Arrays.stream(RelationType.values()).map(Enum::name).toList();

    private final Neo4jClient neo4j;

    DocumentQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Which documents {@code list} answers: those with the issuer, of the kind, whose date overlaps the period; a null
     * issuer or kind does not filter.
     */
    record Filter(String issuer, DocumentKind kind, Period period) {

        static final Filter NONE = new Filter(null, null, Period.ALL);

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            params.put("issuer", issuer);
            params.put("kind", kind == null ? null : kind.name());
            return period.params(params);
        }
    }

    record DocumentDetail(Map<String, Object> document, List<Map<String, Object>> sections,
                          List<Map<String, Object>> entities, long relations) {
    }

    @Cacheable(sync = true)
    List<Map<String, Object>> list(Filter filter) {
        return neo4j.query(LIST).bindAll(filter.params()).fetchAs(Map.class).mappedBy((t, r) -> r.get("document").asMap()).all().stream()
                .map(m -> (Map<String, Object>) m).toList();
    }

    @Cacheable(sync = true)
    Optional<DocumentDetail> one(String id) {
        return neo4j.query(ONE).bindAll(Map.of("id", id, "types", RELATION_TYPES)).fetchAs(DocumentDetail.class)
                .mappedBy((t, r) -> new DocumentDetail(r.get("document").asMap(),
                        r.get("sections").asList(Value::asMap),
                        r.get("entities").asList(Value::asMap),
                        r.get("relations").asLong()))
                .one();
    }
}
