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
    private final Map<String, Set<String>> helpersBySentence = new LinkedHashMap<>();

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

    /**
     * Forgets the finding that {@code sentenceId} states {@code type} between the two (null: any entity); a finding left
     * with no sentence is dropped.
     */
    void removeStatedIn(RelationType type, String fromId, String toId, String sentenceId) {
        evidence.entrySet().removeIf(e -> {
            Key k = e.getKey();
            if (k.type() != type || (fromId != null && !k.from().equals(fromId)) || (toId != null && !k.to().equals(toId))
                    || !e.getValue().contains(sentenceId)) {
                return false;
            }
            e.getValue().remove(sentenceId);
            // a heading or lead sentence governs through the body sentence; alone it states nothing
            boolean governed = k.method() == Method.HEADING_SCOPE || k.method() == Method.LEAD_SENTENCE;
            return e.getValue().size() <= (governed ? 1 : 0);
        });
    }

    /** {@code helperId} helps another region in {@code sentenceId}: no mechanism serves it there (see {@link #settleHelpers}). */
    void helper(String helperId, String sentenceId) {
        helpersBySentence.computeIfAbsent(sentenceId, k -> new LinkedHashSet<>()).add(helperId);
    }

    /** {@code regionId} only says where another place lies in {@code sentenceId} (四川甘孜州): not served there either. */
    void qualifier(String regionId, String sentenceId) {
        helper(regionId, sentenceId);
    }

    /** Once every rule has run: a helper is not served by what its sentence says (深圳市帮扶百色市: only 百色 is served). */
    void settleHelpers() {
        helpersBySentence.forEach((sentenceId, helpers) -> helpers.forEach(h -> removeStatedIn(RelationType.SERVES, null, h, sentenceId)));
    }

    /**
     * The findings; gazetteer geography (WITHIN) only between regions the text does not already say are PART_OF, and no
     * cooperation between a pair of which one assists the other anywhere in the document (the guide: a pair that
     * assists does not also cooperate, 宁波市对口支援库车市 … 两地合作共建).
     */
    List<Relation> relations() {
        Set<String> stated = new java.util.HashSet<>();
        Set<String> assisted = new java.util.HashSet<>(); // helper>recipient
        evidence.keySet().stream().filter(k -> k.type() == RelationType.PART_OF).forEach(k -> stated.add(k.from() + ">" + k.to()));
        evidence.keySet().stream().filter(k -> k.type() == RelationType.ASSISTS).forEach(k -> assisted.add(k.from() + ">" + k.to()));
        // 闽宁协作机制 where 福建 helps 宁夏: the name's helper is not served by it, its recipient is
        List<Key> servedByName = evidence.keySet().stream().filter(k -> k.type() == RelationType.SERVES && k.method() == Method.NAME).toList();
        Set<String> namedHelpers = new java.util.HashSet<>(); // mechanism>helper
        for (Key helper : servedByName) {
            if (servedByName.stream().anyMatch(r -> r.from().equals(helper.from()) && assisted.contains(helper.to() + ">" + r.to()))) {
                namedHelpers.add(helper.from() + ">" + helper.to());
            }
        }
        List<Relation> result = new ArrayList<>();
        evidence.forEach((k, ids) -> {
            boolean assists = k.type() == RelationType.COOPERATES_WITH
                    && (assisted.contains(k.from() + ">" + k.to()) || assisted.contains(k.to() + ">" + k.from()))
                    || k.type() == RelationType.SERVES && k.method() == Method.NAME && namedHelpers.contains(k.from() + ">" + k.to());
            if (!assists && (k.type() != RelationType.WITHIN || !stated.contains(k.from() + ">" + k.to()))) {
                result.add(new Relation(k.type(), k.from(), k.to(), k.method(), new ArrayList<>(ids)));
            }
        });
        return result;
    }
}
