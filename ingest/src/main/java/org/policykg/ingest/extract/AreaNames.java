package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.gazetteer.GazetteerEntry;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;
import org.policykg.ingest.text.Han;

/**
 * Areas the gazetteer does not list, named the way texts name them ({@link AreaVocabulary}):
 * <ul>
 * <li>whole names: a place, then words, then a head (皖北承接产业转移集聚区, 黔桂毗邻地区, 海陆丰革命老区);</li>
 * <li>names that share one head in a list: 呼包鄂榆、兰西、宁夏沿黄等城市群, 海陆丰和湘鄂渝黔两个革命老区;</li>
 * <li>rivers treated as areas (赤水河流域, 淮河干流流经…) and wider areas (泛珠三角区域);</li>
 * <li>places below the province ({@link PlaceNames}).</li>
 * </ul>
 * A longer mention found here shadows the shorter ones inside it (宁夏 in 宁夏沿黄城市群).
 */
final class AreaNames {

    private static final int MAX_PREFIX = 10;
    private static final int MAX_ITEM = 8;
    private static final Pattern COUNTED_GROUP = Pattern.compile("[两二三四五六七八九十\\d]+[个大]$");
    private static final Pattern COUNT = Pattern.compile("(?:等)?(?:[两二三四五六七八九十\\d]+[个大])?$");
    private static final Pattern RIVER_LED = Pattern.compile("\\p{IsHan}{1,3}[江河](?!流域)");
    private static final Set<String> ITEM_SEPARATORS = Set.of("、", "和", "及", "与");

    private final Gazetteer gazetteer;
    private final AreaVocabulary words;
    private final AreaMentions mentions;
    private final PlaceNames places;
    private final RiverNames rivers;
    private final SharedPlaceSuffix sharedSuffix;
    private final SuffixlessCities suffixless;
    private final CountedPlaceGroups countedGroups;
    private final CityInitialGroups initialGroups;
    private final AssistedPlaces assisted;
    private final CorpsDivisions corps;
    private final CountyNames counties;
    private final DefinedAreas defined;

    AreaNames(Gazetteer gazetteer, EntityRegistry registry) {
        this.mentions = new AreaMentions(gazetteer, registry);
        this.gazetteer = gazetteer;
        this.words = mentions.words;
        this.places = new PlaceNames(mentions);
        this.rivers = new RiverNames(gazetteer, mentions);
        this.sharedSuffix = new SharedPlaceSuffix(mentions);
        this.suffixless = new SuffixlessCities(gazetteer, mentions);
        this.countedGroups = new CountedPlaceGroups(gazetteer, mentions);
        this.initialGroups = new CityInitialGroups(gazetteer, registry);
        this.assisted = new AssistedPlaces(mentions);
        this.corps = new CorpsDivisions(mentions);
        this.counties = new CountyNames(gazetteer, mentions);
        this.defined = new DefinedAreas(gazetteer, mentions);
    }

    /** New mentions for {@code sentence}, given its tokens and the mentions found so far. */
    List<Mention> find(Sentence sentence, List<Token> tokens, List<Mention> found) {
        List<Mention> added = new ArrayList<>();
        sharedHeads(sentence, tokens, found, added);
        sharedSuffix.find(sentence, tokens, found, added);
        wholeNames(sentence, tokens, found, added);
        rivers.find(sentence, tokens, found, added);
        places.lists(sentence, tokens, found, added);
        countedGroups.find(sentence, found, added);
        initialGroups.find(sentence, found, added);
        assisted.find(sentence, found, added);
        corps.find(sentence, found, added);
        defined.find(sentence, found, added);
        List<Mention> all = new ArrayList<>(found);
        all.addAll(added);
        places.names(sentence, tokens, all, added);
        suffixless.find(sentence, tokens, java.util.stream.Stream.concat(found.stream(), added.stream()).toList(), added);
        panRegions(sentence, all, added);
        List<Mention> placesSoFar = new ArrayList<>(found);
        placesSoFar.addAll(added); // districts come after the places found so far (阿坝藏族羌族自治州九寨沟县)
        places.districts(sentence, tokens, placesSoFar, added);
        counties.find(sentence, tokens, java.util.stream.Stream.concat(found.stream(), added.stream()).toList(), added);
        return added;
    }

    private void wholeNames(Sentence sentence, List<Token> tokens, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        for (String head : words.heads()) {
            for (int h = text.indexOf(head); h >= 0; h = text.indexOf(head, h + 1)) {
                int end = h + head.length();
                if (h > 0 && text.charAt(h - 1) == '全') {
                    continue; // 永定河全流域: the whole of a river's basin is the river (RiverNames)
                }
                int start = prefixStart(text, tokens, h, head);
                int headStart = h;
                int headEnd = end;
                boolean knownWhole = found.stream().anyMatch(m -> m.end() == headEnd && m.start() < headStart); // 大别山革命老区
                boolean counted = start >= 0 && COUNTED_GROUP.matcher(text.substring(start, h)).find(); // 山东半岛三大城市群: a group, no name
                if (start >= 0 && !knownWhole && !counted && !mentions.coveredByArea(found, added, start, end)) {
                    mentions.add(sentence, added, text.substring(start, end), kindOf(head), start, end, Method.REGION_SUFFIX);
                }
            }
        }
    }

    /** The start of the longest accepted place prefix before a head at {@code h}, or -1. */
    private int prefixStart(String text, List<Token> tokens, int h, String head) {
        int best = -1;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.start() >= h) {
                continue;
            }
            boolean side = t.text().length() == 1 && "边东西南北中".contains(t.text()); // 湘赣边区域合作示范区: 边 is part of the name
            // 襄/十/随/神城市群, 太/忻一体化经济区: HanLP cuts city initials into single characters of any part of speech
            boolean initial = t.text().length() == 1 && !gazetteer.provincesOfCitiesOpeningWith(t.text().charAt(0)).isEmpty()
                    && "和与及或等的在对为把将向从以于而并且其大小新老中".indexOf(t.text().charAt(0)) < 0;
            if (h - t.start() > MAX_PREFIX || (t.end() <= h && !mentions.nameLike(t) && !side && !initial)) {
                break;
            }
            String prefix = text.substring(t.start(), h);
            boolean placeLed = opensWithPlace(prefix);
            boolean proper = words.properNameHeads().contains(head) && prefix.length() >= 2 && prefix.length() <= 5
                    && Han.share(prefix) == 1.0 && words.notNames().stream().noneMatch(prefix::startsWith)
                    && !(t.pos().startsWith("v") || t.text().length() == 1 && t.pos().startsWith("p")); // 同属乌蒙山片区, 编制毗邻地区: a verb is no part of it
            if (placeLed || proper) {
                best = t.start();
            }
        }
        return best;
    }

    private boolean endsWithKnownPlace(String item) {
        for (int k = 2; k < item.length(); k++) {
            List<GazetteerEntry> known = gazetteer.lookup(item.substring(k));
            if (known.size() == 1 && (known.get(0).kind() == RegionKind.City || known.get(0).kind() == RegionKind.Province)) {
                return true;
            }
        }
        return false;
    }

    private boolean opensWithPlace(String prefix) {
        if (words.abbreviationRun(prefix, 0, prefix.length()) >= 2) {
            return true;
        }
        for (int k = Math.min(5, prefix.length()); k >= 2; k--) {
            List<GazetteerEntry> known = gazetteer.lookup(prefix.substring(0, k));
            if (!known.isEmpty() && known.get(0).type() == EntityType.Region) {
                return true;
            }
            if (gazetteer.citiesKnownOnlyWithSuffix().containsKey(prefix.substring(0, k))) {
                return true; // 白银高新区: a city the gazetteer knows with its 市 only
            }
        }
        for (int k = Math.min(4, prefix.length()); k >= 2; k--) {
            if (cityInitials(prefix.substring(0, k))) {
                return true;
            }
        }
        return RIVER_LED.matcher(prefix).lookingAt(); // 汉江生态经济带
    }

    /** 襄十随神, 宜荆荆恩, 太忻: each character opens the name of a city, all of one province. */
    private boolean cityInitials(String run) {
        Set<String> provinces = new java.util.HashSet<>(gazetteer.provincesOfCitiesOpeningWith(run.charAt(0)));
        for (char c : run.toCharArray()) {
            provinces.retainAll(gazetteer.provincesOfCitiesOpeningWith(c));
        }
        return !provinces.isEmpty();
    }

    /**
     * A metropolitan area is named after its central city: 武汉、长株潭、南昌三个都市圈 are 武汉都市圈, 长株潭都市圈, 南昌都市圈;
     * a pilot free-trade zone after its province or city (天津、河北、辽宁自由贸易试验区).
     */
    private static final Set<String> PLACE_NAMED_HEADS = Set.of("都市圈", "自由贸易试验区", "自贸试验区");

    /** 呼包鄂榆、兰西、宁夏沿黄等城市群: each item with the head, when a list ends in 等/N个 before the head. */
    private static final Pattern COUNTY_LEVEL = Pattern.compile("\\p{IsHan}{1,6}[县旗]|\\p{IsHan}{2,6}(?:市|区)");

    private void sharedHeads(Sentence sentence, List<Token> tokens, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        for (String head : words.heads()) {
            for (int h = text.indexOf(head); h >= 0; h = text.indexOf(head, h + 1)) {
                Matcher count = COUNT.matcher(text.substring(Math.max(0, h - 4), h));
                boolean cityNamed = PLACE_NAMED_HEADS.contains(head); // 南京、福州、成都都市圈: the head is shared without 等 too
                if (!count.find() || count.group().isEmpty() && !cityNamed) {
                    continue;
                }
                int listEnd = h - count.group().length();
                List<int[]> items = items(text, tokens, listEnd);
                if (items.size() < 2 || count.group().isEmpty() && !allKnownPlaces(text, items)) {
                    continue;
                }
                int headStart = h;
                int headEnd = h + head.length();
                int named = 0;
                // 阜平、涉县等革命老区: a county among the items says the list is of places in a category, not of areas' names
                boolean placesListed = items.stream().anyMatch(item -> COUNTY_LEVEL.matcher(text.substring(item[0], item[1])).matches());
                if (placesListed) {
                    for (int[] item : items) {
                        String place = text.substring(item[0], item[1]);
                        if (place.length() >= 2 && place.length() <= 7 && words.notNames().stream().noneMatch(place::startsWith)
                                && !mentions.covered(found, added, item[0], item[1])) {
                            mentions.add(sentence, added, place, RegionKind.City, item[0], item[1], Method.PLACE_RECOGNITION);
                        }
                    }
                    continue;
                }
                for (int[] item : items) {
                    String itemText = text.substring(item[0], item[1]);
                    boolean namedAfterCity = cityNamed && !itemText.endsWith(head); // 武汉、南昌两个都市圈
                    // 辽中南、山东半岛三大城市群: an item known as short for the area with the head names that area
                    // (counted: 赣南、陕甘宁等革命老区 lists known places in a category)
                    boolean knownWithHead = COUNTED_GROUP.matcher(count.group()).find() && !itemText.endsWith(head)
                            && !gazetteer.lookup(itemText + head).isEmpty();
                    if (!namedAfterCity && !knownWithHead && (!gazetteer.lookup(itemText).isEmpty() || endsWithKnownPlace(itemText))) {
                        continue; // 京津冀、长三角等城市群, 广西百色、河池等革命老区: known places in a category stay what they are
                    }
                    int known = knownPlaceAt(itemText);
                    if (namedAfterCity && items.indexOf(item) == 0 && known > 0) { // 继南京、福州都市圈: the name starts at the place
                        item[0] += known;
                        itemText = itemText.substring(known);
                    }
                    String name = itemText.endsWith(head) ? itemText : itemText + head;
                    // a place read on that span (the city, or 太行 as HanLP's place) gives way to the area it names
                    found.removeIf(m -> m.start() == item[0] && m.end() == item[1]);
                    mentions.add(sentence, added, name, kindOf(head), item[0], item[1], Method.REGION_SUFFIX);
                    named++;
                }
                if (named > 0) { // 海陆丰和湘鄂渝黔两个革命老区: the shared head counts the named areas, it names none itself
                    int listStart = items.get(0)[0];
                    // nor does the last item read with the count and the head (鲁南三大经济圈)
                    found.removeIf(m -> m.end() == headEnd && m.start() >= listStart && m.start() <= headStart);
                }
            }
        }
    }

    /** 南京、福州、成都都市圈: without 等 a list shares the head only when every item is a known place. */
    private boolean allKnownPlaces(String text, List<int[]> items) {
        for (int i = 0; i < items.size(); i++) {
            int known = knownPlaceAt(text.substring(items.get(i)[0], items.get(i)[1]));
            if (known < 0 || known > 0 && i > 0) { // only the first item may carry words before its place (继南京)
                return false;
            }
        }
        return true;
    }

    /** Where the known name that ends {@code item} starts (0: the whole item is known), or -1. */
    private int knownPlaceAt(String item) {
        for (int k = 0; k < Math.max(1, item.length() - 1); k++) {
            if (!gazetteer.lookup(item.substring(k)).isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    /** The items of a list ending at {@code end}, separated by 、/和/及/与, first one bounded by the words before it. */
    private List<int[]> items(String text, List<Token> tokens, int end) {
        List<int[]> items = new ArrayList<>();
        int pos = end;
        while (pos > 0) {
            int sep = -1;
            for (int k = pos - 2; k >= Math.max(0, pos - MAX_ITEM - 1); k--) {
                String c = text.substring(k, k + 1);
                if (ITEM_SEPARATORS.contains(c)) {
                    sep = k;
                    break;
                }
                if (Han.share(c) < 1.0) {
                    break;
                }
            }
            if (sep >= 0) {
                items.add(0, new int[] {sep + 1, pos});
                pos = sep;
                continue;
            }
            int start = pos;
            for (int i = tokens.size() - 1; i >= 0; i--) {
                Token t = tokens.get(i);
                if (t.end() > pos) {
                    continue;
                }
                if (pos - t.start() > MAX_ITEM || !mentions.nameLike(t)) {
                    break;
                }
                start = t.start();
            }
            if (pos - start >= 2) {
                items.add(0, new int[] {start, pos});
            }
            break;
        }
        items.removeIf(i -> i[1] - i[0] < 2 || Han.share(text.substring(i[0], i[1])) < 1.0);
        return items;
    }

    /** 泛珠三角区域, 泛长三角地区: 泛 before a known area names a wider area of its own. */
    private void panRegions(Sentence sentence, List<Mention> all, List<Mention> added) {
        String text = sentence.analysisText();
        for (Mention m : all) {
            if (m.type() != EntityType.Region || m.start() == 0 || text.charAt(m.start() - 1) != '泛') {
                continue;
            }
            int end = m.end();
            for (String area : List.of("区域", "地区")) {
                if (text.startsWith(area, end)) {
                    end += area.length();
                    break;
                }
            }
            mentions.add(sentence, added, text.substring(m.start() - 1, end), RegionKind.MacroRegion, m.start() - 1, end, Method.REGION_SUFFIX);
        }
    }

    private static RegionKind kindOf(String head) {
        if (head.endsWith("城市群") || head.endsWith("都市圈") || head.endsWith("城市圈")) {
            return RegionKind.CityCluster;
        }
        if (head.endsWith("经济带") || head.endsWith("经济区")) {
            return RegionKind.EconomicBelt;
        }
        if (head.endsWith("老区") || head.endsWith("地区") || head.endsWith("苏区")) {
            return RegionKind.SpecialArea;
        }
        return RegionKind.CooperationZone;
    }

}
