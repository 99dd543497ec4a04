package org.policykg.api.relation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.policykg.api.cypher.CypherResource;
import org.policykg.api.evidence.Evidence;
import org.policykg.api.evidence.Period;
import org.policykg.api.system.GraphVersion;
import org.policykg.ingest.model.RelationType;
import org.springframework.cache.annotation.CacheConfig;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relation feature's Cypher and its rows as records: the board × mechanism matrix (the Browser file
 * {@code cypher/queries/01_mechanisms_per_board.cypher} itself), one entity's relations, and shortest paths.
 * Reads run in read transactions, so a routing driver may send them to a secondary.
 */
@Component
@CacheConfig(cacheNames = GraphVersion.ANSWERS, keyGenerator = GraphVersion.KEYS)
@Transactional(readOnly = true)
class RelationQueries {

    /** The longest path the API searches; {@code paths.cypher} bounds its search by the same number. */
    static final int MAX_HOPS = 6;

    private static final String BOARDS = CypherResource.load(RelationQueries.class, "/cypher/queries/01_mechanisms_per_board.cypher");
    private static final String RELATIONS = CypherResource.load(RelationQueries.class, "relations.cypher");
    private static final String PATHS = CypherResource.load(RelationQueries.class, "paths.cypher");
    private static final String EXISTING = CypherResource.load(RelationQueries.class, "entities-exist.cypher");

    /** Every policy relation type, the types a path may follow. */
    private static final List<String> RELATION_TYPES = Arrays.stream(RelationType.values()).map(Enum::name).toList();

    private final Neo4jClient neo4j;

    RelationQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    record Board(String id, String name) {
    }

    record MechanismForBoard(String id, String name, boolean direct, List<List<String>> paths, long strength,
                             List<Evidence> evidence) {
    }

    record BoardMechanisms(Board board, List<MechanismForBoard> mechanisms) {
    }

    record Other(String id, String name, String type, String kind) {
    }

    record RelationItem(String type, String direction, Other other, double confidence, long count, List<String> methods,
                        List<Evidence> evidence) {
    }

    record Node(String id, String name, String type, String kind) {
    }

    record Hop(String type, String from, String to, double confidence, List<Evidence> evidence) {
    }

    record Path(List<Node> nodes, List<Hop> hops) {
    }

    /**
     * The boards in the order of the {@link org.policykg.ingest.model.Board} enum, each with the mechanisms the
     * documents of the period state.
     */
    List<BoardMechanisms> boards(boolean rollup, int evidenceLimit, Period period) {
        return neo4j.query(BOARDS)
                .bindAll(period.params(Map.of("rollup", rollup, "evidenceLimit", evidenceLimit)))
                .fetchAs(BoardMechanisms.class)
                .mappedBy((t, r) -> new BoardMechanisms(
                        new Board(r.get("board").get("id").asString(), r.get("board").get("name").asString()),
                        r.get("mechanisms").asList(RelationQueries::mechanism)))
                .all().stream()
                .sorted(Comparator.comparingInt(b -> org.policykg.ingest.model.Board.order(b.board().name())))
                .toList();
    }

    /** Which of the ids name an entity. */
    @Cacheable(sync = true)
    List<String> existing(List<String> ids) {
        return neo4j.query(EXISTING).bind(ids).to("ids").fetchAs(List.class)
                .mappedBy((t, r) -> r.get("ids").asList(Value::asString)).one()
                .map(found -> (List<String>) found).orElse(List.of());
    }

    /**
     * {@code type} a {@link RelationType} name or null for all; {@code direction} out, in or both; only what the
     * documents of the period state.
     */
    @Cacheable(sync = true)
    List<RelationItem> relations(String id, String type, String direction, int evidenceLimit, Period period) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("type", type);
        params.put("direction", direction);
        params.put("evidenceLimit", evidenceLimit);
        return neo4j.query(RELATIONS).bindAll(period.params(params)).fetchAs(RelationItem.class)
                .mappedBy((t, r) -> new RelationItem(r.get("type").asString(), r.get("direction").asString(),
                        other(r.get("other")), r.get("confidence").asDouble(0), r.get("count").asLong(0),
                        r.get("methods").isNull() ? List.of() : r.get("methods").asList(Value::asString),
                        Evidence.listOf(r.get("evidence"))))
                .all().stream().toList();
    }

    /**
     * At most {@code limit} shortest paths of at most {@code maxHops} (1 to {@link #MAX_HOPS}) relations, every hop
     * stated by a document of the period.
     */
    @Cacheable(sync = true)
    List<Path> paths(String from, String to, int maxHops, int limit, int evidenceLimit, Period period) {
        return neo4j.query(PATHS)
                .bindAll(period.params(Map.of("source", from, "target", to, "maxHops", maxHops, "limit", limit,
                        "evidenceLimit", evidenceLimit, "types", RELATION_TYPES)))
                .fetchAs(Path.class)
                .mappedBy((t, r) -> new Path(
                        r.get("nodes").asList(n -> new Node(n.get("id").asString(), n.get("name").asString(),
                                n.get("type").asString(), n.get("kind").asString(null))),
                        r.get("hops").asList(RelationQueries::hop)))
                .all().stream().toList();
    }

    private static MechanismForBoard mechanism(Value v) {
        return new MechanismForBoard(v.get("id").asString(), v.get("name").asString(), v.get("direct").asBoolean(),
                v.get("paths").asList(p -> p.asList(Value::asString)), v.get("strength").asLong(0),
                Evidence.listOf(v.get("evidence")));
    }

    private static Other other(Value v) {
        return new Other(v.get("id").asString(), v.get("name").asString(), v.get("type").asString(), v.get("kind").asString(null));
    }

    private static Hop hop(Value h) {
        return new Hop(h.get("type").asString(), h.get("from").asString(), h.get("to").asString(),
                h.get("confidence").asDouble(0), Evidence.listOf(h.get("evidence")));
    }
}
