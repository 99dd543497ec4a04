package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;

/**
 * Areas a document has named by their shape are names for the rest of it: once 赤水河流域 or 湘赣边区域合作示范区 has been
 * read, 赤水河 (the river, written bare) and the whole name are found in later sentences where no rule sees their shape
 * (赤水河是长江上游的一级支流，…流经云南、贵州、四川三省).
 */
final class DocumentNames {

    private static final int MIN_NAME = 3;
    /** Stems of county-level names that are also ordinary words. */
    private static final java.util.Set<String> GENERIC_STEMS = java.util.Set.of("高新", "开发", "经开", "新城", "老城", "主城", "城区",
            "市辖", "示范", "试验", "长寿");

    private final EntityRegistry registry;
    private final org.policykg.ingest.gazetteer.Gazetteer gazetteer;
    private final Map<String, String> names = new LinkedHashMap<>();

    DocumentNames(EntityRegistry registry, org.policykg.ingest.gazetteer.Gazetteer gazetteer) {
        this.registry = registry;
        this.gazetteer = gazetteer;
    }

    /**
     * 潼南区, 荣昌区, 丰城市 named in a list are 潼南, 荣昌, 丰城 later on (潼南与遂宁、荣昌与内江…): the name without its suffix, when it is
     * a proper name of two or three characters and no known name.
     */
    private void rememberStem(Mention m, Entity place) {
        // 安康市 (known only with its 市, as 安康 is also a word) is 安康 too once the document has named it so
        boolean suffixOnly = m.method() == Method.GAZETTEER && place != null && place.name().endsWith("市") && m.surface().equals(place.name());
        if (place == null || m.type() != EntityType.Region || m.method() != Method.PLACE_RECOGNITION && !suffixOnly
                || place.kind() != RegionKind.City) {
            return;
        }
        String name = place.name();
        String stem = name.substring(0, name.length() - 1);
        // 丰城市 (a county-level city) is 丰城 later on, too; a stem of two characters only, so no 城市 word is cut
        int longest = name.endsWith("市") ? 2 : 3;
        if ("区县市".indexOf(name.charAt(name.length() - 1)) >= 0 && stem.length() >= 2 && stem.length() <= longest
                && !GENERIC_STEMS.contains(stem) && !stem.contains("自治") && gazetteer.lookup(stem).isEmpty()) {
            names.putIfAbsent(stem, place.id());
        }
    }

    /**
     * 服务示范区, 为都市圈一体化发展提供保障: a head word alone stands for the one area of that kind the document has named
     * (none when it has named two: then the word is ambiguous, or generic).
     */
    private static final List<String> SHORT_HEADS = List.of("示范区", "都市圈", "合作区", "新区", "试验区", "经济带", "经济圈");
    private final Map<String, java.util.Set<String>> areasByHead = new java.util.HashMap<>();

    private List<Mention> shortNames(Sentence sentence, List<Token> tokens, List<Mention> found) {
        String text = sentence.analysisText();
        List<Mention> added = new ArrayList<>();
        for (Token t : tokens) {
            java.util.Set<String> areas = areasByHead.get(t.text());
            boolean modified = t.start() > 0 && "各等个类级本该此这其".indexOf(text.charAt(t.start() - 1)) >= 0;
            if (areas != null && areas.size() == 1 && !modified
                    && found.stream().noneMatch(m -> m.start() < t.end() && m.end() > t.start())) {
                added.add(new Mention(sentence.id(), areas.iterator().next(), EntityType.Region, t.text(), t.start(), t.end(), Method.REGION_SUFFIX));
            }
        }
        return added;
    }

    /** Mentions of names remembered from earlier sentences that this sentence's own mentions do not cover. */
    List<Mention> find(Sentence sentence, List<Token> tokens, List<Mention> found) {
        String text = sentence.analysisText();
        List<Mention> added = new ArrayList<>(shortNames(sentence, tokens, found));
        for (Map.Entry<String, String> name : names.entrySet()) {
            for (int at = text.indexOf(name.getKey()); at >= 0; at = text.indexOf(name.getKey(), at + 1)) {
                int start = at;
                int end = at + name.getKey().length();
                boolean onWords = tokens.stream().anyMatch(t -> t.start() == start) && tokens.stream().anyMatch(t -> t.end() == end);
                boolean free = java.util.stream.Stream.concat(found.stream(), added.stream())
                        .noneMatch(m -> m.start() < end && m.end() > start);
                if (onWords && free) {
                    added.add(new Mention(sentence.id(), name.getValue(), EntityType.Region, name.getKey(), start, end, Method.REGION_SUFFIX));
                }
            }
        }
        return added;
    }

    /** The short head a named area ends with (示范区 of 湘赣边区域合作示范区), or null. */
    private static String lastHead(String name) {
        return SHORT_HEADS.stream().filter(h -> name.endsWith(h) && name.length() > h.length()).findFirst().orElse(null);
    }

    /** A name the text gives (以下简称示范区): found in later sentences as the region it names. */
    void define(String name, String regionId) {
        names.putIfAbsent(name, regionId);
    }

    /** Remembers the areas of a sentence that were found by their shape. */
    void remember(List<Mention> mentions) {
        for (Mention m : mentions) {
            Entity area = registry.get(m.entityId());
            if (area != null && area.type() == EntityType.Region && !m.surface().equals(area.name().length() > 0 ? lastHead(area.name()) : "")) {
                String head = lastHead(area.name());
                if (head != null) {
                    areasByHead.computeIfAbsent(head, k -> new java.util.LinkedHashSet<>()).add(area.id());
                }
            }
            rememberStem(m, area);
            if (m.type() != EntityType.Region || m.method() != Method.REGION_SUFFIX || area == null || area.method() == Method.GAZETTEER
                    || !area.name().startsWith(m.surface()) // 窟野河 for 窟野河流域, 省会 of 省会、胶东三大经济圈 for 省会经济圈
                    || area.name().length() < MIN_NAME) {
                continue;
            }
            names.putIfAbsent(area.name(), area.id());
            String bare = area.name().replaceFirst("流域$", "");
            if (area.kind() == RegionKind.RiverBasin && !bare.equals(area.name()) && bare.length() >= 2) {
                names.putIfAbsent(bare, area.id()); // 赤水河流域 → 赤水河
            }
        }
    }
}
