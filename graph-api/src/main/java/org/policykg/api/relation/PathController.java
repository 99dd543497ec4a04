package org.policykg.api.relation;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.neo4j.driver.Value;
import org.policykg.api.evidence.Evidence;
import org.policykg.api.system.NotFoundException;
import org.policykg.ingest.model.RelationType;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shortest paths between two entities over every policy relation of {@link RelationType} (ASSISTS and mechanism
 * PART_OF included), with the evidence of every hop. Paths may run against a relation's direction; each hop keeps
 * its own {@code from} and {@code to}, so a directed relation such as ASSISTS still says who helps whom.
 */
@RestController
@Transactional(readOnly = true)
class PathController {

    static final int MAX_HOPS = 6;

    /**
     * A variable-length bound cannot be a parameter in Cypher, so there is one query per allowed bound; the
     * relationship types come from the enum.
     */
    private static final List<String> PATHS = IntStream.rangeClosed(0, MAX_HOPS).mapToObj(hops -> """
            MATCH (a:Entity {id: $from})
            MATCH (b:Entity {id: $to})
            MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
            WITH p LIMIT $limit
            CALL (p) {
              UNWIND relationships(p) AS r
              %s
              RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, confidence: r.confidence,
                              evidence: evidence}) AS hops
            }
            RETURN [n IN nodes(p) | n {.id, .name, .type, .kind}] AS nodes, hops
            """.formatted(RelationType.cypherAlternatives(), Math.max(hops, 1), Evidence.OF_RELATIONSHIP)).toList();

    private static final String BOTH_EXIST = "MATCH (e:Entity) WHERE e.id IN [$from, $to] RETURN collect(e.id) AS ids";

    private final Neo4jClient neo4j;

    PathController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    record Node(String id, String name, String type, String kind) {
    }

    record Hop(String type, String from, String to, double confidence, List<Evidence> evidence) {
    }

    record Path(List<Node> nodes, List<Hop> hops) {
    }

    record Paths(String from, String to, int maxHops, List<Path> paths) {
    }

    @GetMapping("/api/paths")
    Paths paths(@RequestParam String from, @RequestParam String to, @RequestParam(defaultValue = "4") int maxHops,
                @RequestParam(defaultValue = "5") int limit) {
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("from and to must differ");
        }
        List<Object> ids = neo4j.query(BOTH_EXIST).bindAll(Map.of("from", from, "to", to)).fetch().one()
                .map(m -> (List<Object>) m.get("ids")).orElse(List.of());
        if (!ids.contains(from) || !ids.contains(to)) {
            throw new NotFoundException("No entity with id " + (ids.contains(from) ? to : from));
        }
        List<Path> paths = neo4j.query(PATHS.get(maxHops))
                .bindAll(Map.of("from", from, "to", to, "limit", Math.max(1, Math.min(limit, 20)), "evidenceLimit", 3))
                .fetchAs(Path.class)
                .mappedBy((t, r) -> new Path(
                        r.get("nodes").asList(n -> new Node(n.get("id").asString(), n.get("name").asString(),
                                n.get("type").asString(), n.get("kind").asString(null))),
                        r.get("hops").asList(PathController::hop)))
                .all().stream().toList();
        return new Paths(from, to, maxHops, paths);
    }

    private static Hop hop(Value h) {
        return new Hop(h.get("type").asString(), h.get("from").asString(), h.get("to").asString(),
                h.get("confidence").asDouble(0), Evidence.listOf(h.get("evidence")));
    }
}
