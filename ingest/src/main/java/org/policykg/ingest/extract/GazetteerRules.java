package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.gazetteer.GazetteerEntry;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.model.RelationType;

/**
 * Relations that follow from names and from the gazetteer once an entity is mentioned:
 * <ul>
 * <li>a mechanism whose name contains a region serves it (区域板块差异化发展机制 → the four boards,
 *     边疆地区利益补偿机制 → 边疆地区), and one whose name contains a strategy supports it;</li>
 * <li>hierarchy: a province is PART_OF its board, a major strategy PART_OF 区域重大战略, and a strategy
 *     TARGETS the regions its name denotes (西部大开发 → 西部地区).</li>
 * </ul>
 * Evidence is the sentences that mention the entity.
 */
final class GazetteerRules {

    private static final java.util.regex.Pattern COOPERATION = java.util.regex.Pattern.compile("协作|合作|帮扶|对口|联动|互助");

    private final Gazetteer gazetteer;
    private final EntityRegistry registry;
    private final RelationCollector out;

    private final CityInitialGroups initialGroups;

    GazetteerRules(Gazetteer gazetteer, EntityRegistry registry, RelationCollector out) {
        this.gazetteer = gazetteer;
        this.registry = registry;
        this.out = out;
        this.initialGroups = new CityInitialGroups(gazetteer, registry);
    }

    void apply(Map<String, List<String>> sentencesByEntity) {
        for (Map.Entry<String, List<String>> e : sentencesByEntity.entrySet()) {
            Entity entity = registry.get(e.getKey());
            String[] evidence = e.getValue().toArray(String[]::new);
            if (entity.type() == EntityType.Mechanism) {
                names(entity, evidence, namedAreaOpening(entity, sentencesByEntity.keySet(), evidence));
                namedAreas(entity, evidence, sentencesByEntity.keySet());
            }
            hierarchy(entity, evidence, sentencesByEntity);
        }
    }

    /**
     * An area the document names that the gazetteer does not know, written at the start of a mechanism's name
     * (南昌都市圈协同发展机制, 川渝毗邻地区合作机制, 史河流域横向生态保护补偿机制): the mechanism serves it.
     */
    private void namedAreas(Entity mechanism, String[] evidence, java.util.Set<String> named) {
        for (String id : named) {
            Entity region = registry.get(id);
            int opening = region == null ? 0 : opening(mechanism, region);
            if (opening > 0 && region.type() == EntityType.Region && region.method() != Method.GAZETTEER
                    && (opening >= 3 || mechanism.name().startsWith(region.name().substring(0, opening) + "流域")) // 史河流域…机制
                    && mechanism.name().length() > opening + 2) {
                out.add(RelationType.SERVES, mechanism, region, Method.NAME, evidence);
            }
        }
    }

    /**
     * How long the name of an area the gazetteer does not know is that opens the mechanism's name (川陕革命老区…机制), or 0:
     * an area the document names elsewhere, or one read by its shape inside the name (泛珠三角区域合作机制), which the
     * mechanism serves.
     */
    private int namedAreaOpening(Entity mechanism, java.util.Set<String> named, String[] evidence) {
        Entity read = registry.openingArea(mechanism.id()).filter(r -> opening(mechanism, r) > 0 || sharedOpening(mechanism, r)).orElse(null);
        if (read != null && !named.contains(read.id())) {
            out.add(RelationType.SERVES, mechanism, read, Method.NAME, evidence);
        }
        int readLength = read == null ? 0 : opening(mechanism, read);
        return Math.max(readLength, named.stream().map(registry::get)
                .filter(r -> r != null && r.type() == EntityType.Region && r.method() != Method.GAZETTEER)
                .mapToInt(r -> opening(mechanism, r)).max().orElse(0));
    }

    /** How much of the mechanism's name the area's name opens, or 0; a river named as its basin by its river's name too. */
    private static int opening(Entity mechanism, Entity area) {
        return opening(mechanism.name(), area);
    }

    private static int opening(String name, Entity area) {
        if (name.startsWith(area.name())) {
            return area.name().length();
        }
        String river = area.kind() == RegionKind.RiverBasin && area.name().endsWith("流域") ? area.name().substring(0, area.name().length() - 2) : null;
        return river != null && name.startsWith(river) ? river.length() : 0;
    }

    /** 赣粤 + 东江流域…机制: the area opens the name right after the provinces that share it. */
    private static boolean sharedOpening(Entity mechanism, Entity area) {
        String name = mechanism.name();
        int provinces = AreaVocabulary.standard().abbreviationRun(name, 0, name.length());
        return provinces >= 2 && provinces < name.length() && opening(name.substring(provinces), area) > 0;
    }

    /** After the pair that opens a mechanism's name, words of an area (川藏滇交界地区, 黔桂毗邻地区): the pair names the area. */
    private static final java.util.regex.Pattern AREA_AFTER_PAIR = java.util.regex.Pattern.compile("^(?:交界|毗邻|边界|边区|接合|地区|区域|流域|革命|省际)");
    private static final java.util.regex.Pattern PAIR_ACTIVITY = java.util.regex.Pattern.compile("合作|协作|对口|结对|会晤|会议|联席|协同");

    /**
     * 粤港合作联席会议机制, 京港合作会议机制, 闽宁协作机制: the places whose abbreviations open the name of a mechanism of their
     * cooperation are served by it. Returns how many characters the pair takes, or 0.
     */
    private int pairOpening(Entity mechanism, String[] evidence) {
        String name = mechanism.name();
        Map<Character, String> pairs = AreaVocabulary.standard().pairAbbreviations();
        int end = 0;
        while (end < name.length() && end < 3 && pairs.containsKey(name.charAt(end))) {
            end++;
        }
        String rest = name.substring(end);
        java.util.regex.Matcher activity = PAIR_ACTIVITY.matcher(rest);
        if (end < 2 || pairs.containsKey(rest.isEmpty() ? ' ' : rest.charAt(0)) || !gazetteer.lookup(name.substring(0, end)).isEmpty()
                || AREA_AFTER_PAIR.matcher(rest).lookingAt() || !activity.find()
                || AreaVocabulary.standard().heads().stream().anyMatch(rest.substring(0, activity.start())::contains)) {
            return 0; // 京津冀…: a name the gazetteer knows is read below; 粤闽浙沿海城市群…: the pair opens an area's name
        }
        for (int k = 0; k < end; k++) {
            gazetteer.lookup(pairs.get(name.charAt(k))).stream().filter(g -> g.type() == EntityType.Region).findFirst()
                    .ifPresent(place -> out.add(RelationType.SERVES, mechanism, registry.known(place), Method.NAME, evidence));
        }
        return end;
    }

    /** @param from where to start looking: a region inside the area that opens the name (革命老区 in 川陕革命老区) is not served */
    private void names(Entity mechanism, String[] evidence, int from) {
        String name = mechanism.name();
        int i = from == 0 ? pairOpening(mechanism, evidence) : from;
        if (i == 0) { // 北钦防一体化发展协调机制: the cities written by their first characters
            List<GazetteerEntry> initials = initialGroups.opening(name);
            initials.forEach(city -> out.add(RelationType.SERVES, mechanism, registry.known(city), Method.NAME, evidence));
            i = initials.size();
        }
        while (i < name.length() - 1) {
            int matched = 0;
            for (int j = name.length() - (i == 0 ? 1 : 0); j >= i + 2; j--) {
                List<GazetteerEntry> found = gazetteer.lookup(name.substring(i, j));
                // 东西部协作机制: several regions working together name the activity, not regions it serves
                boolean together = found.size() > 1 && COOPERATION.matcher(name.substring(j)).lookingAt()
                        && found.stream().allMatch(g -> g.kind() == RegionKind.Board); // 港深合作…: a pair of places is served
                // 杭州都市圈同城化发展机制: 杭州 is inside the name of the area the mechanism is for
                String rest = name.substring(j);
                boolean insideArea = AreaVocabulary.standard().heads().stream().anyMatch(rest::startsWith)
                        || rest.startsWith("流域") || rest.startsWith("新区");
                if (!found.isEmpty() && !together && !insideArea && found.get(0).type() != EntityType.Mechanism) {
                    for (GazetteerEntry target : found) {
                        RelationType type = target.type() == EntityType.Region ? RelationType.SERVES : RelationType.SUPPORTS;
                        out.add(type, mechanism, registry.known(target), Method.NAME, evidence);
                    }
                    matched = j - i;
                    break;
                }
            }
            i += Math.max(matched, 1);
        }
    }

    /**
     * Containment the gazetteer knows, between entities this document names: each named entity is PART_OF its nearest
     * named ancestors (沈阳 → 辽宁 when both are named, 沈阳 → 东北地区 when 辽宁 is not). An ancestor the document does
     * not name is no fact of the document.
     */
    private void hierarchy(Entity entity, String[] evidence, Map<String, List<String>> sentencesByEntity) {
        java.util.Set<String> named = sentencesByEntity.keySet();
        GazetteerEntry entry = gazetteer.byName(entity.name()).filter(g -> g.type() == entity.type()).orElse(null);
        if (entry == null) {
            return;
        }
        List<GazetteerEntry> todo = new ArrayList<>(List.of(entry));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            GazetteerEntry child = todo.remove(0);
            for (String parentName : child.partOf()) {
                gazetteer.byName(parentName).filter(parent -> seen.add(parent.name())).ifPresent(parent -> {
                    Entity known = registry.known(parent);
                    if (named.contains(known.id())) {
                        RelationType type = containment(entity, parent);
                        // a membership the gazetteer knows is PART_OF where a sentence names both (促进边境地区、资源型地区等
                        // 特殊类型地区), with that sentence; named apart, the text does not state it
                        String[] stated = type == RelationType.WITHIN ? evidence : java.util.Arrays.stream(evidence)
                                .filter(sentencesByEntity.get(known.id())::contains).toArray(String[]::new);
                        if (stated.length > 0) {
                            out.add(type, entity, known, Method.HIERARCHY, stated);
                        }
                    } else {
                        todo.add(parent);
                    }
                });
            }
        }
        for (String covered : entry.covers()) {
            gazetteer.byName(covered).ifPresent(region ->
                    out.add(RelationType.TARGETS, entity, registry.known(region), Method.HIERARCHY, evidence));
        }
    }

    /**
     * Geography (a city in its province, a province in its board) is WITHIN: the gazetteer knows it, the text rarely
     * says it. A region in a category of special areas (陕甘宁革命老区 in 革命老区, 民族地区 in 特殊类型地区) and a
     * strategy in a strategy are PART_OF: texts name those memberships when they name both in one sentence.
     */
    private static RelationType containment(Entity child, GazetteerEntry parent) {
        return child.type() == EntityType.Region && parent.kind() != RegionKind.SpecialArea
                ? RelationType.WITHIN : RelationType.PART_OF;
    }
}
