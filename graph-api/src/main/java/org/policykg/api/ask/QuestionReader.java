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

    /** Endings of a mechanism's or strategy's name: a name made of cue words (协作机制) still names one. */
    private static final Set<String> TYPE_SUFFIXES = Set.of("机制", "战略");

    private final AskCues cues;
    private final Set<String> strippable;
    /** The question's vocabulary but its fillers: cues, question words, asked words (属于 is a filler and a cue). */
    private final Set<String> notFillers;
    private final Set<String> words;
    private final List<String> asksWords;

    QuestionReader(AskCues cues) {
        this.cues = cues;
        List<String> words = new ArrayList<>();
        words.addAll(cues.questionWords());
        words.addAll(cues.linkers());
        words.addAll(cues.countWords());
        words.addAll(cues.allWords());
        words.addAll(cues.generic());
        cues.cues().values().forEach(words::addAll);
        cues.asks().values().forEach(words::addAll);
        this.notFillers = Set.copyOf(words);
        words.addAll(cues.fillers());
        this.strippable = Set.copyOf(words);
        this.words = cues.words();
        this.asksWords = cues.asks().values().stream().flatMap(List::stream).toList();
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
            return refused(links, period, List.of(), "这类问题（" + unsupported + "）暂时无法从图中回答。");
        }
        List<String> unknown = new ArrayList<>(unknownNames(rest));
        unknown.addAll(longerNames(text, rest, links));
        unknown.addAll(coordinated(text, rest, links));
        if (!unknown.isEmpty()) {
            return refused(links, period, unknown, "图中没有名为“" + String.join("”、“", unknown) + "”的地区、战略或机制。");
        }
        if (links.isEmpty()) {
            return refused(links, period, unknown, "问题中没有图中已有的地区、战略或机制名称。");
        }

        Asked asked = asked(rest);
        boolean count = containsAny(rest, cues.countWords());
        boolean all = containsAny(rest, cues.allWords());
        Decision d = decide(rest, distinctEntities(links), asked); // 革命老区…老区: one entity, linked twice
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
        if (asked == Asked.DOCUMENT || asked == null && has(rest, Cue.MENTIONS) && containsAny(rest, cues.asks().get(Asked.DOCUMENT))) {
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
        if (has(rest, Cue.WHOLE) || cues.asksForWhole(rest)) {
            return new Decision(Intent.WHOLES, regions, asked == Asked.BOARD, null);
        }
        boolean askedRegion = asked == Asked.REGION || asked == Asked.BOARD || asked == null && has(rest, Cue.COMPONENTS);
        if (askedRegion && (has(rest, Cue.COMPONENTS) || has(rest, Cue.COVERS))) {
            // 哪些区域包括湖北: the region after the cue is what is included
            int cue = Math.max(firstIndex(rest, cues.cue(Cue.COMPONENTS)), firstIndex(rest, cues.cue(Cue.COVERS)));
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
        int cue = firstIndex(rest, cues.cue(Cue.ASSISTS));
        return cue < region.start();
    }

    /** What the question asks for: a type word next to a question word, or closing a 的 phrase at the end. */
    private Asked asked(String rest) {
        Asked best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Asked kind : Asked.values()) {
            for (String word : cues.asks().getOrDefault(kind, List.of())) {
                for (int at = rest.indexOf(word); at >= 0; at = rest.indexOf(word, at + 1)) {
                    if (at < bestAt && askedAt(rest, word, at)) {
                        best = kind;
                        bestAt = at;
                    }
                }
            }
        }
        return best;
    }

    private boolean askedAt(String rest, String word, int at) {
        String before = rest.substring(0, at);
        String after = rest.substring(at + word.length());
        if (cues.questionWords().contains(word) || endsWithAny(before, cues.questionWords())) {
            return true;
        }
        String cue = cues.cues().values().stream().flatMap(List::stream).filter(before::endsWith).findFirst().orElse(null);
        if (cue != null && endsWithAny(before.substring(0, before.length() - cue.length()), cues.questionWords())) {
            return true; // 有哪些支撑机制
        }
        String tail = after;
        String linker = startOf(tail, cues.linkers());
        if (linker != null) {
            tail = tail.substring(linker.length());
        }
        if (startOf(tail, cues.questionWords()) != null) {
            return true;
        }
        return before.endsWith("的") && (linker != null || after.replaceAll("[\\p{P}\\s吗呢]", "").isEmpty());
    }

    /**
     * Name-shaped words the graph lacks: a word ending like a name (地区, 省, 机制 …) whose stem is not made of
     * question words and fillers (哪些地区, 各省, 服务东北的机制 are no names; 火星地区, 对口支援机制 are).
     */
    List<String> unknownNames(String rest) {
        List<String> found = new ArrayList<>();
        for (int p = 0; p < rest.length(); p++) {
            for (String suffix : cues.nameSuffixes()) {
                if (!rest.startsWith(suffix, p)) {
                    continue;
                }
                if (!insideNotName(rest, p, suffix) && !askedAt(rest, suffix, p) && !askedEndingAt(rest, p + suffix.length())) {
                    int s = p;
                    while (s > 0 && isHan(rest.charAt(s - 1))) {
                        s--;
                    }
                    String stem = rest.substring(s, p);
                    while (stem.endsWith("的") || stem.endsWith("之")) {
                        stem = stem.substring(0, stem.length() - 1);
                    }
                    String name = stripLeading(afterLastWord(stem));
                    boolean asked = containsAny(stem, cues.questionWords()) || containsAny(stem, cues.countWords());
                    if (!name.isEmpty() && !cues.generic().contains(name)) {
                        found.add(name + suffix);
                    } else if (name.isEmpty() && !stem.isEmpty() && !asked && TYPE_SUFFIXES.contains(suffix) && !onlyFillers(stem)
                            && !endsWithAny(stem, cues.generic()) && !endsWithAny(stem, cues.linkers()) && !endsWithAny(stem, asksWords)) {
                        found.add(stem + suffix); // 协作机制服务西部地区吗: a mechanism's name made of cue words
                    }
                }
                p += suffix.length() - 1;
                break;
            }
        }
        return found;
    }

    /** 政策机制有哪些, 覆盖…的发展战略: a word for the kind asked for ends at {@code end}, so it is no name. */
    private boolean askedEndingAt(String rest, int end) {
        for (String word : asksWords) {
            int start = end - word.length();
            if (start >= 0 && rest.startsWith(word, start) && askedAt(rest, word, start)) {
                return true;
            }
        }
        return false;
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

    /**
     * Names the graph lacks that end in one it holds: 中西部地区 is no 西部地区. A linked name must follow a word of the
     * question (服务, 和, 对 …) or no Chinese at all.
     */
    private List<String> longerNames(String text, String rest, List<Link> links) {
        List<String> found = new ArrayList<>();
        for (Link link : links) {
            int s = link.start();
            while (s > 0 && isHan(rest.charAt(s - 1))) {
                s--;
            }
            int e = link.end();
            while (e < rest.length() && isHan(rest.charAt(e))) {
                e++;
            }
            String after = rest.substring(link.end(), e);
            int letters = link.end();
            while (letters < rest.length() && (rest.charAt(letters) < 128 && Character.isLetterOrDigit(rest.charAt(letters)))) {
                letters++;
            }
            if (letters > link.end()) {
                found.add(text.substring(link.start(), letters)); // 北京CBD is no 北京
                continue;
            }
            if (startOf(after, cues.nameContinuations()) != null) {
                found.add(text.substring(link.start(), link.end()) + after.charAt(0)); // 东北亚 is no 东北
                continue;
            }
            String word = wordAfter(after, false);
            if (link.entity().type().equals(MECHANISM) && word.length() >= 2 && !cues.generic().contains(word)) {
                found.add(text.substring(link.start(), link.end()) + word); // 东西部协作产业基金: after a mechanism, any word of no cue
                continue;
            }
            if (!endsWithAny(word, cues.nameEndings())) {
                word = wordAfter(after, true); // 国际科技创新中心: a name may hold words such as 创新
            }
            if (!word.isEmpty() && endsWithAny(word, cues.nameEndings())) {
                found.add(text.substring(link.start(), link.end()) + word); // 重庆两江新区 is no 重庆
                continue;
            }
            String before = rest.substring(s, link.start());
            String qualifier = qualifierBefore(before);
            boolean nameLike = qualifier.codePoints().noneMatch(c -> cues.notInNames().indexOf(c) >= 0); // 我在做…, 想了解… are the asker's words
            if (!nameLike || !link.entity().type().equals(MECHANISM) && (qualifier.length() < 2 || cues.generic().contains(qualifier))) {
                qualifier = ""; // 沂蒙革命老区 is no 革命老区; one character (中西部) is read by partOfName below
            }
            if (!qualifier.isEmpty()) {
                found.add(qualifier + text.substring(link.start(), link.end())); // 流域横向生态保护补偿机制 is no 横向…机制
                continue;
            }
            boolean wordEnds = strippable.stream().anyMatch(w -> w.length() >= 2 && before.endsWith(w)); // 目前 is a word, no 前
            if (endsWithAny(before, cues.partOfName()) && !wordEnds) {
                String prefix = stripLeading(before);
                if (prefix.isEmpty()) { // 服务中西部地区: 中 is no filler here but the start of the name
                    int start = before.length();
                    while (start > 0 && cues.partOfName().contains(before.substring(start - 1, start))) {
                        start--;
                    }
                    prefix = before.substring(start);
                }
                found.add(prefix + text.substring(link.start(), link.end()));
            }
        }
        return found;
    }

    /**
     * Words joined to a linked name by 和, 与, 、 … are names too: 服务西安和西部地区, 覆盖湖北和襄阳, 支撑西部大开发和乡村振兴.
     * One the graph lacks is reported, so the question is not answered for the other name alone.
     */
    private List<String> coordinated(String text, String rest, List<Link> links) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i + 1 < links.size(); i++) {
            Link a = links.get(i);
            Link b = links.get(i + 1);
            boolean placed = "Province".equals(a.entity().kind()) && "City".equals(b.entity().kind()); // 宁夏中卫: where 中卫 is
            if (a.end() == b.start() && !a.entity().id().equals(b.entity().id()) && !placed) {
                found.add(text.substring(a.start(), b.end())); // 粤东西北地区: two names run together make a third
            }
        }
        for (Link link : links) {
            int close = bracketClosing(rest, link.end());
            if (close > 0) {
                int e = close + 1;
                while (e < rest.length() && isHan(rest.charAt(e))) {
                    e++;
                }
                String word = wordAfter(rest.substring(close + 1, e), false);
                if (!word.isEmpty()) {
                    found.add(text.substring(link.start(), close + 1) + word); // 西部（重庆）科学城
                }
            }
        }
        for (Link link : links) {
            String joiner = startOf(rest.substring(link.end()), JOINERS);
            if (joiner != null && !startsLongerWord(rest.substring(link.end()), joiner)) { // 和谁 is no joiner
                int e = link.end() + joiner.length();
                int end = e;
                while (end < rest.length() && isHan(rest.charAt(end))) {
                    end++;
                }
                String word = wordAfter(rest.substring(e, end), false);
                if (word.length() >= 2 && !cues.generic().contains(word)) {
                    found.add(word);
                }
            }
            int s = link.start();
            while (s > 0 && isHan(rest.charAt(s - 1))) {
                s--;
            }
            String before = rest.substring(s, link.start());
            String joinerBefore = JOINERS.stream().filter(before::endsWith)
                    .filter(j -> strippable.stream().noneMatch(w -> w.length() > j.length() && before.endsWith(w))) // 提及 is no joiner
                    .findFirst().orElse(null);
            if (joinerBefore != null) {
                String word = stripLeading(afterLastWord(before.substring(0, before.length() - joinerBefore.length())));
                if (word.length() >= 2 && !cues.generic().contains(word)) {
                    found.add(word);
                }
            }
        }
        return found;
    }

    /** Where the bracket right after {@code at} closes (（重庆）), or -1. */
    private static int bracketClosing(String rest, int at) {
        if (at >= rest.length() || rest.charAt(at) != '（' && rest.charAt(at) != '(') {
            return -1;
        }
        int close = rest.indexOf(rest.charAt(at) == '（' ? '）' : ')', at);
        return close > at && close - at <= 12 ? close : -1;
    }

    /** One subject per entity (革命老区…老区), and a province written right before its city says where that is (宁夏中卫). */
    private static List<Link> distinctEntities(List<Link> links) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Link> result = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            Link next = i + 1 < links.size() ? links.get(i + 1) : null;
            boolean placer = next != null && next.start() == l.end() && "Province".equals(l.entity().kind()) && "City".equals(next.entity().kind());
            if (!placer && seen.add(l.entity().id())) {
                result.add(l);
            }
        }
        return result;
    }

    private boolean startsLongerWord(String text, String joiner) {
        return strippable.stream().anyMatch(w -> w.length() > joiner.length() && text.startsWith(w));
    }

    private static final List<String> JOINERS = List.of("以及", "和", "与", "及", "、", "或", "跟", "同");

    /**
     * The characters right before a mechanism's name back to the last word of the question's vocabulary: a mechanism's
     * name grows by qualifiers (流域 + 横向生态保护补偿机制), so they make another mechanism.
     */
    private String qualifierBefore(String before) {
        for (int end = before.length(); end > 0; end--) {
            for (int len = 1; len <= Math.min(6, end); len++) {
                // one character is a word of the question only at the start or after another (向 of 纵向 is none)
                boolean standsAlone = len > 1 || end - 1 == 0 || endsWithWord(before.substring(0, end - 1));
                if (strippable.contains(before.substring(end - len, end)) && standsAlone) {
                    return before.substring(end);
                }
            }
        }
        return before;
    }

    private boolean endsWithWord(String text) {
        for (int len = 1; len <= Math.min(6, text.length()); len++) {
            if (strippable.contains(text.substring(text.length() - len))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters after a name up to the first word of the question's vocabulary: 两江新区 of 两江新区有哪些;
     * {@code throughFillers}: read on through fillers of two characters or more (创新 in 国际科技创新中心), never through 的.
     */
    private String wordAfter(String after, boolean throughFillers) {
        for (int i = 0; i < after.length(); i++) {
            String ending = throughFillers && i > 0 ? startOf(after.substring(i), cues.nameEndings()) : null;
            if (ending != null && ending.length() >= 2) {
                return after.substring(0, i + ending.length()); // 科技创新共同体: 共同 is no word of the question here
            }
            for (int len = Math.min(6, after.length() - i); len >= 1; len--) {
                String w = after.substring(i, i + len);
                boolean readOn = throughFillers && len >= 2 && cues.fillers().contains(w) && !notFillers.contains(w);
                if (strippable.contains(w) && !(len == 1 && cues.partOfName().contains(w)) && !readOn) { // 中 of 中关村 is no filler here
                    return after.substring(0, i);
                }
                if (readOn) {
                    i += len - 1;
                    break;
                }
            }
        }
        return after;
    }

    /** What follows the last word of two or more characters of the question's vocabulary: 服务火星 → 火星, 处在哪些 → "". */
    private String afterLastWord(String stem) {
        for (int end = stem.length(); end >= 2; end--) {
            for (int start = Math.max(0, end - 6); start <= end - 2; start++) {
                if (strippable.contains(stem.substring(start, end))) {
                    return stem.substring(end);
                }
            }
        }
        return stem;
    }

    private boolean onlyFillers(String stem) {
        String s = stem;
        while (!s.isEmpty()) {
            String word = startOf(s, cues.fillers());
            if (word == null) {
                return false;
            }
            s = s.substring(word.length());
        }
        return true;
    }

    private String stripLeading(String stem) {
        String s = stem;
        boolean stripped = true;
        while (stripped && !s.isEmpty()) {
            stripped = false;
            for (int len = Math.min(6, s.length()); len >= 1; len--) {
                if (strippable.contains(s.substring(0, len))) {
                    s = s.substring(len);
                    stripped = true;
                    break;
                }
            }
        }
        return s;
    }

    private boolean insideNotName(String rest, int p, String suffix) {
        for (String word : cues.notNames()) {
            for (int at = rest.indexOf(word); at >= 0 && at <= p; at = rest.indexOf(word, at + 1)) {
                if (p + suffix.length() <= at + word.length()) {
                    return true;
                }
            }
        }
        return false;
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

    /** Whether a cue is in the question, outside the words for kinds of area (合作区 holds no 合作). */
    private boolean has(String rest, Cue cue) {
        String text = rest;
        for (String word : cues.notNames()) {
            text = text.replace(word, "□".repeat(word.length()));
        }
        return containsAny(text, cues.cue(cue));
    }

    private static List<Link> ofType(List<Link> links, String type) {
        return links.stream().filter(l -> l.entity().type().equals(type)).toList();
    }

    private static String names(List<Link> links) {
        return String.join("、", links.stream().map(l -> l.entity().name()).distinct().toList());
    }

    private static boolean containsAny(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }

    private static int firstIndex(String text, List<String> words) {
        return words.stream().mapToInt(text::indexOf).filter(i -> i >= 0).min().orElse(-1);
    }

    private static boolean endsWithAny(String text, java.util.Collection<String> words) {
        return words.stream().anyMatch(text::endsWith);
    }

    private static String startOf(String text, List<String> words) {
        return words.stream().filter(text::startsWith).findFirst().orElse(null);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
