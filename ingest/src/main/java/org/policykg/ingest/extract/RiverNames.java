package org.policykg.ingest.extract;

import java.util.List;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;
import org.policykg.ingest.text.Han;

/** Rivers a text treats as areas, by their shape ({@code riverFollowers} in {@code rules/area-names.yaml}). */
final class RiverNames {

    private final Gazetteer gazetteer;
    private final AreaMentions mentions;
    private final AreaVocabulary words;

    RiverNames(Gazetteer gazetteer, AreaMentions mentions) {
        this.gazetteer = gazetteer;
        this.mentions = mentions;
        this.words = mentions.words;
    }

    /**
     * 赤水河流域, 淮河干流流经…, 东江上游: a name ending in 江/河 before a word that treats it as an area. Read on the text,
     * since HanLP may cut across it (赤水/河流/经): the name starts where a word ends.
     */
    void find(Sentence sentence, List<Token> tokens, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        java.util.Map<Integer, Token> wordAt = new java.util.HashMap<>();
        tokens.forEach(t -> wordAt.put(t.start(), t));
        for (int f = 2; f < text.length(); f++) {
            String follower = RuleBook.at(text, f, words.riverFollowers());
            if (follower == null && COUNTED_RIVERS.matcher(text).region(f, text.length()).lookingAt()) {
                follower = "河流"; // 赣江、抚河、信江、饶河、修河五大河流: the count says the listed names are rivers
            }
            char last = text.charAt(f - 1);
            boolean lakeBasin = last == '湖' && "流域".equals(follower); // 鄱阳湖流域: a lake's basin is an area too
            if (follower == null || (last != '江' && last != '河' && last != '水' && !lakeBasin)) {
                continue;
            }
            int start = riverStart(text, wordAt, f);
            if (start < 0) {
                continue;
            }
            String name = text.substring(start, f);
            int end = follower.equals("流域") ? f + 2 : f;
            // 淮河干流: the river is the basin the gazetteer knows (淮河流域)
            String area = end == f && !gazetteer.lookup(name + "流域").isEmpty() ? name + "流域" : text.substring(start, end);
            if (!mentions.coveredByArea(found, added, start, end)) {
                mentions.add(sentence, added, area, RegionKind.RiverBasin, start, end, Method.REGION_SUFFIX);
            }
            // 渠江、涪江等支流, 小凌河和大洋河流域: the rivers listed before share the word that follows the last
            for (int at = start; at > 1 && "、和及与".indexOf(text.charAt(at - 1)) >= 0; ) {
                int before = riverStart(text, wordAt, at - 1);
                if (before < 0 || !"江河水".contains(text.substring(at - 2, at - 1))) {
                    break;
                }
                String listed = text.substring(before, at - 1);
                if (!mentions.coveredByArea(found, added, before, at - 1)) {
                    mentions.add(sentence, added, follower.equals("流域") ? listed + "流域" : listed, RegionKind.RiverBasin, before, at - 1,
                            Method.REGION_SUFFIX);
                }
                at = before;
            }
        }
        subjectRiver(sentence, wordAt, found, added);
    }

    /**
     * 汾河是山西的母亲河，流经忻州、太原…: a river that opens a sentence saying where it flows is an area, though no
     * follower comes right after its name.
     */
    private void subjectRiver(Sentence sentence, java.util.Map<Integer, Token> wordAt, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        int flows = text.indexOf("流经");
        for (int f = 2; f <= 4 && f < flows; f++) {
            if ("是，".indexOf(text.charAt(f)) < 0 || riverStart(text, wordAt, f) != 0) {
                continue;
            }
            if (!mentions.coveredByArea(found, added, 0, f)) {
                String name = text.substring(0, f);
                mentions.add(sentence, added, gazetteer.lookup(name + "流域").isEmpty() ? name : name + "流域", RegionKind.RiverBasin, 0, f,
                        Method.REGION_SUFFIX);
            }
            return;
        }
    }

    /** Where the name of a river ending at {@code f} (its last character 江, 河, 水 or a lake's 湖) starts, or -1. */
    private int riverStart(String text, java.util.Map<Integer, Token> wordAt, int f) {
        char last = text.charAt(f - 1);
        if (last != '江' && last != '河' && last != '水' && last != '湖') {
            return -1;
        }
        for (int len = last == '水' ? 3 : 4; len >= 2; len--) { // 渌水, 酉水: short names
            int start = f - len;
            Token opening = start < 0 ? null : wordAt.get(start);
            // 九/m 龙江/ns 流域 after an item number (2.2 九龙江流域…): a numeral before a place opens the river's name
            boolean numeralOpens = opening != null && opening.pos().equals("m") && opening.text().length() == 1
                    && wordAt.get(start + 1) != null && wordAt.get(start + 1).isPlace();
            if (opening == null || (!characterRun(opening, wordAt.get(start + 1), len) && !numeralOpens
                    && !adverbOpens(text, wordAt, opening, start, f)
                    && (!mentions.nameLike(opening) || opening.pos().startsWith("v") || opening.pos().startsWith("t")))) {
                continue; // the name starts where a word starts, and not with a verb (推动长江…) or a time (规划期末湘江…)
            }
            if (len > 2 && FUNCTION_CHARACTERS.indexOf(text.charAt(start)) >= 0) {
                start++; // 服务于赤水河流域: HanLP reads 于赤水 as a person's name
            }
            String name = text.substring(start, f);
            if (Han.share(name) < 1.0 || words.riverExclusions().contains(name) || AreaMentions.NOT_IN_NAMES.stream().anyMatch(name::contains)
                    || !gazetteer.lookup(name.substring(1)).isEmpty() && wordAt.containsKey(start + 1)) {
                continue; // 集中黄河…: a known river inside, starting a word, is the name (not 九龙/江流/域: 九龙江)
            }
            int abbreviations = words.abbreviationRun(name, 0, name.length() - 2);
            // 赣粤东江: the provinces that share the river, written before its name
            return abbreviations >= 2 && gazetteer.lookup(name).isEmpty() ? start + abbreviations : start;
        }
        return -1;
    }

    /**
     * 都柳江: HanLP reads the first character as an adverb (都/d 柳江); where no adverb can stand (opening a clause, or
     * right after a verb: 建立都柳江流域…) it opens the river's name.
     */
    private static boolean adverbOpens(String text, java.util.Map<Integer, Token> wordAt, Token opening, int start, int f) {
        Token rest = wordAt.get(start + 1);
        if (opening.text().length() != 1 || !opening.pos().startsWith("d") || rest == null || rest.end() != f || f - start != 3) {
            return false;
        }
        boolean opensClause = start == 0 || "，。；：、（(".indexOf(text.charAt(start - 1)) >= 0;
        boolean afterVerb = wordAt.values().stream().anyMatch(t -> t.end() == start && t.pos().startsWith("v") && t.text().length() >= 2);
        return opensClause || afterVerb;
    }

    private static final java.util.regex.Pattern COUNTED_RIVERS = java.util.regex.Pattern.compile("[两二三四五六七八九十\\d]+[大条](?:河流|支流|水系|干流)");

    private static final String FUNCTION_CHARACTERS = "于在对向从与和及为把将由至到";

    /**
     * 太浦河, 新沭河: HanLP cuts a rare three-character river name into single characters (太/d 浦/b 河), whatever their
     * parts of speech; two one-character words before 河 are then its name, unless the first is a function word or a verb.
     */
    private static boolean characterRun(Token opening, Token second, int len) {
        if (len != 3 || second == null || opening.text().length() != 1 || second.text().length() != 1 || opening.isPunctuation()
                || Han.share(opening.text()) < 1.0 || FUNCTION_CHARACTERS.contains(opening.text())) {
            return false;
        }
        String p = opening.pos();
        return !p.startsWith("v") && !p.startsWith("p") && !p.startsWith("u") && !p.startsWith("c") && !p.startsWith("r")
                && !p.startsWith("m") && !p.startsWith("q") && !p.startsWith("w");
    }
}
