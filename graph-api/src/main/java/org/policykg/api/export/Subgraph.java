package org.policykg.api.export;

import java.util.List;

/** Entities around a centre and the relations among them; {@code truncated} when the node limit cut it. */
record Subgraph(String center, int depth, List<Node> nodes, List<Edge> edges, boolean truncated) {

    record Node(String id, String name, String type, String kind, long mentions, int distance) {
    }

    record Edge(String id, String source, String target, String type, double confidence, long count) {
    }
}
