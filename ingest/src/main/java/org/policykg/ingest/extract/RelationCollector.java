package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.Relation;
import org.policykg.ingest.model.RelationType;

/** Gathers relation findings of one document, one per (type, from, to, method), evidence merged. */
final class RelationCollector {

    private record Key(RelationType type, String from, String to, Method method) {
    }

    private final Map<Key, Set<String>> evidence = new LinkedHashMap<>();

    void add(RelationType type, Entity from, Entity to, Method method, String... sentenceIds) {
        if (from.id().equals(to.id()) || !type.accepts(from.type(), to.type())) {
            return;
        }
        String a = from.id();
        String b = to.id();
        if (type == RelationType.COOPERATES_WITH && a.compareTo(b) > 0) { // symmetric: store one direction
            a = to.id();
            b = from.id();
        }
        Set<String> ids = evidence.computeIfAbsent(new Key(type, a, b, method), k -> new LinkedHashSet<>());
        for (String id : sentenceIds) {
            if (id != null) {
                ids.add(id);
            }
        }
    }

    List<Relation> relations() {
        List<Relation> result = new ArrayList<>();
        evidence.forEach((k, ids) -> result.add(new Relation(k.type(), k.from(), k.to(), k.method(), new ArrayList<>(ids))));
        return result;
    }
}
