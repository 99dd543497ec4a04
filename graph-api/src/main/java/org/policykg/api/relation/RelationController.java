package org.policykg.api.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.policykg.api.evidence.Evidence;
import org.policykg.api.system.NotFoundException;
import org.policykg.ingest.model.RelationType;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The relations of one entity, each with the sentences that state it. {@code direction} reads from the entity:
 * {@code out} where it is the subject (a mechanism SERVES a region, a region ASSISTS the region it helps, a part is
 * PART_OF its whole), {@code in} where it is the object (served by, assisted by, and a mechanism's components, which
 * are PART_OF it). COOPERATES_WITH is symmetric and stored once, in either direction: ask it with {@code both}.
 */
@RestController
@Transactional(readOnly = true)
class RelationController {

    private static final String RELATIONS = """
            MATCH (e:Entity {id: $id})
            CALL (e) {
              MATCH (e)-[r]->(o:Entity)
              WHERE $direction IN ['out', 'both'] AND ($type IS NULL OR type(r) = $type)
              RETURN r, o, 'out' AS direction
              UNION
              MATCH (e)<-[r]-(o:Entity)
              WHERE $direction IN ['in', 'both'] AND ($type IS NULL OR type(r) = $type)
              RETURN r, o, 'in' AS direction
            }
            %s
            RETURN type(r) AS type, direction, o {.id, .name, .type, .kind} AS other, r.confidence AS confidence,
                   r.count AS count, r.methods AS methods, evidence
            ORDER BY confidence DESC, count DESC, other.name
            """.formatted(Evidence.OF_RELATIONSHIP);

    private static final String EXISTS = "MATCH (e:Entity {id: $id}) RETURN e.id AS id";

    private final Neo4jClient neo4j;

    RelationController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    record Other(String id, String name, String type, String kind) {
        static Other of(Value v) {
            return new Other(v.get("id").asString(), v.get("name").asString(), v.get("type").asString(), v.get("kind").asString(null));
        }
    }

    record RelationItem(String type, String direction, Other other, double confidence, long count, List<String> methods,
                        List<Evidence> evidence) {
    }

    record Relations(List<RelationItem> items) {
    }

    @GetMapping("/api/entities/{id}/relations")
    Relations relations(@PathVariable String id, @RequestParam(required = false) String type,
                        @RequestParam(defaultValue = "both") String direction,
                        @RequestParam(defaultValue = "5") int evidenceLimit) {
        if (!List.of("out", "in", "both").contains(direction)) {
            throw new IllegalArgumentException("direction must be out, in or both");
        }
        if (neo4j.query(EXISTS).bind(id).to("id").fetch().one().isEmpty()) {
            throw new NotFoundException("No entity with id " + id);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("type", type == null ? null : RelationType.parse(type).name());
        params.put("direction", direction);
        params.put("evidenceLimit", Math.max(0, Math.min(evidenceLimit, 100)));
        List<RelationItem> items = neo4j.query(RELATIONS).bindAll(params).fetchAs(RelationItem.class)
                .mappedBy((t, r) -> new RelationItem(r.get("type").asString(), r.get("direction").asString(),
                        Other.of(r.get("other")), r.get("confidence").asDouble(0), r.get("count").asLong(0),
                        r.get("methods").isNull() ? List.of() : r.get("methods").asList(Value::asString),
                        Evidence.listOf(r.get("evidence"))))
                .all().stream().toList();
        return new Relations(items);
    }

}
