package org.policykg.api.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The renderer formats a subgraph can be exported in. */
enum GraphFormat {

    /** Cytoscape.js elements: {@code {elements: {nodes: [{data}], edges: [{data}]}}}. */
    CYTOSCAPE {
        @Override
        Object render(Subgraph g) {
            List<Map<String, Object>> nodes = g.nodes().stream().map(n -> Map.<String, Object>of("data", nodeData(n))).toList();
            List<Map<String, Object>> edges = g.edges().stream().map(e -> Map.<String, Object>of("data", Map.of(
                    "id", e.id(), "source", e.source(), "target", e.target(), "type", e.type(), "label", e.type(),
                    "confidence", e.confidence(), "count", e.count()))).toList();
            return envelope(g, Map.of("elements", Map.of("nodes", nodes, "edges", edges)));
        }
    },
    /** An ECharts graph series: nodes with a category index, links, and the categories. */
    ECHARTS {
        @Override
        Object render(Subgraph g) {
            List<String> categories = new ArrayList<>();
            for (Subgraph.Node n : g.nodes()) {
                if (!categories.contains(category(n))) {
                    categories.add(category(n));
                }
            }
            List<Map<String, Object>> nodes = g.nodes().stream().map(n -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", n.id());
                m.put("name", n.name());
                m.put("category", categories.indexOf(category(n)));
                m.put("value", n.mentions());
                m.put("symbolSize", 10 + Math.min(40, n.mentions()));
                return m;
            }).toList();
            List<Map<String, Object>> links = g.edges().stream().map(e -> Map.<String, Object>of(
                    "source", e.source(), "target", e.target(), "name", e.type(), "value", e.count())).toList();
            return envelope(g, Map.of("nodes", nodes, "links", links,
                    "categories", categories.stream().map(c -> Map.of("name", c)).toList()));
        }
    },
    /** d3-force: {@code nodes} and {@code links} with source and target ids. */
    D3 {
        @Override
        Object render(Subgraph g) {
            List<Map<String, Object>> nodes = g.nodes().stream().map(n -> {
                Map<String, Object> m = nodeData(n);
                m.put("group", category(n));
                return m;
            }).toList();
            List<Map<String, Object>> links = g.edges().stream().map(e -> Map.<String, Object>of(
                    "source", e.source(), "target", e.target(), "type", e.type(), "value", e.count())).toList();
            return envelope(g, Map.of("nodes", nodes, "links", links));
        }
    };

    abstract Object render(Subgraph g);

    static GraphFormat parse(String format) {
        for (GraphFormat f : values()) {
            if (f.name().equalsIgnoreCase(format)) {
                return f;
            }
        }
        throw new IllegalArgumentException("format must be cytoscape, echarts, d3 or graphml, not " + format);
    }

    /** Region kinds are their own categories (Board, Province, …); strategies and mechanisms go by type. */
    static String category(Subgraph.Node n) {
        return n.kind() != null ? n.kind() : n.type();
    }

    private static Map<String, Object> nodeData(Subgraph.Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("label", n.name());
        m.put("name", n.name());
        m.put("type", n.type());
        if (n.kind() != null) {
            m.put("kind", n.kind());
        }
        m.put("mentions", n.mentions());
        m.put("distance", n.distance());
        return m;
    }

    private static Map<String, Object> envelope(Subgraph g, Map<String, Object> body) {
        Map<String, Object> out = new LinkedHashMap<>(body);
        out.put("center", g.center());
        out.put("depth", g.depth());
        out.put("truncated", g.truncated());
        return out;
    }
}
