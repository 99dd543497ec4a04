package org.policykg.api.entity;

import java.util.List;

import org.policykg.api.system.NotFoundException;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.script.ScriptStage;
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
class EntityController {

    private final EntityQueries queries;
    private final ScriptStage scripts;

    EntityController(EntityQueries queries, ScriptStage scripts) {
        this.queries = queries;
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
        String entityType = type == null ? null : EntityType.parse(type).name();
        List<String> terms = q == null || q.isBlank() ? null : scripts.searchForms(q.strip());
        EntityQueries.Slice slice = queries.list(entityType, terms, page * size, size);
        return new Page(slice.items(), page, size, slice.total());
    }

    @GetMapping("/{id}")
    EntitySummary one(@PathVariable String id) {
        return queries.one(id).orElseThrow(() -> new NotFoundException("No entity with id " + id));
    }

    @GetMapping("/lookup")
    EntitySummary lookup(@RequestParam String name) {
        return queries.lookup(scripts.searchForms(name.strip()))
                .orElseThrow(() -> new NotFoundException("No entity is named or also known as " + name));
    }
}
