package org.policykg.ingest.extract;

import java.util.List;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;

/**
 * A place, 的, then a list of places it holds: 广西的南宁、北海、钦州; 延边州的珲春、图们和白山市的临江; 中部地区的河南、安徽.
 * The text states the membership, and the gazetteer (or the country's list of counties) confirms it: a list after 的
 * that the gazetteer does not place inside (东部地区的产业向河南转移, 深圳的合作伙伴香港) states nothing of the kind.
 */
final class OwnerLists {

    private static final String SEPARATORS = "、，,和及与以及";

    private final Gazetteer gazetteer;
    private final EntityRegistry registry;
    private final RelationCollector out;

    OwnerLists(Gazetteer gazetteer, EntityRegistry registry, RelationCollector out) {
        this.gazetteer = gazetteer;
        this.registry = registry;
        this.out = out;
    }

    /** A list closed by its count and its board: 重庆、广西…十二个西部省区市, 辽宁、吉林、黑龙江三个东北省份. */
    private static final java.util.regex.Pattern COUNTED_BOARD = java.util.regex.Pattern.compile(
            "^(?:等)?[0-9一二三四五六七八九十两]+个?(东部|中部|西部|东北)(?:地区)?(?:省区市|省区|省市|省份|省)");

    void apply(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> regions = s.of(EntityType.Region);
        countedBoard(s, text, regions);
        for (int i = 0; i + 1 < regions.size(); i++) {
            Mention owner = regions.get(i);
            if (owner.end() >= text.length() || text.charAt(owner.end()) != '的' || regions.get(i + 1).start() != owner.end() + 1) {
                continue;
            }
            List<Mention> items = new java.util.ArrayList<>();
            for (int k = i + 1; k < regions.size(); k++) {
                Mention item = regions.get(k);
                boolean listed = k == i + 1 || joined(text, regions.get(k - 1).end(), item.start());
                boolean ownsNext = item.end() < text.length() && text.charAt(item.end()) == '的';
                if (!listed || ownsNext) {
                    break; // the list ends, or a new owner opens its own (…和白山市的临江)
                }
                items.add(item);
            }
            // 西海固地区的西吉、海原、泾源等县: an area the gazetteer does not divide, its places counted by their kind
            boolean countedPlaces = !items.isEmpty() && dividedByText(owner)
                    && COUNTED_KIND.matcher(text.substring(items.get(items.size() - 1).end())).lookingAt();
            for (Mention item : items) {
                if (liesIn(item, owner) || countedPlaces) {
                    out.add(RelationType.PART_OF, registry.get(item.entityId()), registry.get(owner.entityId()), Method.ENUMERATION, s.id());
                }
            }
        }
    }

    private void countedBoard(AnnotatedSentence s, String text, List<Mention> regions) {
        for (int k = 0; k < regions.size(); k++) {
            java.util.regex.Matcher board = COUNTED_BOARD.matcher(text).region(regions.get(k).end(), text.length());
            if (!board.lookingAt()) {
                continue;
            }
            String boardName = board.group(1) + "地区";
            var entry = gazetteer.byName(boardName);
            if (entry.isEmpty()) {
                continue;
            }
            var whole = registry.known(entry.get());
            for (int i = k; i >= 0 && (i == k || joined(text, regions.get(i).end(), regions.get(i + 1).start())); i--) {
                Mention item = regions.get(i);
                String name = registry.get(item.entityId()).name();
                if (gazetteer.isInside(name, boardName)) {
                    out.add(RelationType.PART_OF, registry.get(item.entityId()), whole, Method.ENUMERATION, s.id());
                }
            }
        }
    }

    /** 等县, 等三县, 等4个县（市）, 等城市: the list closes on the kind of its places. */
    private static final java.util.regex.Pattern COUNTED_KIND = java.util.regex.Pattern.compile(
            "^等(?:[0-9一二三四五六七八九十两]+个?)?(?:县|市|区|旗|县（市）|县市|区县|县区|城市|地市|市县|乡镇|镇)");

    /** An area (not a province, city or board): the gazetteer has no list of what it holds. */
    private boolean dividedByText(Mention owner) {
        var kind = registry.get(owner.entityId()).kind();
        return kind != null && kind != org.policykg.ingest.model.RegionKind.Province && kind != org.policykg.ingest.model.RegionKind.City
                && kind != org.policykg.ingest.model.RegionKind.Board;
    }

    private static boolean joined(String text, int from, int to) {
        String between = text.substring(from, Math.max(from, to));
        return !between.isEmpty() && between.length() <= 2 && between.chars().allMatch(c -> SEPARATORS.indexOf(c) >= 0);
    }

    private boolean liesIn(Mention item, Mention owner) {
        String itemName = registry.get(item.entityId()).name();
        String ownerName = registry.get(owner.entityId()).name();
        return !itemName.equals(ownerName) && (gazetteer.isInside(itemName, ownerName) || gazetteer.countyLiesIn(itemName, ownerName));
    }
}
