package org.policykg.api.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policykg.api.ask.AskCues.Asked;
import org.policykg.api.ask.AskCues.Cue;
import org.policykg.api.ask.Linker.Link;

/**
 * Reads a question (simplified already) into an intent and its entities, without a language model: the names the
 * graph holds, the period, what is asked for (哪些机制, 什么战略) and the relation cues ({@link AskCues}). A question
 * it cannot read for certain is refused with the reason, never answered as another question: a name the graph lacks
 * (火星地区), no name at all, two subjects where the intent takes one, a kind of question no query answers.
 */
final class QuestionReader {

    static final String REGION = "Region";
    static final String MECHANISM = "Mechanism";
    static final String STRATEGY = "Strategy";

    /** What a question was read as: an intent (null when refused, then {@code reason} says why) and its entities. */
    record Reading(Intent intent, List<Link> subjects, List<Link> links, QuestionPeriod period, boolean count, boolean all,
                   boolean boardsOnly, List<String> unknown, String reason) {

        boolean understood() {
            return intent != null;
        }
    }

    private final AskCues cues;
    private final Set<String> words;
    private final QuestionWords vocabulary;
    private final UnknownNames unknownNames;

    QuestionReader(AskCues cues) {
        this.cues = cues;
        this.words = cues.words();
        this.vocabulary = new QuestionWords(cues);
        this.unknownNames = new UnknownNames(cues, vocabulary);
    }

    Reading read(String text, Linker linker) {
        QuestionPeriod period;
        try {
            period = QuestionPeriod.read(text);
        } catch (IllegalArgumentException e) {
            return refused(List.of(), QuestionPeriod.NONE, List.of(), "问题中的时间无法理解（" + e.getMessage() + "）。");
        }
        List<Link> links = withoutVerbs(text, linker.link(text).stream()
                .filter(l -> period.start() < 0 || l.end() <= period.start() || l.start() >= period.end()).toList());
        String rest = mask(text, links, period);
        String unsupported = cues.unsupportedIn(rest);
        if (unsupported != null) { // 为什么…: refused for what it asks, whatever it names
            int at = rest.indexOf(unsupported); // the asker's words, with the names masked for matching shown again
            return refused(links, period, List.of(), "这类问题（" + text.substring(at, at + unsupported.length()) + "）暂时无法从图中回答。");
        }
        List<String> unknown = unknownNames.in(text, rest, links);
        if (!unknown.isEmpty()) {
            return refused(links, period, unknown, "图中没有名为“" + String.join("”、“", unknown) + "”的地区、战略或机制。");
        }
        if (links.isEmpty()) {
            return refused(links, period, unknown, "问题中没有图中已有的地区、战略或机制名称。");
        }

        Asked asked = asked(rest);
        boolean count = QuestionWords.containsAny(rest, cues.countWords());
        boolean all = QuestionWords.containsAny(rest, cues.allWords());
        // cues are read outside the words for kinds of area (合作区 holds no 合作); the masking keeps every offset
        Decision d = decide(withoutAreaWords(rest), distinctEntities(links), asked); // 革命老区…老区: one entity, linked twice
        if (d.intent() == null) {
            return refused(links, period, unknown, d.reason());
        }
        // 同时, 都: every subject must hold, where an intent takes several (the others take one, or a pair)
        boolean every = all && d.subjects().size() > 1 && (d.intent() == Intent.MECHANISMS_SERVING || d.intent() == Intent.DOCUMENTS_MENTIONING);
        return new Reading(d.intent(), d.subjects(), links, period, count, every, d.boardsOnly(), List.of(), null);
    }

    private record Decision(Intent intent, List<Link> subjects, boolean boardsOnly, String reason) {

        static Decision of(Intent intent, List<Link> subjects) {
            return new Decision(intent, subjects, false, null);
        }

        static Decision no(String reason) {
            return new Decision(null, List.of(), false, reason);
        }
    }

    private Decision decide(String rest, List<Link> links, Asked asked) {
        if (links.size() == 2 && has(rest, Cue.EVIDENCE)) {
            return Decision.of(Intent.PAIR_EVIDENCE, links);
        }
        if (links.size() >= 2 && has(rest, Cue.RELATION)) {
            return Decision.of(Intent.RELATION_BETWEEN, links.subList(0, 2));
        }
        if (asked == Asked.DOCUMENT && links.size() == 2 && vocabulary.claimBetween(rest, links.get(0), links.get(1))) {
            return Decision.of(Intent.PAIR_EVIDENCE, links); // 哪篇文章说京津冀协同发展覆盖雄安新区: where the claim is stated
        }
        if (asked == Asked.DOCUMENT || asked == null && has(rest, Cue.MENTIONS) && QuestionWords.containsAny(rest, cues.asks().get(Asked.DOCUMENT))) {
            return Decision.of(Intent.DOCUMENTS_MENTIONING, links); // 文章中，有哪些提到了…: the documents, asked before
        }
        if (links.size() >= 2 && (has(rest, Cue.YES_NO) || asked == null)) {
            return links.size() == 2 ? Decision.of(Intent.PAIR_EVIDENCE, links)
                    : Decision.no("问题提到了 " + links.size() + " 个实体，一次只能查两个实体之间的陈述。");
        }
        List<Link> regions = ofType(links, REGION);
        List<Link> mechanisms = ofType(links, MECHANISM);
        List<Link> strategies = ofType(links, STRATEGY);
        boolean oneType = regions.size() == links.size() || mechanisms.size() == links.size() || strategies.size() == links.size();
        if (!oneType) {
            return Decision.no("问题同时提到了" + names(links) + "，请每次围绕一个地区、战略或机制提问。");
        }
        if (!regions.isEmpty()) {
            return forRegions(rest, regions, asked);
        }
        if (links.size() > 1 && asked != null) {
            return Decision.no("问题提到了" + names(links) + "，请每次只问一个" + (mechanisms.isEmpty() ? "战略" : "机制") + "。");
        }
        if (!strategies.isEmpty() && asked == Asked.REGION && has(rest, Cue.COVERS)) {
            return Decision.of(Intent.REGIONS_OF_STRATEGY, strategies); // 落在哪些区域: 在哪些 asks no whole here
        }
        if (has(rest, Cue.WHOLE) || cues.asksForWhole(rest)) {
            return Decision.of(Intent.WHOLES, links);
        }
        if (!mechanisms.isEmpty()) {
            if (asked == Asked.BOARD) {
                return new Decision(Intent.REGIONS_SERVED, mechanisms, true, null);
            }
            if (asked == Asked.REGION) {
                return Decision.of(Intent.REGIONS_SERVED, mechanisms);
            }
            if (asked == Asked.STRATEGY) {
                return Decision.of(Intent.STRATEGIES_SUPPORTED, mechanisms);
            }
            if (asked == Asked.MECHANISM || has(rest, Cue.COMPONENTS)) {
                return Decision.of(Intent.COMPONENTS, mechanisms);
            }
            return Decision.no("没有读出问的是" + names(links) + "的哪一方面（服务的地区、支撑的战略、组成部分）。");
        }
        if (asked == Asked.MECHANISM) {
            return Decision.of(Intent.STRATEGY_SUPPORTERS, strategies);
        }
        if (asked == Asked.BOARD) {
            return new Decision(Intent.REGIONS_OF_STRATEGY, strategies, true, null);
        }
        if (asked == Asked.REGION) {
            return Decision.of(Intent.REGIONS_OF_STRATEGY, strategies);
        }
        if (asked == Asked.STRATEGY || has(rest, Cue.COMPONENTS)) {
            return Decision.of(Intent.COMPONENTS, strategies);
        }
        return Decision.no("没有读出问的是" + names(links) + "的哪一方面（覆盖的地区、支撑它的机制、组成部分）。");
    }

    private Decision forRegions(String rest, List<Link> regions, Asked asked) {
        if (asked == Asked.MECHANISM) {
            return Decision.of(Intent.MECHANISMS_SERVING, regions);
        }
        if (regions.size() > 1) {
            return Decision.no("问题提到了" + names(regions) + "，这类问题一次只能问一个地区。");
        }
        if (asked == Asked.STRATEGY) {
            return Decision.of(Intent.STRATEGIES_COVERING, regions);
        }
        if (has(rest, Cue.ASSISTS) || has(rest, Cue.HELPER_SIDE) || has(rest, Cue.RECIPIENT_SIDE)) {
            return Decision.of(helpedSide(rest, regions.get(0)) ? Intent.HELPERS : Intent.RECIPIENTS, regions);
        }
        if (has(rest, Cue.COOPERATES)) {
            return Decision.of(Intent.PARTNERS, regions);
        }
        int whole = QuestionWords.firstIndex(rest, cues.cue(Cue.WHOLE));
        if (whole >= 0 && whole < regions.get(0).start() && (asked == Asked.REGION || asked == Asked.BOARD)) {
            return Decision.of(Intent.MEMBERS, regions); // 哪些省属于西部地区, 位于西部地区的地区: the region after the cue holds them
        }
        if (whole >= 0 || cues.asksForWhole(rest)) {
            return new Decision(Intent.WHOLES, regions, asked == Asked.BOARD, null);
        }
        boolean askedRegion = asked == Asked.REGION || asked == Asked.BOARD || asked == null && has(rest, Cue.COMPONENTS);
        if (askedRegion && (has(rest, Cue.COMPONENTS) || has(rest, Cue.COVERS))) {
            // 哪些区域包括湖北: the region after the cue is what is included
            int cue = Math.max(QuestionWords.firstIndex(rest, cues.cue(Cue.COMPONENTS)), QuestionWords.firstIndex(rest, cues.cue(Cue.COVERS)));
            boolean regionFirst = regions.get(0).start() < cue;
            return regionFirst ? Decision.of(Intent.MEMBERS, regions) : new Decision(Intent.WHOLES, regions, asked == Asked.BOARD, null);
        }
        return Decision.no("没有读出问的是" + names(regions) + "的哪一方面（服务它的机制、覆盖它的战略、帮扶或合作的地区、包括的地区）。");
    }

    /**
     * Whether the region of a question of help is the one helped: 谁帮扶宁夏, 宁夏得到哪些地区帮扶, 宁夏的帮扶方; not
     * 福建帮扶哪些地区, 福建的受援地.
     */
    private boolean helpedSide(String rest, Link region) {
        if (has(rest, Cue.HELPER_SIDE)) {
            return true;
        }
        if (has(rest, Cue.RECIPIENT_SIDE)) {
            return false;
        }
        if (has(rest, Cue.RECEIVES)) {
            return true;
        }
        if (region.start() > 0 && "对向为给".indexOf(rest.charAt(region.start() - 1)) >= 0) {
            return true; // 对新疆开展对口援助: the region after 对 is the one helped
        }
        int cue = QuestionWords.firstIndex(rest, cues.cue(Cue.ASSISTS));
        return cue < region.start();
    }

    /** What the question asks for: a type word next to a question word, or closing a 的 phrase at the end. */
    private Asked asked(String rest) {
        Asked best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Asked kind : Asked.values()) {
            for (String word : cues.asks().getOrDefault(kind, List.of())) {
                for (int at = rest.indexOf(word); at >= 0; at = rest.indexOf(word, at + 1)) {
                    if (at < bestAt && vocabulary.askedAt(rest, word, at)) {
                        best = kind;
                        bestAt = at;
                    }
                }
            }
        }
        return best;
    }

    /**
     * An alias that is also a cue word (对口支援, 东西部协作) names its mechanism only in a question about no region: in
     * 哪些地区对口支援新疆 it is the verb.
     */
    private List<Link> withoutVerbs(String text, List<Link> links) {
        boolean regions = links.stream().anyMatch(l -> l.entity().type().equals(REGION));
        if (!regions) {
            return links;
        }
        return links.stream().filter(l -> !(l.entity().type().equals(MECHANISM) && words.contains(text.substring(l.start(), l.end())))).toList();
    }

    /** One subject per entity (革命老区…老区), and a province written right before its city says where that is (宁夏中卫). */
    private static List<Link> distinctEntities(List<Link> links) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Link> result = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            Link next = i + 1 < links.size() ? links.get(i + 1) : null;
            if (!(next != null && l.placesCity(next)) && seen.add(l.entity().id())) {
                result.add(l);
            }
        }
        return result;
    }

    /** The question with its linked names and its period blanked out, so their characters are no cue words. */
    private static String mask(String text, List<Link> links, QuestionPeriod period) {
        char[] chars = text.toCharArray();
        for (Link link : links) {
            for (int i = link.start(); i < link.end(); i++) {
                chars[i] = '＃';
            }
        }
        for (int i = Math.max(0, period.start()); i < period.end(); i++) {
            chars[i] = ' ';
        }
        return new String(chars);
    }

    private Reading refused(List<Link> links, QuestionPeriod period, List<String> unknown, String reason) {
        return new Reading(null, List.of(), links, period, false, false, false, unknown, reason);
    }

    /** Whether a cue is in the question (read by {@link #decide} outside the words for kinds of area). */
    private boolean has(String rest, Cue cue) {
        return QuestionWords.containsAny(rest, cues.cue(cue));
    }

    /** The question with words for kinds of area (合作区, 示范区 …) blanked out, each character kept in its place. */
    private String withoutAreaWords(String rest) {
        String text = rest;
        for (String word : cues.notNames()) {
            text = text.replace(word, "□".repeat(word.length()));
        }
        return text;
    }

    private static List<Link> ofType(List<Link> links, String type) {
        return links.stream().filter(l -> l.entity().type().equals(type)).toList();
    }

    private static String names(List<Link> links) {
        return String.join("、", links.stream().map(l -> l.entity().name()).distinct().toList());
    }

}
