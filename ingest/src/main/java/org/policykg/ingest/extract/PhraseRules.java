package org.policykg.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.policykg.ingest.segment.Token;

/**
 * Word lists that decide where a discovered noun phrase may start: the verbs that govern an object
 * (建立, 健全, 完善 ...), function words, and the parts of speech that never sit inside a name.
 */
final class PhraseRules {

    private PhraseRules() {
    }

    /** Verbs that take a mechanism or region as their object: the phrase starts after them. */
    static final Set<String> GOVERNING_VERBS = Set.of(
            "建立", "健全", "建立健全", "完善", "构建", "创新", "推动", "探索", "形成", "优化", "加快", "强化", "深化",
            "落实", "实施", "推进", "加强", "提升", "需要", "要", "应", "应当", "是", "有", "为", "作为", "通过", "依托",
            "发挥", "利用", "改革", "理顺", "建设", "打造", "促进", "支持", "鼓励", "引导", "率先", "提高", "培育",
            "坚持", "围绕", "针对", "设立", "研究", "制定", "出台", "用好", "健全完善", "完善和", "探索建立",
            "加快建立", "推动建立", "逐步", "进一步", "不断", "着力", "积极", "持续", "深入", "全面", "加大", "扩大",
            "缺乏", "缺少", "尚未", "没有", "包括", "涉及", "存在", "具有", "构筑", "搭建", "重塑", "畅通", "用",
            "实行", "执行", "采取", "运用", "借助", "依靠", "依赖", "基于", "好", "改进", "按照", "根据", "依据", "遵循", "关于", "其中", "以及", "明确",
            "拓展", "拓宽", "协助", "巩固", "规范", "用足", "推行", "推广", "试行", "另设", "增设", "新设", "设", "设有", "建有", "下设", "内设", "引入", "即");

    /** Praise words that qualify a mechanism without naming a different one (高质量…机制 is still that mechanism). */
    static final Set<String> EVALUATIVE = Set.of("高质量", "更加", "有效", "科学", "合理", "长效", "新型", "现代", "重点",
            "更加有效", "统一", "完善", "健全", "全面");

    /** Words that end a phrase on the left whatever their tag. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "的", "和", "与", "及", "对", "在", "等", "了", "之", "以", "将", "把", "被", "从", "向", "使", "让",
            "由", "而", "并", "或", "也", "又", "就", "都", "所", "其", "该", "各", "这", "那", "此", "同", "于",
            "中", "上", "下", "间", "内", "外", "是", "为", "到",
            // modal + 以 that HanLP may take for a person's name (应以 as nr): 应以对口合作机制为主
            "应以", "要以", "须以", "需以", "可以", "将以", "应当", "应该");

    /**
     * Function words that are also common first characters of words HanLP does not know and splits into single
     * characters (同城化 → 同/城/化): inside such a run they belong to the word.
     */
    private static final Set<String> WORD_INITIAL_FUNCTION_WORDS = Set.of("同", "中", "上", "下", "内", "外", "间", "于", "之", "各");

    /** Adverbs that qualify the verb of a clause, never a name: 不断完善…, 进一步健全…. */
    private static final Set<String> CLAUSE_ADVERBS = Set.of(
            "不", "不断", "逐步", "进一步", "更加", "更", "最", "很", "非常", "已", "已经", "正在", "仍", "仍然", "还", "也",
            "都", "就", "才", "又", "再", "始终", "一直", "切实", "大力", "着力", "尽快", "加快", "努力", "主动", "率先",
            "积极", "全面", "深入", "持续", "充分", "坚决", "普遍", "基本", "初步", "显著", "明显", "有序", "稳步", "亟须",
            "亟需", "必须", "务必", "重点", "加紧", "尚", "尚未", "没有", "共同", "则", "更多");

    /** A heading's number, whole or in the pieces HanLP cuts it into (第三节, 第二 + 章, 第四部分): never part of a name. */
    private static final Pattern HEADING_NUMBER = Pattern.compile("第?[一二三四五六七八九十百\\d]*(?:章|节|部分|篇)|第[一二三四五六七八九十百\\d]*");
    private static final Pattern NUMERAL = Pattern.compile("[一二三四五六七八九十百\\d]+");
    private static final Pattern BAD_NAME = Pattern.compile("[\\s\\p{Punct}0-9A-Za-z“”《》（）【】，。、；：？！]");
    private static final Pattern DANGLING =
            Pattern.compile("^[的和与及等了之而并或也又就所其该这那此于]|[的和与及对在等了之]$"); // 都 opens 都市圈

    /**
     * Where a discovered name starts, skipping leading governing verbs and function words, whole tokens only,
     * and a governing word HanLP fused into the first token (积极探索生态… → 生态…).
     */
    static int phraseStart(List<Token> tokens, int first, int head) {
        int i = first;
        while (i < head) {
            String t = tokens.get(i).text();
            boolean afterOrdinal = i > first && tokens.get(i - 1).text().equals("第") && NUMERAL.matcher(t).matches();
            if (GOVERNING_VERBS.contains(t) || FUNCTION_WORDS.contains(t) || HEADING_NUMBER.matcher(t).matches() || afterOrdinal) {
                i++;
                continue;
            }
            for (int len = Math.min(4, t.length() - 1); len >= 2; len--) {
                if (GOVERNING_VERBS.contains(t.substring(0, len))) {
                    return tokens.get(i).start() + len;
                }
            }
            break;
        }
        return tokens.get(i).start();
    }

    /**
     * A single Chinese character that is no function word: HanLP splits words it does not know into such pieces
     * (兴边富民 → 兴/边/富民, 沿边 → 沿/边), so inside a name they belong to it whatever their tag.
     */
    static boolean isWordFragment(Token token) {
        String t = token.text();
        return t.length() == 1 && org.policykg.ingest.text.Han.isHan(t.codePointAt(0)) && !token.isPunctuation()
                && !FUNCTION_WORDS.contains(t) && !GOVERNING_VERBS.contains(t);
    }

    /**
     * A single-character function word that opens a run of single characters HanLP cut an unknown word into
     * (都市圈同城化发展机制 → …/同/城/化/…): {@code next} is the character after it, already in the phrase.
     */
    static boolean opensWordFragment(Token token, Token next) {
        return WORD_INITIAL_FUNCTION_WORDS.contains(token.text()) && isWordFragment(next);
    }

    /**
     * An adverb that qualifies a noun inside a name (城乡要素双向流动机制, 区域联防联控机制): two characters or more, not
     * one of the adverbs that qualify a clause's verb.
     */
    static boolean isNameAdverb(Token token) {
        return token.pos().startsWith("d") && token.text().length() >= 2 && !CLAUSE_ADVERBS.contains(token.text())
                && !GOVERNING_VERBS.contains(token.text());
    }

    /** Parts of speech that cannot be inside a name (HanLP/PKU tags). */
    static boolean breaksPhrase(Token token) {
        String p = token.pos();
        if (token.text().startsWith("跨") && token.text().length() > 1) {
            return false; // 跨省, 跨区域: a qualifier inside names, whatever HanLP tags it
        }
        return token.isPunctuation() || p.startsWith("p") || p.startsWith("c") || p.startsWith("u")
                || p.startsWith("d") || p.startsWith("r") || p.startsWith("m") || p.startsWith("q")
                || p.startsWith("y") || p.startsWith("e") || p.startsWith("o") || p.startsWith("t")
                || FUNCTION_WORDS.contains(token.text()) || GOVERNING_VERBS.contains(token.text());
    }

    /** A clean name: no whitespace, digits, Latin letters (but acronyms), citation marks or punctuation, no dangling particle. */
    static boolean isCleanName(String name) {
        String words = ACRONYM.matcher(name).replaceAll("甲"); // GDP统计分算机制, G60科创走廊…: acronyms and codes are words
        words = QUOTED_WORD.matcher(words).replaceAll("甲"); // 援疆医疗人才“组团式”帮扶机制, “飞地经济”利益分享机制: a quoted word in the name
        return !BAD_NAME.matcher(words).find() && !DANGLING.matcher(name).find();
    }

    static final Pattern QUOTED_WORD = Pattern.compile("“\\p{IsHan}{2,8}”(?=\\p{IsHan})");

    private static final Pattern ACRONYM = Pattern.compile("(?<![A-Za-z0-9])(?:[A-Z]{2,5}|[A-Z]\\d{1,4})(?![A-Za-z0-9.])");

    static boolean isNoun(Token t) {
        return (t.pos().startsWith("n") && !t.pos().equals("nr")) || t.pos().equals("vn");
    }

    static boolean isNounLike(Token t) {
        return (t.pos().startsWith("n") && !t.pos().equals("nr")) || t.pos().equals("vn") || t.pos().equals("v") && t.text().length() == 2;
    }

    static boolean isNounHead(Token next) {
        String p = next.pos();
        return (p.startsWith("n") && !p.startsWith("nz")) || p.equals("vn");
    }

    /** 机制运作十年, 机制运行良好: what the mechanism does, HanLP's verbal noun taken as the predicate it is. */
    private static final Set<String> RUNS = Set.of("运作", "运行", "运转", "启动", "落地", "生效");

    /**
     * Whether the verbal noun at {@code at} is the mechanism's predicate (股票市场互联互通机制运作十年, …运行良好), not a noun
     * it qualifies (机制运行中存在的问题, 机制运行情况): a number, an adverb, an adjective or a time after it.
     */
    static boolean runsAsPredicate(List<Token> tokens, int at) {
        if (!RUNS.contains(tokens.get(at).text())) {
            return false;
        }
        if (at + 1 >= tokens.size()) {
            return false; // 不得以签订协议代替机制运行: the mechanism's running, the verb's object
        }
        String p = tokens.get(at + 1).pos();
        return p.startsWith("m") || p.startsWith("d") || p.startsWith("a") || p.startsWith("t") || tokens.get(at + 1).text().equals("以来");
    }

    /** 生态产品价值实现新机制 is 生态产品价值实现机制; 制度创新机制 keeps its 创新 (更新, 革新 likewise). */
    static String withoutNew(String name) {
        boolean newMechanism = name.endsWith("新机制") && !name.endsWith("创新机制") && !name.endsWith("更新机制") && !name.endsWith("革新机制");
        return newMechanism ? name.substring(0, name.length() - 3) + "机制" : name;
    }
}
