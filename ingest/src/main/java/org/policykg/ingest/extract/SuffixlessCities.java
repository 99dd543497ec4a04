package org.policykg.ingest.extract;

import java.util.List;
import java.util.Set;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;

/**
 * Cities the gazetteer knows only with their 市 (白银市, 安康市, 长治市: the bare names are also words) written bare in a
 * list of places: 兰州、白银、定西三市; 汉中、安康和商洛. A list vouches for them: the bare name is an item right next to a
 * place already found, across one of 、和与及. Alone (长治久安, 白银价格) it stays a word. Counties and districts too,
 * by the bare names the gazetteer gives them (东明、鄄城、郓城等县).
 */
final class SuffixlessCities {

    private static final Set<Character> JOINERS = Set.of('、', '和', '与', '及');
    /** What may follow a list's item: a joiner, punctuation, 等, a count (三市), 的. */
    private static final String ITEM_END = "、和与及等，。；：）)两二三四五六七八九十的";

    private static final int LONGEST_BARE_NAME = 6;

    private final Gazetteer gazetteer;
    private final AreaMentions mentions;

    SuffixlessCities(Gazetteer gazetteer, AreaMentions mentions) {
        this.gazetteer = gazetteer;
        this.mentions = mentions;
    }

    void find(Sentence sentence, List<Token> tokens, List<Mention> all, List<Mention> added) {
        String text = sentence.analysisText();
        java.util.Map<String, String> bareNames = gazetteer.citiesKnownOnlyWithSuffix();
        java.util.Map<String, String> counties = gazetteer.countiesByBareName();
        List<Mention> found = new java.util.ArrayList<>(all);
        countedLists(sentence, text, counties, found, added);
        // a list vouches for its items one after another (东明、鄄城、郓城、梁山、东平、莘县): go on while one is found
        for (boolean more = true; more; ) {
            more = false;
            for (int start = 0; start + 2 <= text.length(); start++) {
                // 绥芬河—东宁…试验区: after a dash a county's bare name is part of a compound name
                boolean afterDash = start > 0 && "—－-～~".indexOf(text.charAt(start - 1)) >= 0;
                for (int end = Math.min(text.length(), start + LONGEST_BARE_NAME); end >= start + 2; end--) {
                    String bare = text.substring(start, end);
                    String city = bareNames.get(bare);
                    String place = city != null ? city : counties.get(bare);
                    // the item ends there: 白银高新区 is another name, 白银市 the gazetteer's own
                    boolean itemEnds = place != null && (end == text.length() || ITEM_END.indexOf(text.charAt(end)) >= 0 || Character.isDigit(text.charAt(end)));
                    if (itemEnds && (placeEndsAt(found, text, start - 1) || placeStartsAt(found, text, end + 1) || ownedBy(found, text, start, place))
                            && !mentions.covered(found, added, start, end)
                            && (city != null || !afterDash && wordOfItsOwn(tokens, start, end) && provinceInSight(text, place, found))) {
                        int before = added.size();
                        mentions.add(sentence, added, place, RegionKind.City, start, end, Method.PLACE_RECOGNITION);
                        if (added.size() > before) {
                            found.add(added.get(added.size() - 1));
                            more = true;
                        }
                        break;
                    }
                }
            }
        }
    }

    /** 榆树、农安、梨树、扶余等产粮大县（市）: a list of bare names closed on the kind of its places. */
    private static final java.util.regex.Pattern COUNTED_LIST = java.util.regex.Pattern.compile(
            "((?:\\p{IsHan}{2,5}、)+\\p{IsHan}{2,5})等(?:[0-9一二三四五六七八九十两]+个)?\\p{IsHan}{0,4}?(?:县|县级市|市|区|旗)");

    /**
     * A list whose items are all bare county names of one province (or places already found), closed by 等 and the kind
     * of its places, vouches for every item, common words included (榆树 is 榆树市 there, not the tree).
     */
    private void countedLists(Sentence sentence, String text, java.util.Map<String, String> counties, List<Mention> found, List<Mention> added) {
        java.util.regex.Matcher list = COUNTED_LIST.matcher(text);
        while (list.find()) {
            String[] items = list.group(1).split("、");
            int listStart = list.start(1);
            // the pattern reads Han characters before the first item too (支持榆树): its item is the county that ends it
            for (int cut = 0; cut < items[0].length() - 1; cut++) {
                if (counties.containsKey(items[0].substring(cut))) {
                    listStart += cut;
                    items[0] = items[0].substring(cut);
                    break;
                }
            }
            Set<String> provinces = new java.util.HashSet<>();
            List<String> shared = new java.util.ArrayList<>();
            int bare = 0;
            boolean allPlaces;
            int at = listStart;
            for (String item : items) {
                final int from = at;
                boolean known = found.stream().anyMatch(m -> m.type() == EntityType.Region && m.start() == from && m.end() == from + item.length());
                String county = counties.get(item);
                if (county != null && !known) {
                    bare++;
                    gazetteer.provinceOfCounty(county).ifPresent(provinces::add);
                } else if (!known) {
                    shared.add(item);
                }
                at += item.length() + 1;
            }
            // 梨树 (梨树县 in 吉林, 梨树区 in 黑龙江): a name others share is the county of the list's province
            String province = provinces.size() == 1 ? provinces.iterator().next() : null;
            java.util.Map<String, String> resolved = new java.util.HashMap<>();
            for (String item : shared) {
                java.util.Optional<String> county = province == null ? java.util.Optional.empty() : gazetteer.countyByBareNameIn(item, province);
                county.ifPresent(c -> resolved.put(item, c));
            }
            allPlaces = resolved.size() == shared.size();
            if (!allPlaces || bare < 2 || provinces.size() != 1 || listStart > 0 && "—－-～~".indexOf(text.charAt(listStart - 1)) >= 0) {
                continue;
            }
            at = listStart;
            for (String item : items) {
                String county = counties.containsKey(item) ? counties.get(item) : resolved.get(item);
                if (county != null && !mentions.covered(found, added, at, at + item.length())) {
                    int before = added.size();
                    mentions.add(sentence, added, county, RegionKind.City, at, at + item.length(), Method.PLACE_RECOGNITION);
                    if (added.size() > before) {
                        found.add(added.get(added.size() - 1));
                    }
                }
                at += item.length() + 1;
            }
        }
    }

    /**
     * The bare name is cut as a word of its own, and not as a common word (合作 for 合作市, 通道 for 通道侗族自治县, 资源
     * for 资源县; 江源 inside 赣江源 is no word).
     */
    private static boolean wordOfItsOwn(List<Token> tokens, int start, int end) {
        boolean opens = tokens.stream().anyMatch(t -> t.start() == start);
        boolean closes = tokens.stream().anyMatch(t -> t.end() == end);
        boolean commonWord = tokens.stream().anyMatch(t -> t.start() == start && t.end() == end && COMMON_WORD.contains(t.pos()));
        // 吕/梁山: a single character before it that is no function word makes it the end of a longer name
        boolean nameGoesOn = tokens.stream().anyMatch(t -> t.end() == start && t.text().length() == 1
                && (t.pos().startsWith("n") || t.pos().equals("j") || t.pos().equals("ng")));
        return opens && closes && !commonWord && !nameGoesOn;
    }

    /**
     * A bare county name is that county only where its province is in sight: named in the sentence, or the province of
     * another place found there (锦江 by 贵州 and 湖南 is the river, not 成都's 锦江区; 东明 next to 莘县 is 山东's).
     */
    private boolean provinceInSight(String text, String county, List<Mention> found) {
        String province = gazetteer.provinceOfCounty(county).orElse(null);
        if (province == null || text.contains(province)) {
            return province != null;
        }
        return found.stream().filter(m -> m.type() == EntityType.Region).map(m -> text.substring(m.start(), m.end()))
                .anyMatch(written -> province.equals(provinceOf(written))
                        || gazetteer.lookup(written).stream().anyMatch(e -> e.partOf().contains(province)));
    }

    /** 莘县 → 山东, and a county written bare (阳谷 → 阳谷县 → 山东). */
    private String provinceOf(String written) {
        return gazetteer.provinceOfCounty(written)
                .or(() -> java.util.Optional.ofNullable(gazetteer.countiesByBareName().get(written)).flatMap(gazetteer::provinceOfCounty))
                .orElse(null);
    }

    private static final Set<String> COMMON_WORD = Set.of("n", "vn", "v", "a", "an", "ad", "d", "b", "f", "s", "vi");

    /** A place found ends right before the joiner at {@code joiner}. */
    private static boolean placeEndsAt(List<Mention> all, String text, int joiner) {
        return joiner > 0 && JOINERS.contains(text.charAt(joiner))
                && all.stream().anyMatch(m -> m.type() == EntityType.Region && m.end() == joiner);
    }

    /** 大兴安岭地区的漠河、塔河: the place before 的 holds it, by the gazetteer or the country's list of counties. */
    private boolean ownedBy(List<Mention> all, String text, int start, String place) {
        return start > 1 && text.charAt(start - 1) == '的' && all.stream().filter(m -> m.type() == EntityType.Region && m.end() == start - 1)
                .flatMap(m -> gazetteer.lookup(text.substring(m.start(), m.end())).stream())
                .anyMatch(owner -> gazetteer.countyLiesIn(place, owner.name()) || gazetteer.isInside(place, owner.name()));
    }

    /** A place found starts right after the joiner before {@code start}. */
    private static boolean placeStartsAt(List<Mention> all, String text, int start) {
        int joiner = start - 1;
        return joiner < text.length() && JOINERS.contains(text.charAt(joiner))
                && all.stream().anyMatch(m -> m.type() == EntityType.Region && m.start() == start);
    }
}
