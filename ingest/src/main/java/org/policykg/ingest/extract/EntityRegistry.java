package org.policykg.ingest.extract;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.gazetteer.GazetteerEntry;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;

/** The entities of one document, keyed by id, with the gazetteer's aliases plus the surface forms seen. */
final class EntityRegistry {

    private final Gazetteer gazetteer;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Set<String>> surfaces = new LinkedHashMap<>();
    /** Mechanism id → the area its name opens with, read by shape (川渝毗邻地区 for 川渝毗邻地区合作机制). */
    private final Map<String, String> openingAreas = new LinkedHashMap<>();

    EntityRegistry(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Entity known(GazetteerEntry entry) {
        Set<String> aliases = new HashSet<>(entry.aliases());
        aliases.addAll(entry.askedAs()); // 沿边地区 for 边境地区: found by search and questions, not in texts
        Entity entity = Entity.of(entry.type(), entry.name(), entry.kind(), aliases, Method.GAZETTEER);
        return entities.computeIfAbsent(entity.id(), id -> entity);
    }

    /** A discovered entity; if the gazetteer knows the name after all, the known entry wins. */
    private static final java.util.regex.Pattern RIVER = java.util.regex.Pattern.compile(".+[江河水]");

    private static final java.util.regex.Pattern PEOPLES_OF_PREFECTURE =
            java.util.regex.Pattern.compile("^(\\p{IsHan}{2,}?)(?:\\p{IsHan}{1,3}族|蒙古|哈萨克|柯尔克孜)+自治州$");

    Entity discovered(EntityType type, String rawName, RegionKind kind, Method method) {
        // 汾河 and 汾河流域 are one area: a river the gazetteer lacks is named as its basin, whichever way a text writes it
        String name = kind == RegionKind.RiverBasin && RIVER.matcher(rawName).matches() ? rawName + "流域" : rawName;
        // 海南藏族自治州 is the gazetteer's 海南州 (its bare 海南 is the province, so only the whole name reaches it)
        String shortPrefecture = PEOPLES_OF_PREFECTURE.matcher(rawName).replaceFirst("$1州");
        for (String form : new LinkedHashSet<>(List.of(rawName, name, shortPrefecture))) {
            for (GazetteerEntry entry : gazetteer.lookup(form)) {
                if (entry.type() == type) {
                    return known(entry);
                }
            }
        }
        Entity entity = Entity.of(type, name, kind, Set.of(), method);
        return entities.computeIfAbsent(entity.id(), id -> entity);
    }

    Optional<Entity> byName(String canonicalName) {
        return gazetteer.byName(canonicalName).map(this::known);
    }

    /** The regions a known strategy is aimed at by its name (成渝地区双城经济圈建设 → 成渝地区双城经济圈). */
    List<Entity> coveredBy(Entity strategy) {
        return gazetteer.byName(strategy.name()).stream().flatMap(e -> e.covers().stream())
                .flatMap(name -> gazetteer.byName(name).stream()).map(this::known).toList();
    }

    /** Records that a mechanism's name opens with an area the gazetteer does not list; the longest such area wins. */
    void opensWith(String mechanismId, String regionId) {
        openingAreas.merge(mechanismId, regionId, (old, neu) -> get(neu).name().length() > get(old).name().length() ? neu : old);
    }

    Optional<Entity> openingArea(String mechanismId) {
        return Optional.ofNullable(openingAreas.get(mechanismId)).map(this::get);
    }

    Entity get(String id) {
        return entities.get(id);
    }

    /** Records a surface form that names this entity by itself (not a composite such as 中西部). */
    void seen(String id, String surface) {
        surfaces.computeIfAbsent(id, k -> new HashSet<>()).add(surface);
    }

    /** The entities, their aliases extended with the surface forms seen in this document. */
    Collection<Entity> all() {
        return entities.values().stream().map(e -> {
            Set<String> seen = surfaces.getOrDefault(e.id(), Set.of());
            if (seen.isEmpty() || e.aliases().containsAll(seen)) {
                return e;
            }
            Set<String> aliases = new HashSet<>(e.aliases());
            seen.stream().filter(a -> !a.equals(e.name())).forEach(aliases::add);
            return new Entity(e.id(), e.type(), e.name(), e.kind(), aliases, e.method(), e.confidence());
        }).toList();
    }
}
