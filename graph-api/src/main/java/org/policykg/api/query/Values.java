package org.policykg.api.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/** Neo4j values as plain JSON: nodes and relationships become maps with their labels or type and properties. */
final class Values {

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private Values() {
    }

    static Object toJson(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.hasType(TYPES.NODE())) {
            return node(value.asNode());
        }
        if (value.hasType(TYPES.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (value.hasType(TYPES.PATH())) {
            Path p = value.asPath();
            List<Object> nodes = new java.util.ArrayList<>();
            p.nodes().forEach(n -> nodes.add(node(n)));
            List<Object> rels = new java.util.ArrayList<>();
            p.relationships().forEach(r -> rels.add(relationship(r)));
            return Map.of("nodes", nodes, "relationships", rels);
        }
        if (value.hasType(TYPES.LIST())) {
            return value.asList(Values::toJson);
        }
        if (value.hasType(TYPES.MAP())) {
            Map<String, Object> m = new LinkedHashMap<>();
            value.keys().forEach(k -> m.put(k, toJson(value.get(k))));
            return m;
        }
        if (value.hasType(TYPES.DATE_TIME()) || value.hasType(TYPES.DATE()) || value.hasType(TYPES.LOCAL_DATE_TIME())
                || value.hasType(TYPES.DURATION()) || value.hasType(TYPES.TIME()) || value.hasType(TYPES.LOCAL_TIME())
                || value.hasType(TYPES.POINT())) {
            return value.asObject().toString();
        }
        return value.asObject();
    }

    private static Map<String, Object> node(Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("elementId", n.elementId());
        List<String> labels = new java.util.ArrayList<>();
        n.labels().forEach(labels::add);
        m.put("labels", labels);
        Map<String, Object> props = new LinkedHashMap<>();
        n.keys().forEach(k -> props.put(k, toJson(n.get(k))));
        m.put("properties", props);
        return m;
    }

    private static Map<String, Object> relationship(Relationship r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("elementId", r.elementId());
        m.put("type", r.type());
        m.put("start", r.startNodeElementId());
        m.put("end", r.endNodeElementId());
        Map<String, Object> props = new LinkedHashMap<>();
        r.keys().forEach(k -> props.put(k, toJson(r.get(k))));
        m.put("properties", props);
        return m;
    }
}
