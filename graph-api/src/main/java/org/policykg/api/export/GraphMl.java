package org.policykg.api.export;

/** GraphML for Gephi and yEd: node name, type and kind, edge type and confidence as declared keys. */
final class GraphMl {

    private GraphMl() {
    }

    static String of(Subgraph g) {
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="name" for="node" attr.name="name" attr.type="string"/>
                  <key id="type" for="node" attr.name="type" attr.type="string"/>
                  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
                  <key id="mentions" for="node" attr.name="mentions" attr.type="long"/>
                  <key id="relation" for="edge" attr.name="type" attr.type="string"/>
                  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
                  <key id="count" for="edge" attr.name="count" attr.type="long"/>
                """);
        x.append("  <graph id=\"policykg\" edgedefault=\"directed\">\n");
        for (Subgraph.Node n : g.nodes()) {
            x.append("    <node id=\"").append(esc(n.id())).append("\">")
                    .append(data("name", n.name())).append(data("type", n.type()))
                    .append(n.kind() == null ? "" : data("kind", n.kind())).append(data("mentions", String.valueOf(n.mentions())))
                    .append("</node>\n");
        }
        for (Subgraph.Edge e : g.edges()) {
            x.append("    <edge id=\"").append(esc(e.id())).append("\" source=\"").append(esc(e.source()))
                    .append("\" target=\"").append(esc(e.target())).append("\">")
                    .append(data("relation", e.type())).append(data("confidence", String.valueOf(e.confidence())))
                    .append(data("count", String.valueOf(e.count()))).append("</edge>\n");
        }
        return x.append("  </graph>\n</graphml>\n").toString();
    }

    private static String data(String key, String value) {
        return "<data key=\"" + key + "\">" + esc(value) + "</data>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
