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
 * Places below the province the gazetteer does not list, named the way texts name them: counted names (喀什地区的莎车、
 * 泽普、叶城、巴楚四县), suffixed lists (涪陵区、长寿区…), districts and counties after their city (上海市嘉定区), whole autonomous
 * names (果洛藏族自治州, 文山壮族苗族自治州), places after their province (上海松江), and province abbreviations standing for
 * their provinces (晋冀鲁豫, 闽宁协作).
 */
final class PlaceNames {

    /**
     * 结对帮扶怒江傈僳族自治州: a word of help or cooperation (a noun in our dictionary) never opens a place's name, nor does
     * a one-character verb of help (宝坻区援/vg 永登县).
     */
    private static final java.util.regex.Pattern HELP_WORD = java.util.regex.Pattern.compile("帮扶|支援|协作|合作|结对|对接|对口");
    /** The one-character verbs of help (宝坻区援永登县，宁河区助榆中县). */
    static final String ONE_CHARACTER_HELP = "援助帮";
    /** Words of whose or how many (我省, 本市, 该县, 各区, 全县) that open no place name. */
    private static final String OWN_OR_ALL = "我本该各全";
    private static final Pattern COUNTED_PLACES = Pattern.compile(
            "的((?:[\\p{IsHan}&&[^的、，。；和与]]{2,4}、)+[\\p{IsHan}&&[^的、，。；和与]]{2,4})[两二三四五六七八九十\\d]+个?(?:县|市|区|旗|县市|区县)");
    private static final Pattern SUFFIXED_LIST = Pattern.compile(
            "(?:[\\p{IsHan}&&[^、，。；：和与及的]]{1,8}?(?:区|县|市|旗|盟)[、和及与]){1,}[\\p{IsHan}&&[^、，。；：和与及的]]{1,5}?(?:区|县|市|旗|盟)");
    /** 乾县, 萧县, 沛县: a county of one character and 县, inside a list of such names. */
    private static final Pattern ONE_CHARACTER_COUNTY = Pattern.compile("^[\\p{IsHan}&&[^全该本各每一二三四五六七八九十两我此某县区市省州乡镇城村等]]县$");
    private static final Pattern GENERIC_STEM = Pattern.compile("(?:示范|开发|试验|合作|功能|中心|先行|引领|集聚|园|社|景|库|牧|林|矿|灾|老|片|辖|新|城市|地|全|各|等|个|两|[一二三四五六七八九十\\d])$");
    /**
     * 城区, 山区, 老城区, 中心城区, 发达城市, 重点城市 describe; 璧山区, 渭城区, 共青城市 are names: a stem in 城/山 is generic alone
     * or when the character before makes a common word with it.
     */
    private static final Pattern GENERIC_TOWN_OR_HILL = Pattern.compile("(?:^|[老新主古县都心名达点型大小中级区边镇乡深高荒矿群远])[城山]$");
    private static final Pattern AUTONOMOUS = Pattern.compile("(?:[\\p{IsHan}&&[^，、；。和与及]]{1,3}族|蒙古|哈萨克|柯尔克孜)+自治[州县旗]"); // 博尔塔拉蒙古自治州: no 族
    private static final Pattern AUTONOMOUS_UNIT = Pattern.compile("自治[州县旗]");
    /**
     * Parts of speech that never sit inside an autonomous unit's name: conjunctions, adverbs, prepositions, particles,
     * directions, punctuation (…佤族自治县和西盟佤族自治县, 其后又将迪庆藏族自治州: the name starts after them).
     */
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("c|d|p|u|f|w");
    private static final String NOT_A_DISTRICT_START = "市省区县州盟、，；。与和及帮对结等的在";

    private final Gazetteer gazetteer;
    private final EntityRegistry registry;
    private final AreaVocabulary words;
    private final AreaMentions mentions;

    PlaceNames(AreaMentions mentions) {
        this.mentions = mentions;
        this.gazetteer = mentions.gazetteer;
        this.registry = mentions.registry;
        this.words = mentions.words;
    }

    /** Counted names and suffixed lists: before the areas are settled. */
    void lists(Sentence sentence, List<Token> tokens, List<Mention> found, List<Mention> added) {
        countedPlaces(sentence, found, added);
        suffixedLists(sentence, tokens, found, added);
    }

    /** Abbreviations and autonomous names, once the lists are read. */
    void names(Sentence sentence, List<Token> tokens, List<Mention> all, List<Mention> added) {
        abbreviations(sentence, all, added);
        ethnicSuffixes(sentence, all, added);
        autonomousNames(sentence, tokens, all, added);
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
                if (!mentions.covered(found, added, start, end)) {
                    mentions.add(sentence, added, item, RegionKind.City, start, end, Method.PLACE_RECOGNITION);
                }
            }
        }
    }

    /**
     * 重点推进贵阳市与贵安新区: a place the gazetteer knows ends the item, and the words before it are no part of a name
     * (a place HanLP guessed inside a longer name, 德县 in 化德县, gives way to the item instead).
     */
    private static boolean endsWithFound(List<Mention> found, int[] item) {
        return found.stream().anyMatch(f -> f.end() == item[1] && f.start() > item[0] && f.type() == EntityType.Region
                && f.method() == Method.GAZETTEER);
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
            int from = first[0];
            RuleBook rules = RuleBook.standard();
            for (Token t : tokens) { // 范围包括涪陵区: the name starts after the word that introduces the list
                boolean introduces = rules.membershipCues().contains(t.text()) || rules.servesTriggers().contains(t.text())
                        || rules.assistanceCues().contains(t.text()); // 结对帮扶彰武县、阜新蒙古族自治县
                if (t.start() >= first[0] && t.end() < first[1] && introduces) {
                    from = t.end();
                }
            }
            // 建议通江县与南郑区: a place HanLP recognises whole ends the item, and the word before it is no part of it
            int start = tokens.stream().filter(t -> t.end() == first[1] && t.isPlace() && t.text().length() >= 3 && t.start() > first[0])
                    .mapToInt(Token::start).findFirst().orElse(-1);
            Token opening = wordAt.get(from);
            if (start < 0 && from > first[0] && opening != null && opening.text().length() == 1 && wordAt.containsKey(opening.end())
                    && wordAt.get(opening.end()).text().length() == 1 && NOT_A_DISTRICT_START.indexOf(text.charAt(from)) < 0
                    && (OWN_OR_ALL + "有").indexOf(text.charAt(from)) < 0) {
                start = from; // 所辖加格达奇区: a name HanLP does not know comes in single characters, the first read as a verb
            }
            for (int k = from; start < 0 && k <= first[1] - 3; k++) {
                Token t = wordAt.get(k);
                if (t != null && mentions.nameLike(t) && !t.pos().startsWith("v") && !t.pos().startsWith("r")
                        && NOT_A_DISTRICT_START.indexOf(text.charAt(k)) < 0 && OWN_OR_ALL.indexOf(text.charAt(k)) < 0) {
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
                // 太浦河流经吴江区、…: an item that opens inside a place already found starts after it and its verb
                int inside = java.util.stream.Stream.concat(found.stream(), added.stream())
                        .filter(f -> f.start() < item[0] && f.end() > item[0] && f.end() < item[1]).mapToInt(Mention::end).max().orElse(-1);
                if (inside > 0) {
                    String cue = RuleBook.at(text, inside, rules.membershipCues());
                    item[0] = inside + (cue == null ? 0 : cue.length());
                }
                int written = item[0];
                item[0] = afterQualifiers(text, item[0], item[1]); // 湖南省浏阳市, 吉安市遂川县: the place, not its province
                String name = text.substring(item[0], item[1]);
                String stem = name.substring(0, name.length() - 1);
                // 乾县 among three counties, or 临县 written after its city (吕梁市临县)
                boolean shortCounty = ONE_CHARACTER_COUNTY.matcher(name).matches() && (items.size() >= 3 || item[0] > written);
                if (name.length() < 3 && !shortCounty || name.length() > 7 || words.notNames().stream().anyMatch(stem::endsWith)
                        || GENERIC_STEM.matcher(stem).find()
                        || GENERIC_TOWN_OR_HILL.matcher(stem).find() || mentions.covered(found, added, item[0], item[1])
                        || endsWithFound(found, item)) {
                    continue;
                }
                mentions.add(sentence, added, name, RegionKind.City, item[0], item[1], Method.PLACE_RECOGNITION);
            }
        }
    }

    /** The offset after the province and city names an item opens with (湖南省浏阳市 → 浏阳市). */
    private int afterQualifiers(String text, int start, int end) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (int k = Math.min(end - 2, start + 8); k >= start + 2; k--) { // 吕梁市临县: a county of one character stays
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
            int j = i + words.abbreviationRun(text, i, text.length());
            if (j - i >= 2 && !mentions.covered(all, List.of(), i, j) && standsAlone(text, i, j)) {
                addProvinces(sentence, added, i, j, words.abbreviations());
            }
            i = Math.max(j, i + 1);
        }
        pairedPlaces(sentence, all, added);
    }

    /** 沪港两地, 京津冀三地: abbreviations of the pair kind (港 is a port elsewhere) counted by the word after them. */
    private void pairedPlaces(Sentence sentence, List<Mention> all, List<Mention> added) {
        String text = sentence.analysisText();
        java.util.Map<Character, String> pairs = words.pairAbbreviations();
        Matcher counted = COUNTED_PAIR.matcher(text);
        while (counted.find()) {
            int end = counted.start();
            int start = end;
            while (start > 0 && end - start < 3 && pairs.containsKey(text.charAt(start - 1))) {
                start--;
            }
            int count = "两双".indexOf(counted.group(1)) >= 0 ? 2 : 3;
            if (end - start != count || mentions.covered(all, added, start, end) || pairs.containsKey(start > 0 ? text.charAt(start - 1) : ' ')) {
                continue;
            }
            addProvinces(sentence, added, start, end, pairs);
        }
    }

    /** One mention of each place the abbreviations from {@code start} to {@code end} stand for, over their whole span. */
    private void addProvinces(Sentence sentence, List<Mention> added, int start, int end, java.util.Map<Character, String> names) {
        String text = sentence.analysisText();
        Set<String> places = new LinkedHashSet<>();
        for (int k = start; k < end; k++) {
            places.add(names.get(text.charAt(k)));
        }
        for (String place : places) {
            for (GazetteerEntry entry : gazetteer.lookup(place)) {
                added.add(new Mention(sentence.id(), registry.known(entry).id(), EntityType.Region, text.substring(start, end), start, end,
                        Method.COMPOSITE));
            }
        }
    }

    private static final Pattern COUNTED_PAIR = Pattern.compile("([两双三])地");

    private static boolean standsAlone(String text, int start, int end) {
        if (end - start >= 3) {
            return true;
        }
        String next = end < text.length() ? text.substring(end, Math.min(text.length(), end + 2)) : "";
        return (start > 0 && text.charAt(start - 1) == '、') || next.startsWith("、") || next.startsWith("协作") || next.startsWith("合作")
                || next.startsWith("两") || next.startsWith("对口") || next.startsWith("结对") || next.startsWith("地区");
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
            if (full.lookingAt() && !full.group().endsWith("州") && !words.onlyEthnicGroups(full.group())) {
                continue; // 黔南州三都水族自治县: a county with a name of its own after its prefecture (autonomousNames reads it)
            }
            if (full.lookingAt() && !full.group().endsWith("州") && !place.name().endsWith("县") && !place.name().endsWith("旗")) {
                // 阜新蒙古族自治县: a county named after its city is a place of its own, not the city
                mentions.add(sentence, added, text.substring(m.start(), full.end()), RegionKind.City, m.start(), full.end(),
                        Method.REGION_SUFFIX);
            } else if (full.lookingAt()) {
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
                // 克孜勒苏柯尔克孜自治州: transliterated names come as single characters of any part of speech
                boolean transliterated = t.text().length() == 1 && Han.share(t.text()) == 1.0 && "的和与及对在为是把向从将等".indexOf(t.text()) < 0;
                if (end - t.start() > 14 || qualifier || !mentions.nameLike(t) && !transliterated
                        || t.pos().startsWith("v") && (t.text().length() > 1 || ONE_CHARACTER_HELP.contains(t.text())) || HELP_WORD.matcher(t.text()).find()
                        || NOT_IN_A_NAME.matcher(t.pos()).lookingAt() || AUTONOMOUS_UNIT.matcher(t.text()).find()) {
                    break; // 云南省文山壮族苗族自治州: the province only says where it is
                }
                start = t.start();
            }
            if (start >= 0 && words.onlyEthnicGroups(text.substring(start, end))) { // 海南藏族自治州: 海南 opens the name
                int opening = start;
                start = tokens.stream().filter(t -> t.end() == opening && mentions.nameLike(t) && !HELP_WORD.matcher(t.text()).find())
                        .map(Token::start).findFirst().orElse(-1); // 结对帮扶东乡族自治县: no word of help opens a name
                if (start >= 0) {
                    int from = start;
                    all.removeIf(x -> x.start() == from && x.end() == opening);
                }
            }
            if (start >= 0 && end - start >= 5 && !mentions.covered(all, added, start, end)) {
                mentions.add(sentence, added, text.substring(start, end), RegionKind.City, start, end, Method.REGION_SUFFIX);
            }
        }
    }

    /** 上海市嘉定区, 云南省文山壮族苗族自治州富宁县、广南县: county-level units written after the place they are in. */
    void districts(Sentence sentence, List<Token> tokens, List<Mention> all, List<Mention> added) {
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
            if (place.kind() == RegionKind.City && text.startsWith("的", at) && gazetteer.countyNameEnd(text, at + 1) > 0) {
                at++; // 平顶山市的汝州市: a county-level place of the city's own, after 的 (checked below)
            }
            while (at < text.length()) {
                int from = at;
                // 大同市平城区: HanLP may cut an unknown district's name into a one-character verb (平) and a noun (城区)
                boolean opensName = tokens.stream().anyMatch(t -> t.start() == from && (mentions.nameLike(t) && !t.pos().startsWith("v")
                        || t.text().length() == 1 && Han.share(t.text()) == 1.0 && ("的和与及对在为是把向从将等各全该本我辖下含属" + ONE_CHARACTER_HELP).indexOf(t.text()) < 0));
                int listed = gazetteer.countyNameEnd(text, at);
                int end = opensName || listed > 0 ? districtEnd(text, at, suffixSeen) : -1;
                boolean byList = !opensName || end < 0;
                end = end < 0 ? listed : end; // 汝州市: a name of the country's list that the shape rules refuse
                if (end < 0 || mentions.covered(all, added, at, end)) {
                    break;
                }
                String name = text.substring(at, end);
                if ((byList || text.charAt(m.end()) == '的') && !gazetteer.countyLiesIn(name, place.name())) {
                    break; // read by the country's list (or after 的): only a place the list puts in that city (贵阳老城区 is none)
                }
                suffixSeen = words.districtSuffixes().stream().filter(name::endsWith).findFirst().orElse(null);
                mentions.add(sentence, added, name, RegionKind.City, at, end, Method.PLACE_RECOGNITION);
                at = end < text.length() && text.charAt(end) == '、' ? end + 1 : text.length();
            }
        }
    }

    /** 上海松江, 江苏苏州: a place HanLP recognises right after its province is a place of its own. */
    private void qualifiedPlace(Sentence sentence, List<Token> tokens, List<Mention> all, List<Mention> added, int at) {
        for (Token t : tokens) {
            if (t.start() == at && t.isPlace() && t.text().length() >= 2 && t.text().length() <= 3 && Han.share(t.text()) == 1.0
                    && "一二三四五六七八九十两各全该本我省市区县".indexOf(t.text().charAt(0)) < 0 && !t.text().endsWith("区")
                    && !mentions.covered(all, added, t.start(), t.end())) {
                mentions.add(sentence, added, t.text(), RegionKind.City, t.start(), t.end(), Method.PLACE_RECOGNITION);
            }
        }
    }

    /** The end of a county-level name starting at {@code at} (2–10 characters and a suffix), or -1. */
    private int districtEnd(String text, int at, String sameSuffixAs) {
        if (at >= text.length() || NOT_A_DISTRICT_START.indexOf(text.charAt(at)) >= 0) {
            return -1;
        }
        for (int len = 1; len <= 8 && at + len < text.length(); len++) {
            String c = text.substring(at + len - 1, at + len);
            if (Han.share(c) < 1.0 || AreaMentions.NOT_IN_NAMES.contains(c) || "省州市一二三四五六七八九十两几".contains(c)) {
                return -1;
            }
            for (String suffix : words.districtSuffixes()) {
                // 碧江区, 沿河土家族自治县; of one character only a county (运城市绛县)
                boolean fits = len == 1 ? ONE_CHARACTER_COUNTY.matcher(c + suffix).matches()
                        : suffix.startsWith("自治") ? len <= 8 : len <= 3;
                if (fits && text.startsWith(suffix, at + len) && (sameSuffixAs == null || suffix.equals(sameSuffixAs))) {
                    int end = at + len + suffix.length();
                    boolean bounded = end >= text.length() || "、，；。和与及帮对结援支等先率之已在".indexOf(text.charAt(end)) >= 0
                            || text.startsWith("继续", end) || text.startsWith("持续", end); // 福州市鼓楼区继续结对帮扶…
                    if (bounded && !gazetteer.isBlocked(text.substring(at, end))) {
                        return end;
                    }
                }
            }
        }
        return -1;
    }

}
