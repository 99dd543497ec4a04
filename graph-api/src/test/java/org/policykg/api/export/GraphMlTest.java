package org.policykg.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GraphML is well-formed XML a parser reads back, whatever the names hold. */
class GraphMlTest {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Test
    void namesWithMarkupQuotesAndControlCharactersParseBackAsWritten() throws Exception {
        Subgraph g = new Subgraph("r-1", 1, List.of(
                new Subgraph.Node("r-1", "西部地区", "Region", "Board", 12, 0),
                new Subgraph.Node("m-\"1\"", "<区际>利益&补偿\u0001机制", "Mechanism", null, 3, 1)),
                List.of(new Subgraph.Edge("e&1", "m-\"1\"", "r-1", "SERVES", 0.75, 2)), false);

        String xml = GraphMl.of(g);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("graphml");
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        NodeList keys = doc.getElementsByTagNameNS(NS, "key");
        assertThat(keys.getLength()).isEqualTo(7);
        assertThat(((Element) keys.item(4)).getAttribute("id")).isEqualTo("relation");
        assertThat(((Element) keys.item(4)).getAttribute("attr.name")).isEqualTo("type");

        NodeList nodes = doc.getElementsByTagNameNS(NS, "node");
        assertThat(nodes.getLength()).isEqualTo(2);
        Element board = (Element) nodes.item(0);
        assertThat(board.getAttribute("id")).isEqualTo("r-1");
        assertThat(data(board, "name")).isEqualTo("西部地区");
        assertThat(data(board, "kind")).isEqualTo("Board");
        assertThat(data(board, "mentions")).isEqualTo("12");
        Element mechanism = (Element) nodes.item(1);
        assertThat(mechanism.getAttribute("id")).isEqualTo("m-\"1\"");
        assertThat(data(mechanism, "name")).as("escaped, and the control character dropped").isEqualTo("<区际>利益&补偿机制");
        assertThat(data(mechanism, "kind")).as("no kind, no data element").isNull();

        NodeList edges = doc.getElementsByTagNameNS(NS, "edge");
        assertThat(edges.getLength()).isEqualTo(1);
        Element edge = (Element) edges.item(0);
        assertThat(edge.getAttribute("id")).isEqualTo("e&1");
        assertThat(edge.getAttribute("source")).isEqualTo("m-\"1\"");
        assertThat(edge.getAttribute("target")).isEqualTo("r-1");
        assertThat(data(edge, "relation")).isEqualTo("SERVES");
        assertThat(data(edge, "confidence")).isEqualTo("0.75");
        assertThat(data(edge, "count")).isEqualTo("2");
        Element graph = (Element) doc.getElementsByTagNameNS(NS, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
    }

    @Test
    void anEmptySubgraphIsStillAGraph() throws Exception {
        String xml = GraphMl.of(new Subgraph("r-1", 1, List.of(), List.of(), false));
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("graph").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("node").getLength()).isZero();
    }

    private static String data(Element owner, String key) {
        NodeList data = owner.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        return null;
    }
}
