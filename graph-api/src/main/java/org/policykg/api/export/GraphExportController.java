package org.policykg.api.export;

import java.util.Arrays;
import java.util.List;

import org.policykg.api.evidence.Period;
import org.policykg.api.system.NotFoundException;
import org.policykg.ingest.model.RelationType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subgraph around one entity, in the format a renderer takes: cytoscape, echarts, d3 or graphml. With {@code from}
 * and/or {@code to}, only the relations documents dated in that period state, counted in them.
 */
@RestController
class GraphExportController {

    private final SubgraphQueries queries;

    GraphExportController(SubgraphQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/graph")
    ResponseEntity<?> graph(@RequestParam String center, @RequestParam(defaultValue = "1") int depth,
                            @RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) String types,
                            @RequestParam(defaultValue = "cytoscape") String format,
                            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = Period.of(from, to);
        if (depth < 1 || depth > 3) {
            throw new IllegalArgumentException("depth must be 1, 2 or 3");
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000");
        }
        List<String> relationTypes = types == null || types.isBlank()
                ? Arrays.stream(RelationType.values()).map(Enum::name).toList()
                : Arrays.stream(types.split(",")).map(t -> RelationType.parse(t).name()).toList();
        boolean graphml = "graphml".equalsIgnoreCase(format);
        GraphFormat renderer = graphml ? null : GraphFormat.parse(format);
        if (!queries.exists(center)) {
            throw new NotFoundException("No entity with id " + center);
        }
        Subgraph subgraph = queries.around(center, depth, limit, relationTypes, period);
        if (graphml) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/graphml+xml;charset=UTF-8"))
                    .body(GraphMl.of(subgraph));
        }
        return ResponseEntity.ok(renderer.render(subgraph));
    }

}
