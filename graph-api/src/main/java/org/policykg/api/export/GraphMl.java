package org.policykg.api.export;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML for Gephi and yEd: node name, type and kind, edge type and confidence as declared keys. Written with
 * {@link XMLStreamWriter}, which escapes names and attribute values; characters XML 1.0 cannot hold at all
 * (control characters) are dropped, since no escape makes them legal.
 */
final class GraphMl {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** id, for, attr.name, attr.type of each declared data key. */
    private static final List<List<String>> KEYS = List.of(
            List.of("name", "node", "name", "string"),
            List.of("type", "node", "type", "string"),
            List.of("kind", "node", "kind", "string"),
            List.of("mentions", "node", "mentions", "long"),
            List.of("relation", "edge", "type", "string"),
            List.of("confidence", "edge", "confidence", "double"),
            List.of("count", "edge", "count", "long"));

    private GraphMl() {
    }

    static String of(Subgraph g) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            for (List<String> key : KEYS) {
                x.writeCharacters("\n  ");
                x.writeEmptyElement("key");
                x.writeAttribute("id", key.get(0));
                x.writeAttribute("for", key.get(1));
                x.writeAttribute("attr.name", key.get(2));
                x.writeAttribute("attr.type", key.get(3));
            }
            x.writeCharacters("\n  ");
            x.writeStartElement("graph");
            x.writeAttribute("id", "policykg");
            x.writeAttribute("edgedefault", "directed");
            for (Subgraph.Node n : g.nodes()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("node");
                x.writeAttribute("id", legal(n.id()));
                data(x, "name", n.name());
                data(x, "type", n.type());
                if (n.kind() != null) {
                    data(x, "kind", n.kind());
                }
                data(x, "mentions", String.valueOf(n.mentions()));
                x.writeEndElement();
            }
            for (Subgraph.Edge e : g.edges()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("edge");
                x.writeAttribute("id", legal(e.id()));
                x.writeAttribute("source", legal(e.source()));
                x.writeAttribute("target", legal(e.target()));
                data(x, "relation", e.type());
                data(x, "confidence", String.valueOf(e.confidence()));
                data(x, "count", String.valueOf(e.count()));
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GraphML could not be written", e);
        }
        return out.toString();
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(legal(value));
        x.writeEndElement();
    }

    /** Without the characters XML 1.0 forbids (C0 controls but tab, line feed, carriage return; U+FFFE, U+FFFF). */
    static String legal(String s) {
        if (s.codePoints().allMatch(GraphMl::allowed)) {
            return s;
        }
        StringBuilder kept = new StringBuilder(s.length());
        s.codePoints().filter(GraphMl::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }
}
