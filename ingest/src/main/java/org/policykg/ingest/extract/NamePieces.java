package org.policykg.ingest.extract;

import java.util.List;

import org.policykg.ingest.segment.Token;

/**
 * How the pieces HanLP cuts a mechanism's name into still belong to it, or do not: verbs that qualify an action
 * (联合监测), verbs that are part of a noun (帮扶资金, 入湖河流), quoted words, project names (引滦入津), and the place or
 * time words and adverbs that belong to the clause instead. Predicates over the tokens of one sentence.
 */
final class NamePieces {

    /** Words of places or fields that 重点 before them picks out inside a name (革命老区重点城市对口合作机制). */
    private static final java.util.Set<String> KEY_NOUNS = java.util.Set.of("城市", "地区", "区域", "县", "县市", "城镇", "流域", "领域", "产业", "园区", "群体");
    /** 引滦入津, 引黄入晋, 引江济淮: the project's last character stands before the rest of the name. */
    private static final java.util.regex.Pattern WATER_TRANSFER = java.util.regex.Pattern.compile("[引调]\\p{IsHan}{1,2}[入济]\\p{IsHan}");

    private NamePieces() {
    }

    /**
     * 联合监测机制, 协同监管机制: a verb right before the action noun that 机制 follows says how the action is done, and
     * belongs to the name (the governing verbs, 建立/完善…, never reach here). Not before 发展: 协调发展机制 and 协同发展机制
     * name no arrangement of their own.
     */
    static boolean qualifiesAction(List<Token> tokens, int verb, int head) {
        Token action = tokens.get(verb + 1);
        return verb + 2 == head && action.pos().equals("vn") && !action.text().equals("发展")
                && !PhraseRules.GOVERNING_VERBS.contains(tokens.get(verb).text());
    }

    /** 重点 right before {@code first}, which is a word of places or fields: which ones, inside the name. */
    static boolean keyOnes(List<Token> tokens, int first, int index) {
        return first > 0 && first < index && tokens.get(first - 1).text().equals("重点") && KEY_NOUNS.contains(tokens.get(first).text());
    }

    /**
     * 健全 + 开放平台协同联动机制, 健全 + 援藏资金项目管理机制: right after the governing verb, a verb before a noun says what
     * kind of thing the noun is, and opens the name.
     */
    static boolean modifiesNounAfterGoverningVerb(List<Token> tokens, int verb, int head) {
        // 建立了 + 援疆…, 健全以 + 帮扶资金稳定投入机制
        int governing = verb >= 2 && (tokens.get(verb - 1).text().equals("了") || tokens.get(verb - 1).text().equals("以")) ? verb - 2 : verb - 1;
        return verb > 0 && verb + 1 < head && PhraseRules.GOVERNING_VERBS.contains(tokens.get(governing).text())
                && !PhraseRules.GOVERNING_VERBS.contains(tokens.get(verb).text())
                && (tokens.get(verb + 1).pos().equals("n") || tokens.get(verb + 1).text().equals("地")); // 承接 + 地要素保障机制
    }

    /**
     * The index of the token that opens a quoted word (“组团式”) whose closing quote is token {@code closing}; else -1.
     */
    static int quotedWordOpening(String text, List<Token> tokens, int closing) {
        if (!tokens.get(closing).text().equals("”")) {
            return -1;
        }
        for (int i = closing - 1; i >= 0 && closing - i <= 9; i--) { // up to eight one-character pieces: “一区两群”
            if (tokens.get(i).text().equals("“")) {
                java.util.regex.Matcher quoted = PhraseRules.QUOTED_WORD.matcher(text);
                return quoted.find(tokens.get(i).start()) && quoted.start() == tokens.get(i).start() && quoted.end() == tokens.get(closing).end() ? i : -1;
            }
        }
        return -1;
    }

    static boolean isPlainVerb(Token token) {
        return token.pos().equals("v") && token.text().length() >= 2;
    }

    /** 当地推行…机制, 今年建立…机制: a word of place or time before a verb is the clause's, not the name's (省内对口帮扶机制 keeps 省内). */
    static boolean placeOrTimeThenVerb(List<Token> tokens, int at, int head) {
        String pos = tokens.get(at).pos();
        return (pos.equals("s") || pos.equals("t")) && at + 1 < head && isPlainVerb(tokens.get(at + 1));
    }

    /** 闽宁协作机制重点完善…: 重点 tagged a noun, but a verb follows, so the mechanism is the clause's subject. */
    static boolean adverbThenVerb(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && java.util.Set.of("重点", "主要", "着力").contains(tokens.get(at).text())
                && tokens.get(at + 1).pos().startsWith("v");
    }

    /** 入/v 湖/n 河流/n, 入/v 海/n 河流/n: the rivers flowing into a lake or the sea, a noun. */
    static boolean inflowNoun(List<Token> tokens, int first) {
        Token left = tokens.get(first - 1);
        return left.text().equals("入") && first + 1 < tokens.size() && tokens.get(first).text().length() == 1
                && "湖海江河库".contains(tokens.get(first).text()) && tokens.get(first + 1).text().startsWith("河");
    }

    /** 引滦入津上下游…补偿机制: a water-transfer project's name (引X入Y, 引X济Y) opens the mechanism's, cut by its verbs. */
    static int projectStart(String text, int start) {
        int from = Math.max(0, start - 4);
        java.util.regex.Matcher project = WATER_TRANSFER.matcher(text.substring(from, Math.min(text.length(), start + 4)));
        while (project.find()) {
            if (from + project.start() < start && from + project.end() > start) {
                return from + project.start();
            }
        }
        return start;
    }
    /** 盟市间, 省市间, 市县间: between the places of one level, inside the name (盟市间横向生态保护补偿机制). */
    private static final java.util.regex.Pattern LEVELS_BETWEEN = java.util.regex.Pattern.compile("(?:盟市|省市|市县|县市|市州|州市|县区|区县|地市|省区)间");

    /** Words that say the mechanism already exists (现行协同机制) or when: what stands before them is no part of the name. */
    private static final java.util.Set<String> EXISTING_OR_WHEN = java.util.Set.of(
            "现行", "现有", "已有", "既有", "原有", "以来", "以后", "之后", "期间");


    /** Classes of places (城市, 市县) that name whose mechanism it is: 沿海城市与革命老区…, 沿海发达市县与中部山区市县…. */
    static final java.util.Set<String> PLACE_CLASSES = java.util.Set.of("城市", "地区", "省份", "省区", "省市", "县市", "市县", "县区", "区县");

    /** A determiner (现行), a time (以来) or a word ending in 的 (决策层/面的) before a mechanism: no part of its name. */
    static boolean opensNoName(Token left) {
        return EXISTING_OR_WHEN.contains(left.text()) || left.text().length() > 1 && left.text().endsWith("的");
    }

    /** How many tokens before {@code first} spell a level's places and 间 (盟/市/间 → 3), or 0. */
    static int levelsBetween(List<Token> tokens, int first) {
        if (first < 2 || !tokens.get(first - 1).text().equals("间")) {
            return 0;
        }
        String joined = "间";
        for (int k = first - 2; k >= Math.max(0, first - 3); k--) {
            joined = tokens.get(k).text() + joined;
            if (LEVELS_BETWEEN.matcher(joined).matches()) {
                return first - k;
            }
        }
        return 0;
    }

    /** 沿海发达市县 与 中部山区市县 + 结对帮扶机制: two classes of places joined, both in the name. */
    static boolean joinedPlaceClasses(List<Token> tokens, int first, int index) {
        return first >= 2 && java.util.Set.of("与", "和").contains(tokens.get(first - 1).text()) && PLACE_CLASSES.contains(tokens.get(first - 2).text())
                && tokens.subList(first, index).stream().anyMatch(t -> PLACE_CLASSES.contains(t.text()));
    }

}
