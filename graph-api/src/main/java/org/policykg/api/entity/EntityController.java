package org.policykg.api.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policykg.api.system.NotFoundException;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.script.ScriptStage;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Regions, strategies and mechanisms: list and filter, one by id, and alias look-up. Names are simplified in the
 * graph; a name or filter typed in traditional characters matches as typed and in its simplified form.
 */
@RestController
@RequestMapping("/api/entities")
@Transactional(readOnly = true)
class EntityController {

    private static final String PROJECTION = """
            e {.id, .name, .type, .kind, .aliases, .method, .confidence, mentions: COUNT { (e)<-[:MENTIONS]-() }}""";

    private static final String LIST = """
            MATCH (e:Entity)
            WHERE ($type IS NULL OR e.type = $type)
              AND ($terms IS NULL OR any(q IN $terms WHERE e.name CONTAINS q OR any(a IN coalesce(e.aliases, []) WHERE a CONTAINS q)))
            WITH %s AS entity
            ORDER BY entity.mentions DESC, entity.name
            WITH collect(entity) AS entities
            RETURN size(entities) AS total, entities[$skip..$skip + $size] AS items
            """.formatted(PROJECTION);

    private static final String ONE = "MATCH (e:Entity {id: $id}) RETURN " + PROJECTION + " AS entity";

    private static final String LOOKUP = """
            MATCH (e:Entity)
            WHERE e.name IN $names OR any(a IN coalesce(e.aliases, []) WHERE a IN $names)
            RETURN %s AS entity
            ORDER BY CASE WHEN e.name IN $names THEN 0 ELSE 1 END, entity.mentions DESC
            LIMIT 1
            """.formatted(PROJECTION);

    private final Neo4jClient neo4j;
    private final ScriptStage scripts;

    EntityController(Neo4jClient neo4j, ScriptStage scripts) {
        this.neo4j = neo4j;
        this.scripts = scripts;
    }

    record Page(List<EntitySummary> items, int page, int size, long total) {
    }

    @GetMapping
    Page list(@RequestParam(required = false) String type, @RequestParam(required = false) String q,
              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and 500");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("type", type == null ? null : EntityType.parse(type).name());
        params.put("terms", q == null || q.isBlank() ? null : scripts.searchForms(q.strip()));
        params.put("skip", page * size);
        params.put("size", size);
        return neo4j.query(LIST).bindAll(params).fetchAs(Page.class)
                .mappedBy((t, r) -> new Page(r.get("items").asList(EntitySummary::of), page, size, r.get("total").asLong()))
                .one().orElseThrow();
    }

    @GetMapping("/{id}")
    EntitySummary one(@PathVariable String id) {
        return neo4j.query(ONE).bind(id).to("id").fetchAs(EntitySummary.class)
                .mappedBy((t, r) -> EntitySummary.of(r.get("entity"))).one()
                .orElseThrow(() -> new NotFoundException("No entity with id " + id));
    }

    @GetMapping("/lookup")
    EntitySummary lookup(@RequestParam String name) {
        return neo4j.query(LOOKUP).bind(scripts.searchForms(name.strip())).to("names").fetchAs(EntitySummary.class)
                .mappedBy((t, r) -> EntitySummary.of(r.get("entity"))).one()
                .orElseThrow(() -> new NotFoundException("No entity is named or also known as " + name));
    }

}
