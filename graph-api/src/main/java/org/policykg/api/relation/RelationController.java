package org.policykg.api.relation;

import java.util.List;

import org.policykg.api.evidence.Period;
import org.policykg.api.system.NotFoundException;
import org.policykg.ingest.model.RelationType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The relations of one entity, each with the sentences that state it. {@code direction} reads from the entity:
 * {@code out} where it is the subject (a mechanism SERVES a region, a region ASSISTS the region it helps, a part is
 * PART_OF its whole), {@code in} where it is the object (served by, assisted by, and a mechanism's components, which
 * are PART_OF it). COOPERATES_WITH is symmetric and stored once, in either direction: ask it with {@code both}.
 * {@code from} and {@code to} keep what the documents dated in that period state, with their count and sentences.
 */
@RestController
class RelationController {

    private final RelationQueries queries;

    RelationController(RelationQueries queries) {
        this.queries = queries;
    }

    record Relations(List<RelationQueries.RelationItem> items) {
    }

    @GetMapping("/api/entities/{id}/relations")
    Relations relations(@PathVariable String id, @RequestParam(required = false) String type,
                        @RequestParam(defaultValue = "both") String direction,
                        @RequestParam(defaultValue = "5") int evidenceLimit,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = Period.of(from, to);
        if (!List.of("out", "in", "both").contains(direction)) {
            throw new IllegalArgumentException("direction must be out, in or both");
        }
        if (queries.existing(List.of(id)).isEmpty()) {
            throw new NotFoundException("No entity with id " + id);
        }
        String relationType = type == null ? null : RelationType.parse(type).name();
        return new Relations(queries.relations(id, relationType, direction, Math.max(0, Math.min(evidenceLimit, 100)), period));
    }
}
