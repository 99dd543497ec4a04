package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * <li>province abbreviations standing for their provinces: 晋冀鲁豫, 甘青宁, 闽宁协作;</li>
 * <li>rivers treated as areas: 赤水河流域, 淮河干流流经…;</li>
 * <li>districts and counties after their city: 上海市嘉定区, 铜仁市沿河土家族自治县.</li>
 * </ul>
 * A longer mention found here shadows the shorter ones inside it (宁夏 in 宁夏沿黄城市群).
 */
final class AreaNames {

    private static final int MAX_PREFIX = 10;
    private static final int MAX_ITEM = 8;
    private static final Pattern COUNT = Pattern.compile("(?:等)?(?:[两二三四五六七八九十\\d]+[个大])?$");
    private static final String NOT_A_DISTRICT_START = "市省区县州盟、，；。与和及帮对结等的在";
    private static final Pattern AUTONOMOUS = Pattern.compile("(?:[\\p{IsHan}&&[^，、；。和与及]]{1,3}族)+自治[州县旗]");
    private static final Pattern COUNTED_PLACES = Pattern.compile(
            "的((?:[\\p{IsHan}&&[^的、，。；和与]]{2,4}、)+[\\p{IsHan}&&[^的、，。；和与]]{2,4})[两二三四五六七八九十\\d]+个?(?:县|市|区|旗|县市|区县)");
    private static final Pattern SUFFIXED_LIST = Pattern.compile(
            "(?:[\\p{IsHan}&&[^、，。；：和与及的]]{2,8}?(?:区|县|市|旗|盟)[、和及与]){1,}[\\p{IsHan}&&[^、，。；：和与及的]]{2,5}?(?:区|县|市|旗|盟)");
    private static final Pattern GENERIC_STEM = Pattern.compile("(?:示范|开发|试验|合作|功能|中心|先行|引领|集聚|城|园|社|景|库|山|牧|林|矿|灾|老|片|辖|新|城市|地|全|各|等|个|两|[一二三四五六七八九十\\d])$");
    private static final Pattern AUTONOMOUS_UNIT = Pattern.compile("自治[州县旗]");
    private static final Pattern RIVER_LED = Pattern.compile("\\p{IsHan}{1,3}[江河](?!流域)");
    private static final Set<String> ITEM_SEPARATORS = Set.of("、", "和", "及", "与");
    private static final Set<String> NOT_IN_NAMES = Set.of("的", "等", "和", "与", "及", "、", "在", "对", "向", "将", "把", "是", "为");

    private final Gazetteer gazetteer;
    private final EntityRegistry registry;
    private final AreaVocabulary words = AreaVocabulary.standard();

    AreaNames(Gazetteer gazetteer, EntityRegistry registry) {
        this.gazetteer = gazetteer;
        this.registry = registry;
    }

    /** New mentions for {@code sentence}, given its tokens and the mentions found so far. */
    List<Mention> find(Sentence sentence, List<Token> tokens, List<Mention> found) {
        List<Mention> added = new ArrayList<>();
        sharedHeads(sentence, tokens, found, added);
        wholeNames(sentence, tokens, found, added);
        rivers(sentence, tokens, found, added);
        countedPlaces(sentence, found, added);
        suffixedLists(sentence, tokens, found, added);
        List<Mention> all = new ArrayList<>(found);
        all.addAll(added);
        abbreviations(sentence, all, added);
        ethnicSuffixes(sentence, all, added);
        autonomousNames(sentence, tokens, all, added);
        panRegions(sentence, all, added);
        List<Mention> places = new ArrayList<>(found);
        places.addAll(added); // districts come after the places found so far (阿坝藏族羌族自治州九寨沟县)
        districts(sentence, tokens, places, added);
        return added;
    }

    private void wholeNames(Sentence sentence, List<Token> tokens, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        for (String head : words.heads()) {
            for (int h = text.indexOf(head); h >= 0; h = text.indexOf(head, h + 1)) {
                int end = h + head.length();
                int start = prefixStart(text, tokens, h, head);
                int headStart = h;
                int headEnd = end;
                boolean knownWhole = found.stream().anyMatch(m -> m.end() == headEnd && m.start() < headStart); // 大别山革命老区
                if (start >= 0 && !knownWhole && !covered(found, added, start, end)) {
                    add(sentence, added, text.substring(start, end), kindOf(head), start, end, Method.REGION_SUFFIX);
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
            if (h - t.start() > MAX_PREFIX || (t.end() <= h && !nameLike(t))) {
                break;
            }
            String prefix = text.substring(t.start(), h);
            boolean placeLed = opensWithPlace(prefix);
            boolean proper = words.properNameHeads().contains(head) && prefix.length() >= 2 && prefix.length() <= 5
                    && Han.share(prefix) == 1.0 && words.notNames().stream().noneMatch(prefix::startsWith);
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
        int abbreviations = 0;
        while (abbreviations < prefix.length() && words.isAbbreviation(prefix.charAt(abbreviations))) {
            abbreviations++;
        }
        if (abbreviations >= 2) {
            return true;
        }
        for (int k = Math.min(5, prefix.length()); k >= 2; k--) {
            List<GazetteerEntry> known = gazetteer.lookup(prefix.substring(0, k));
            if (!known.isEmpty() && known.get(0).type() == EntityType.Region) {
                return true;
            }
        }
        return RIVER_LED.matcher(prefix).lookingAt(); // 汉江生态经济带
    }

    private boolean nameLike(Token t) {
        if (t.text().matches("[A-Za-z0-9]{1,6}") || t.text().equals("沿")) {
            return true; // 长三角G60科创走廊, 宁夏沿黄城市群
        }
        if (t.isPunctuation() || NOT_IN_NAMES.contains(t.text()) || Han.share(t.text()) < 1.0) {
            return false;
        }
        if (!gazetteer.lookup(t.text()).isEmpty()) {
            return true;
        }
        String p = t.pos();
        return !(p.startsWith("v") && t.text().length() >= 2) && !p.startsWith("p") && !p.startsWith("c") && !p.startsWith("u")
                && !p.startsWith("d") && !p.startsWith("r") && !p.startsWith("m") && !p.startsWith("q");
    }

    /** 呼包鄂榆、兰西、宁夏沿黄等城市群: each item with the head, when a list ends in 等/N个 before the head. */
    private void sharedHeads(Sentence sentence, List<Token> tokens, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        for (String head : words.heads()) {
            for (int h = text.indexOf(head); h >= 0; h = text.indexOf(head, h + 1)) {
                Matcher count = COUNT.matcher(text.substring(Math.max(0, h - 4), h));
                if (!count.find() || count.group().isEmpty()) {
                    continue;
                }
                int listEnd = h - count.group().length();
                List<int[]> items = items(text, tokens, listEnd);
                if (items.size() < 2) {
                    continue;
                }
                int headStart = h;
                int headEnd = h + head.length();
                int named = 0;
                for (int[] item : items) {
                    String itemText = text.substring(item[0], item[1]);
                    if (!gazetteer.lookup(itemText).isEmpty() || endsWithKnownPlace(itemText)) {
                        continue; // 京津冀、长三角等城市群, 广西百色、河池等革命老区: known places in a category stay what they are
                    }
                    String name = itemText.endsWith(head) ? itemText : itemText + head;
                    add(sentence, added, name, kindOf(head), item[0], item[1], Method.REGION_SUFFIX);
                    named++;
                }
                if (named > 0) { // 海陆丰和湘鄂渝黔两个革命老区: the shared head counts the named areas, it names none itself
                    found.removeIf(m -> m.start() == headStart && m.end() == headEnd);
                }
            }
        }
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
                if (pos - t.start() > MAX_ITEM || !nameLike(t)) {
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

    /** 喀什地区的莎车、泽普、叶城、巴楚四县: names counted as counties (or cities, districts) are places. */
    private void countedPlaces(Sentence sentence, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        Matcher m = COUNTED_PLACES.matcher(text);
        while (m.find()) {
            int at = m.start(1);
            for (String item : m.group(1).split("、")) {
                int start = at;
                int end = at + item.length();
                at = end + 1;
                if (!covered(found, added, start, end)) {
                    add(sentence, added, item, RegionKind.City, start, end, Method.PLACE_RECOGNITION);
                }
            }
        }
    }

    /**
     * 涪陵区、长寿区、江津区…, 靖安县、奉新县和万年县: two or more names with a county-level suffix in a list are places, each
     * starting where a word starts and not with a word that describes (示范区, 城区 and 园区 are no names).
     */
    private void suffixedLists(Sentence sentence, List<Token> tokens, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        java.util.Map<Integer, Token> wordAt = new java.util.HashMap<>();
        tokens.forEach(t -> wordAt.put(t.start(), t));
        Matcher m = SUFFIXED_LIST.matcher(text);
        while (m.find()) {
            List<int[]> items = new ArrayList<>();
            int at = m.start();
            for (String item : m.group().split("[、和及与]")) {
                items.add(new int[] {at, at + item.length()});
                at += item.length() + 1;
            }
            // the first item: from the last word start that leaves a name (涵盖我省萍乡市 → 萍乡市)
            int[] first = items.get(0);
            int start = -1;
            for (int k = first[0]; k <= first[1] - 3; k++) {
                Token t = wordAt.get(k);
                if (t != null && nameLike(t) && !t.pos().startsWith("v") && !t.pos().startsWith("r")
                        && NOT_A_DISTRICT_START.indexOf(text.charAt(k)) < 0 && "我本该各全".indexOf(text.charAt(k)) < 0) {
                    start = k;
                    break;
                }
            }
            if (start < 0) {
                items.remove(0);
            } else {
                first[0] = start;
            }
            if (items.size() < 2) {
                continue;
            }
            for (int[] item : items) {
                item[0] = afterQualifiers(text, item[0], item[1]); // 湖南省浏阳市, 吉安市遂川县: the place, not its province
                String name = text.substring(item[0], item[1]);
                String stem = name.substring(0, name.length() - 1);
                if (name.length() < 3 || name.length() > 7 || words.notNames().stream().anyMatch(stem::endsWith)
                        || GENERIC_STEM.matcher(stem).find() || covered(found, added, item[0], item[1])) {
                    continue;
                }
                add(sentence, added, name, RegionKind.City, item[0], item[1], Method.PLACE_RECOGNITION);
            }
        }
    }

    /** The offset after the province and city names an item opens with (湖南省浏阳市 → 浏阳市). */
    private int afterQualifiers(String text, int start, int end) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (int k = Math.min(end - 3, start + 8); k >= start + 2; k--) {
                List<GazetteerEntry> known = gazetteer.lookup(text.substring(start, k));
                if (!known.isEmpty() && known.stream().allMatch(g -> g.kind() == RegionKind.Province || g.kind() == RegionKind.City)) {
                    start = k;
                    stripped = true;
                    break;
                }
            }
        }
        return start;
    }

    /** 晋冀鲁豫, 甘青宁 (three or more), 闽宁协作 (two, before a word of cooperation or after 、): each province. */
    private void abbreviations(Sentence sentence, List<Mention> all, List<Mention> added) {
        String text = sentence.analysisText();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && words.isAbbreviation(text.charAt(j))) {
                j++;
            }
            if (j - i >= 2 && !covered(all, List.of(), i, j) && standsAlone(text, i, j)) {
                Set<String> provinces = new LinkedHashSet<>();
                for (int k = i; k < j; k++) {
                    provinces.add(words.abbreviations().get(text.charAt(k)));
                }
                for (String province : provinces) {
                    for (GazetteerEntry entry : gazetteer.lookup(province)) {
                        added.add(new Mention(sentence.id(), registry.known(entry).id(), EntityType.Region, text.substring(i, j), i, j,
                                Method.COMPOSITE));
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean standsAlone(String text, int start, int end) {
        if (end - start >= 3) {
            return true;
        }
        String next = end < text.length() ? text.substring(end, Math.min(text.length(), end + 2)) : "";
        return (start > 0 && text.charAt(start - 1) == '、') || next.startsWith("、") || next.startsWith("协作") || next.startsWith("合作")
                || next.startsWith("两") || next.startsWith("对口") || next.startsWith("结对") || next.startsWith("地区");
    }

    /**
     * 赤水河流域, 淮河干流流经…, 东江上游: a name ending in 江/河 before a word that treats it as an area. Read on the text,
     * since HanLP may cut across it (赤水/河流/经): the name starts where a word ends.
     */
    private void rivers(Sentence sentence, List<Token> tokens, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        java.util.Map<Integer, Token> wordAt = new java.util.HashMap<>();
        tokens.forEach(t -> wordAt.put(t.start(), t));
        for (int f = 2; f < text.length(); f++) {
            String follower = RuleBook.at(text, f, words.riverFollowers());
            char last = text.charAt(f - 1);
            if (follower == null || (last != '江' && last != '河')) {
                continue;
            }
            for (int len = 4; len >= 2; len--) {
                int start = f - len;
                Token opening = start < 0 ? null : wordAt.get(start);
                if (opening == null || !nameLike(opening) || opening.pos().startsWith("v")) {
                    continue; // the name starts where a word starts, and not with a verb (推动长江…)
                }
                String name = text.substring(start, f);
                if (Han.share(name) < 1.0 || words.riverExclusions().contains(name) || NOT_IN_NAMES.stream().anyMatch(name::contains)
                        || !gazetteer.lookup(name.substring(1)).isEmpty()) {
                    continue; // 集中黄河…: a known river inside is the name
                }
                int end = follower.equals("流域") ? f + 2 : f;
                if (!covered(found, added, start, end)) {
                    add(sentence, added, text.substring(start, end), RegionKind.RiverBasin, start, end, Method.REGION_SUFFIX);
                }
                break;
            }
        }
    }

    /** 文山壮族苗族自治州: a known prefecture or county written with its full autonomous name is one mention of it. */
    private void ethnicSuffixes(Sentence sentence, List<Mention> all, List<Mention> added) {
        String text = sentence.analysisText();
        for (Mention m : all) {
            Entity place = registry.get(m.entityId());
            if (place == null || place.kind() != RegionKind.City) {
                continue;
            }
            Matcher full = AUTONOMOUS.matcher(text).region(m.end(), text.length());
            if (full.lookingAt()) {
                registry.seen(place.id(), text.substring(m.start(), full.end()));
                added.add(new Mention(sentence.id(), place.id(), EntityType.Region, text.substring(m.start(), full.end()), m.start(),
                        full.end(), m.method()));
            }
        }
    }

    /** 果洛藏族自治州, 塔什库尔干塔吉克自治县: an autonomous prefecture, county or banner by its whole name. */
    private void autonomousNames(Sentence sentence, List<Token> tokens, List<Mention> all, List<Mention> added) {
        String text = sentence.analysisText();
        Matcher m = AUTONOMOUS_UNIT.matcher(text);
        while (m.find()) {
            int end = m.end();
            int start = -1;
            for (int i = tokens.size() - 1; i >= 0; i--) {
                Token t = tokens.get(i);
                if (t.start() >= m.start() || t.end() > end) {
                    continue;
                }
                boolean qualifier = gazetteer.lookup(t.text()).stream()
                        .anyMatch(g -> g.kind() == RegionKind.Province || g.kind() == RegionKind.City);
                if (end - t.start() > 14 || qualifier || !nameLike(t) || t.pos().startsWith("v") && t.text().length() > 1) {
                    break; // 云南省文山壮族苗族自治州: the province only says where it is
                }
                start = t.start();
            }
            if (start >= 0 && end - start >= 5 && !covered(all, added, start, end)) {
                add(sentence, added, text.substring(start, end), RegionKind.City, start, end, Method.REGION_SUFFIX);
            }
        }
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
            add(sentence, added, text.substring(m.start() - 1, end), RegionKind.MacroRegion, m.start() - 1, end, Method.REGION_SUFFIX);
        }
    }

    /** 上海市嘉定区, 云南省文山壮族苗族自治州富宁县、广南县: county-level units written after the place they are in. */
    private void districts(Sentence sentence, List<Token> tokens, List<Mention> all, List<Mention> added) {
        String text = sentence.analysisText();
        for (Mention m : new ArrayList<>(all)) {
            Entity place = registry.get(m.entityId());
            if (place == null || place.type() != EntityType.Region
                    || (place.kind() != RegionKind.City && place.kind() != RegionKind.Province)) {
                continue;
            }
            int at = m.end();
            if (place.kind() == RegionKind.Province) {
                qualifiedPlace(sentence, tokens, all, added, at);
            }
            String suffixSeen = null;
            while (at < text.length()) {
                int from = at;
                boolean opensName = tokens.stream().anyMatch(t -> t.start() == from && nameLike(t) && !t.pos().startsWith("v"));
                int end = opensName ? districtEnd(text, at, suffixSeen) : -1;
                if (end < 0 || covered(all, added, at, end)) {
                    break;
                }
                String name = text.substring(at, end);
                suffixSeen = words.districtSuffixes().stream().filter(name::endsWith).findFirst().orElse(null);
                add(sentence, added, name, RegionKind.City, at, end, Method.PLACE_RECOGNITION);
                at = end < text.length() && text.charAt(end) == '、' ? end + 1 : text.length();
            }
        }
    }

    /** 上海松江, 江苏苏州: a place HanLP recognises right after its province is a place of its own. */
    private void qualifiedPlace(Sentence sentence, List<Token> tokens, List<Mention> all, List<Mention> added, int at) {
        for (Token t : tokens) {
            if (t.start() == at && t.isPlace() && t.text().length() >= 2 && t.text().length() <= 3 && Han.share(t.text()) == 1.0
                    && "一二三四五六七八九十两各全该本我省市区县".indexOf(t.text().charAt(0)) < 0 && !t.text().endsWith("区")
                    && !covered(all, added, t.start(), t.end())) {
                add(sentence, added, t.text(), RegionKind.City, t.start(), t.end(), Method.PLACE_RECOGNITION);
            }
        }
    }

    /** The end of a county-level name starting at {@code at} (2–10 characters and a suffix), or -1. */
    private int districtEnd(String text, int at, String sameSuffixAs) {
        if (at >= text.length() || NOT_A_DISTRICT_START.indexOf(text.charAt(at)) >= 0) {
            return -1;
        }
        for (int len = 2; len <= 8 && at + len < text.length(); len++) {
            String c = text.substring(at + len - 1, at + len);
            if (Han.share(c) < 1.0 || NOT_IN_NAMES.contains(c) || "省州市".contains(c)) {
                return -1;
            }
            for (String suffix : words.districtSuffixes()) {
                boolean fits = suffix.startsWith("自治") ? len <= 8 : len <= 3; // 碧江区, 沿河土家族自治县
                if (fits && text.startsWith(suffix, at + len) && (sameSuffixAs == null || suffix.equals(sameSuffixAs))) {
                    int end = at + len + suffix.length();
                    boolean bounded = end >= text.length() || "、，；。和与及帮对结".indexOf(text.charAt(end)) >= 0;
                    if (bounded && !gazetteer.isBlocked(text.substring(at, end))) {
                        return end;
                    }
                }
            }
        }
        return -1;
    }

    private boolean covered(List<Mention> found, List<Mention> added, int start, int end) {
        return found.stream().anyMatch(m -> m.start() <= start && m.end() >= end)
                || added.stream().anyMatch(m -> m.start() <= start && m.end() >= end);
    }

    private void add(Sentence sentence, List<Mention> added, String name, RegionKind kind, int start, int end, Method method) {
        Entity entity = registry.discovered(EntityType.Region, name, kind, method);
        registry.seen(entity.id(), sentence.analysisText().substring(start, end));
        added.add(new Mention(sentence.id(), entity.id(), EntityType.Region, sentence.analysisText().substring(start, end), start, end, method));
    }

    private static RegionKind kindOf(String head) {
        if (head.endsWith("城市群") || head.endsWith("都市圈")) {
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
