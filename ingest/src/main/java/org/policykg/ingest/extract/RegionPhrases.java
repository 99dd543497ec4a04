package org.policykg.ingest.extract;

import java.util.List;
import java.util.Optional;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.gazetteer.GazetteerEntry;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;

/** Regions the gazetteer does not list, read from one token: a place and a region suffix, or a place HanLP knows. */
final class RegionPhrases {

    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("[两二三四五六七八九十几\\d]+[个大类]");

    private static final List<String[]> REGION_SUFFIXES = List.of(
            new String[] {"城市群", "CityCluster"}, new String[] {"都市圈", "CityCluster"}, new String[] {"经济圈", "CityCluster"},
            new String[] {"城镇圈", "CityCluster"},
            new String[] {"经济带", "EconomicBelt"}, new String[] {"经济区", "EconomicBelt"}, new String[] {"新区", "NewArea"},
            new String[] {"自贸区", "NewArea"}, new String[] {"自由贸易试验区", "NewArea"}, new String[] {"合作区", "CooperationZone"},
            new String[] {"示范区", "CooperationZone"}, new String[] {"试验区", "CooperationZone"}, new String[] {"协作区", "CooperationZone"},
            new String[] {"先行区", "CooperationZone"}, new String[] {"城市带", "CityCluster"},
            new String[] {"国家公园", "SpecialArea"}, new String[] {"流域", "RiverBasin"}, new String[] {"核心区", "EconomicBelt"});

    private final Gazetteer gazetteer;
    private final EntityRegistry registry;

    RegionPhrases(Gazetteer gazetteer, EntityRegistry registry) {
        this.gazetteer = gazetteer;
        this.registry = registry;
    }

    /** 北部湾经济区, 长株潭都市圈: a region suffix preceded by a place name. */
    Optional<Mention> find(Sentence sentence, List<Token> tokens, int index) {
        Token token = tokens.get(index);
        String[] suffix = REGION_SUFFIXES.stream().filter(s -> token.text().endsWith(s[0])).findFirst().orElse(null);
        if (suffix == null) {
            return placeRecognised(sentence, token);
        }
        int first = index;
        if (token.text().equals(suffix[0])) {
            int reach = 3; // words of the name before the suffix; each dash between places adds the place before it
            while (first > 0 && index - first < reach) {
                Token left = tokens.get(first - 1);
                boolean dashBetweenPlaces = isDash(left) && first >= 2 && isPlaceLike(tokens.get(first - 2))
                        && (isPlaceLike(tokens.get(first)) || isCityWithoutSuffix(tokens.get(first)));
                if (!dashBetweenPlaces && (PhraseRules.breaksPhrase(left) || left.pos().startsWith("v"))) {
                    break;
                }
                if (dashBetweenPlaces) {
                    reach += 1; // 贵阳—贵安—安顺都市圈
                }
                first--;
            }
        }
        if (first > 0 && first < index && placeAcross(sentence.analysisText(), tokens.get(first - 1), tokens.get(first))) {
            first--; // 上/f 海大/j 都市圈: a known place runs across the words' boundary and opens the name
        }
        String name = sentence.analysisText().substring(tokens.get(first).start(), token.end());
        Token lead = tokens.get(first);
        int sharing = suffix[0].equals("流域") ? sharingProvinces(name) : 0;
        if (sharing > 0) { // 赣粤东江流域, 赣粤两省东江流域: the provinces that share the river, before the basin's name
            Entity basin = registry.discovered(EntityType.Region, name.substring(sharing), RegionKind.RiverBasin, Method.REGION_SUFFIX);
            return Optional.of(mention(sentence, basin, name.substring(sharing), lead.start() + sharing, token.end()));
        }
        boolean placeLed = isPlaceLike(lead);
        boolean description = AreaVocabulary.standard().notNames().stream().anyMatch(name::startsWith) // 跨省流域
                || COUNTED.matcher(name).lookingAt(); // 三大经济圈 counts areas, it names none
        boolean wholeRiver = name.endsWith("全" + suffix[0]); // 永定河全流域 is the river (RiverNames)
        if (name.length() <= suffix[0].length() + 1 || !placeLed || description || wholeRiver || !PhraseRules.isCleanName(name)) {
            return Optional.empty();
        }
        Entity entity = registry.discovered(EntityType.Region, name, RegionKind.valueOf(suffix[1]), Method.REGION_SUFFIX);
        return Optional.of(mention(sentence, entity, name, lead.start(), token.end()));
    }

    private static final java.util.regex.Pattern RIVER_BASIN = java.util.regex.Pattern.compile("\\p{IsHan}{1,4}[江河水湖]流域");
    private static final java.util.regex.Pattern PROVINCE_COUNT = java.util.regex.Pattern.compile("[两二三四五六七八九](?:省区市|省市|省区|省)");

    /**
     * The length of what opens a basin's name to say who shares the river (赣粤, 川渝: provinces by their one-character
     * names, and 两省), when a river's name of its own follows; else 0.
     */
    private static int sharingProvinces(String name) {
        int at = AreaVocabulary.standard().abbreviationRun(name, 0, name.length());
        java.util.regex.Matcher count = PROVINCE_COUNT.matcher(name).region(at, name.length());
        int end = count.lookingAt() ? count.end() : at;
        boolean shared = at >= 2 || end > at;
        return shared && RIVER_BASIN.matcher(name.substring(end)).matches() ? end : 0;
    }

    /** Whether a one-character word and the start of the next one make a place the gazetteer knows (上 + 海大 → 上海). */
    private boolean placeAcross(String text, Token left, Token next) {
        if (left.text().length() != 1 || left.end() != next.start()) {
            return false;
        }
        for (int end = next.start() + 1; end < next.end(); end++) {
            List<GazetteerEntry> known = gazetteer.lookup(text.substring(left.start(), end));
            if (!known.isEmpty() && known.stream().allMatch(g -> g.type() == EntityType.Region)) {
                return true;
            }
        }
        return false;
    }

    /** A place name: recognised by HanLP, a single known region, an abbreviation, or a short proper noun (长株潭). */
    private boolean isPlaceLike(Token token) {
        List<GazetteerEntry> known = gazetteer.lookup(token.text());
        if (!known.isEmpty()) {
            return known.size() == 1 && known.get(0).type() == EntityType.Region;
        }
        return token.isPlace() || token.pos().equals("j")
                || (token.pos().equals("nz") && token.text().length() <= 4 && org.policykg.ingest.text.Han.share(token.text()) == 1.0);
    }

    /** 兰州—白银都市圈: after a dash and a place, a city the gazetteer knows only with 市 (白银 is also silver) is that city. */
    private boolean isCityWithoutSuffix(Token token) {
        return token.text().length() >= 2 && gazetteer.lookup(token.text() + "市").stream().anyMatch(e -> e.kind() == RegionKind.City);
    }

    private static boolean isDash(Token token) {
        return token.text().equals("—") || token.text().equals("-") || token.text().equals("－");
    }

    private static final java.util.regex.Pattern COUNT_OF_PLACES = java.util.regex.Pattern.compile("[一二三四五六七八九十两几]个?(?:盟市|州市|地市|县市|市|县|州|盟)");

    /** A city or county HanLP recognises as a place (赣州市, 义乌市) that the gazetteer does not list. */
    private Optional<Mention> placeRecognised(Sentence sentence, Token token) {
        String t = token.text();
        // 同/p 德等县/ns: 等 closes a list of places sharing the suffix ({@link SharedPlaceSuffix}), it is in no name
        // 三盟市, 两州市: a count of the places before, no place (九寨沟县 is one)
        if (!token.isPlace() && !countySeat(t) || t.length() < 3 || t.length() > 6 || !t.matches(".*[市县州盟]$") || t.endsWith("城市") || t.contains("等")
                || COUNT_OF_PLACES.matcher(t).matches()
                || !PhraseRules.isCleanName(t)) {
            return Optional.empty();
        }
        Entity entity = registry.discovered(EntityType.Region, t, RegionKind.City, Method.PLACE_RECOGNITION);
        return Optional.of(mention(sentence, entity, t, token.start(), token.end()));
    }

    /** 昌吉市, 和田市: the county-level city a prefecture is named after, though HanLP reads it as a person's name. */
    private boolean countySeat(String t) {
        return t.length() >= 3 && t.endsWith("市") && gazetteer.lookup(t).isEmpty()
                && gazetteer.lookup(t.substring(0, t.length() - 1)).stream().anyMatch(g -> g.kind() == RegionKind.City && !g.name().endsWith("市")
                        && !g.name().equals(t.substring(0, t.length() - 1)));
    }

    private Mention mention(Sentence sentence, Entity entity, String surface, int start, int end) {
        registry.seen(entity.id(), surface);
        return new Mention(sentence.id(), entity.id(), entity.type(), surface, start, end, entity.method());
    }
}
