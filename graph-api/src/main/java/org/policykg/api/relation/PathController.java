package org.policykg.api.relation;

import java.util.List;

import org.policykg.api.evidence.Period;
import org.policykg.api.system.NotFoundException;
import org.policykg.ingest.model.RelationType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shortest paths between two entities over every policy relation of {@link RelationType} (ASSISTS and mechanism
 * PART_OF included), with the evidence of every hop. Paths may run against a relation's direction; each hop keeps
 * its own {@code from} and {@code to}, so a directed relation such as ASSISTS still says who helps whom. {@code from}
 * and {@code to} being the path's ends, the period is {@code since} and {@code until} here: every hop then has to be
 * stated by a document dated in it.
 */
@RestController
class PathController {

    private final RelationQueries queries;

    PathController(RelationQueries queries) {
        this.queries = queries;
    }

    record Paths(String from, String to, int maxHops, String since, String until, List<RelationQueries.Path> paths) {
    }

    @GetMapping("/api/paths")
    Paths paths(@RequestParam String from, @RequestParam String to, @RequestParam(defaultValue = "4") int maxHops,
                @RequestParam(defaultValue = "5") int limit, @RequestParam(required = false) String since,
                @RequestParam(required = false) String until) {
        Period period = Period.of("since", since, "until", until);
        if (maxHops < 1 || maxHops > RelationQueries.MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + RelationQueries.MAX_HOPS);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("from and to must differ");
        }
        List<String> ids = queries.existing(List.of(from, to));
        if (!ids.contains(from) || !ids.contains(to)) {
            throw new NotFoundException("No entity with id " + (ids.contains(from) ? to : from));
        }
        return new Paths(from, to, maxHops, period.fromIso(),
                period.toIso(),
                queries.paths(from, to, maxHops, Math.max(1, Math.min(limit, 20)), 3, period));
    }
}
