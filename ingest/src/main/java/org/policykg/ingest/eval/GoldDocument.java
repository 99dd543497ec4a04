package org.policykg.ingest.eval;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.gazetteer.GazetteerEntry;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RelationType;

/**
 * What a careful reader finds in one document: the entities named in its abstract and body (canonical names or aliases),
 * and the relations the text states, each with a piece of the sentence that states it.
 */
public record GoldDocument(String file, Map<EntityType, Set<String>> entities, List<GoldRelation> relations) {

    public record GoldRelation(RelationType type, String from, String to, String evidence) {
    }

    /**
     * The same annotations with every name the gazetteer knows as one entity's alias replaced by that entity's
     * canonical name (陕甘宁 → 陕甘宁革命老区), so annotators may write the form the text uses.
     */
    public GoldDocument canonical(Gazetteer gazetteer) {
        Map<EntityType, Set<String>> names = new EnumMap<>(EntityType.class);
        entities.forEach((type, set) -> names.put(type, set.stream().map(n -> canonical(gazetteer, n))
                .collect(Collectors.toCollection(LinkedHashSet::new))));
        List<GoldRelation> resolved = relations.stream().map(r -> new GoldRelation(r.type(), canonical(gazetteer, r.from()),
                canonical(gazetteer, r.to()), r.evidence())).toList();
        return new GoldDocument(file, names, resolved);
    }

    private static String canonical(Gazetteer gazetteer, String name) {
        List<GazetteerEntry> entries = gazetteer.lookup(name);
        return entries.size() == 1 ? entries.get(0).name() : name;
    }
}
