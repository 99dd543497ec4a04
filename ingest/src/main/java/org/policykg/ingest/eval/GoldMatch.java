package org.policykg.ingest.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Relation;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.segment.HanLpSimplifier;

/** Keys that put predicted and gold entities and relations in one space: a gold entity by its index, others by name. */
final class GoldMatch {

    private static final Pattern GOLD_INDEX = Pattern.compile("#(\\d+)");

    /** Gold names as the analysis writes them (a traditional text's 「港湾聯動」 is analysed as “港湾联动”). */
    private static final HanLpSimplifier SIMPLIFIER = new HanLpSimplifier();

    private final List<GoldDocument.GoldEntity> goldEntities = new ArrayList<>();
    private final List<Set<String>> analysedNames = new ArrayList<>();
    private final Map<String, String> keyByEntityId = new HashMap<>();
    private final Set<String> mentioned;

    GoldMatch(GoldDocument gold, DocumentGraph graph) {
        goldEntities.addAll(gold.entities());
        goldEntities.addAll(gold.optionalEntities());
        for (GoldDocument.GoldEntity g : goldEntities) {
            Set<String> names = new HashSet<>(g.names());
            g.names().forEach(n -> names.add(SIMPLIFIER.simplify(n)));
            analysedNames.add(names);
        }
        Map<String, Set<String>> surfaces = new HashMap<>();
        for (Mention m : graph.mentions()) {
            surfaces.computeIfAbsent(m.entityId(), k -> new HashSet<>()).add(m.surface());
        }
        mentioned = surfaces.keySet();
        graph.entities().forEach(e -> {
            int byName = indexOf(e.type(), Set.of(e.name()));
            int index = byName >= 0 ? byName : indexOf(e.type(), surfaces.getOrDefault(e.id(), Set.of()));
            keyByEntityId.put(e.id(), index >= 0 ? "#" + index : e.name());
        });
    }

    private int indexOf(EntityType type, Set<String> names) {
        for (int i = 0; i < goldEntities.size(); i++) {
            if (goldEntities.get(i).type() == type && analysedNames.get(i).stream().anyMatch(names::contains)) {
                return i;
            }
        }
        return -1;
    }

    boolean mentioned(String entityId) {
        return mentioned.contains(entityId);
    }

    String keyOf(String entityId) {
        return keyByEntityId.get(entityId);
    }

    String keyOf(GoldDocument.GoldEntity entity) {
        return "#" + goldEntities.indexOf(entity);
    }

    String keyOf(Relation r) {
        return key(r.type(), keyOf(r.fromId()), keyOf(r.toId()));
    }

    /** The type of the entity a gold relation starts from. */
    EntityType typeOf(GoldDocument.GoldRelation r) {
        return goldEntities.stream().filter(e -> e.names().contains(r.from())).map(GoldDocument.GoldEntity::type).findFirst().orElse(null);
    }

    String keyOf(GoldDocument.GoldRelation r) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < goldEntities.size(); i++) {
            if (from < 0 && goldEntities.get(i).names().contains(r.from())) {
                from = i;
            }
            if (to < 0 && goldEntities.get(i).names().contains(r.to())) {
                to = i;
            }
        }
        return key(r.type(), "#" + from, "#" + to);
    }

    private static String key(RelationType type, String from, String to) {
        if (type == RelationType.COOPERATES_WITH && from.compareTo(to) > 0) {
            return type.name() + " " + to + " -> " + from;
        }
        return type.name() + " " + from + " -> " + to;
    }

    /** A key with gold indexes replaced by the gold entity's first name. */
    String readable(String key) {
        Matcher m = GOLD_INDEX.matcher(key);
        return m.replaceAll(r -> Matcher.quoteReplacement(goldEntities.get(Integer.parseInt(r.group(1))).name()));
    }
}
