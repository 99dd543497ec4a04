package org.policykg.api.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policykg.api.cypher.CypherResource;
import org.policykg.api.evidence.Period;
import org.policykg.api.system.GraphVersion;
import org.springframework.cache.annotation.CacheConfig;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The export feature's Cypher (the files beside this class). Breadth-first expansion, one bounded query per level,
 * so a dense neighbourhood (a board touches everything) costs the nodes kept, not every path through them; all
 * levels in one read transaction, so the subgraph is one consistent view.
 */
@Component
@CacheConfig(cacheNames = GraphVersion.ANSWERS, keyGenerator = GraphVersion.KEYS)
@Transactional(readOnly = true)
class SubgraphQueries {

    private static final String NEIGHBOURS = CypherResource.load(SubgraphQueries.class, "neighbours.cypher");
    private static final String NODES = CypherResource.load(SubgraphQueries.class, "nodes.cypher");
    private static final String EDGES = CypherResource.load(SubgraphQueries.class, "edges.cypher");
    private static final String EXISTS = CypherResource.load(SubgraphQueries.class, "exists.cypher");

    private final Neo4jClient neo4j;

    SubgraphQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Cacheable(sync = true)
    boolean exists(String id) {
        return neo4j.query(EXISTS).bind(id).to("id").fetch().one().isPresent();
    }

    /**
     * The entities within {@code depth} of {@code center} over the relations of {@code types} that the documents of
     * the period state (the centre is kept even when they state none of its relations).
     */
    @Cacheable(sync = true)
    Subgraph around(String center, int depth, int limit, List<String> types, Period period) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        distance.put(center, 0);
        List<String> frontier = List.of(center);
        boolean truncated = false;
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            int room = limit - distance.size();
            List<String> next = new ArrayList<>();
            if (room > 0) {
                next.addAll(neo4j.query(NEIGHBOURS)
                        .bindAll(period.params(Map.of("frontier", frontier, "types", types, "seen", List.copyOf(distance.keySet()), "room", room + 1)))
                        .fetchAs(String.class).mappedBy((t, r) -> r.get("id").asString()).all());
            }
            if (next.size() > room) {
                truncated = true;
                next = next.subList(0, Math.max(room, 0));
            }
            for (String id : next) {
                distance.put(id, level);
            }
            frontier = next;
            if (room <= 0) {
                truncated = truncated || !frontier.isEmpty();
                break;
            }
        }
        List<String> ids = List.copyOf(distance.keySet());
        List<Subgraph.Node> nodes = neo4j.query(NODES).bindAll(period.params(Map.of("ids", ids))).fetchAs(Subgraph.Node.class)
                .mappedBy((t, r) -> new Subgraph.Node(r.get("id").asString(), r.get("name").asString(), r.get("type").asString(),
                        r.get("kind").asString(null), r.get("mentions").asLong(), distance.get(r.get("id").asString())))
                .all().stream().sorted((a, b) -> Integer.compare(a.distance(), b.distance())).toList();
        List<Subgraph.Edge> edges = neo4j.query(EDGES).bindAll(period.params(Map.of("ids", ids, "types", types))).fetchAs(Subgraph.Edge.class)
                .mappedBy((t, r) -> new Subgraph.Edge(r.get("id").asString(), r.get("source").asString(), r.get("target").asString(),
                        r.get("type").asString(), r.get("confidence").asDouble(0), r.get("count").asLong(0)))
                .all().stream().toList();
        return new Subgraph(center, depth, nodes, edges, truncated);
    }
}
