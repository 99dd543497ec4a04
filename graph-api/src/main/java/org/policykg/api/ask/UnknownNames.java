package org.policykg.api.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policykg.api.ask.Linker.Link;

/**
 * Names a question holds that the graph lacks, so that it is refused rather than answered for another name: a
 * name-shaped word of no entity (火星地区), a longer name around a linked one (中西部地区, 重庆两江新区, 沂蒙革命老区,
 * 北京CBD, 西部（重庆）科学城, …机制（试行）), and names joined to a linked one (服务西安和西部地区) or run together (粤东西北地区).
 */
final class UnknownNames {

    private static final String MECHANISM = QuestionReader.MECHANISM;
    /** Endings of a mechanism's or strategy's name: a name made of cue words (协作机制) still names one. */
    private static final Set<String> TYPE_SUFFIXES = Set.of("机制", "战略");

    private final AskCues cues;
    private final QuestionWords words;
    private final List<String> asksWords;

    UnknownNames(AskCues cues, QuestionWords words) {
        this.cues = cues;
        this.words = words;
        this.asksWords = cues.asks().values().stream().flatMap(List::stream).toList();
    }

    /** The names of {@code text} (masked as {@code rest}, its {@code links} the names the graph holds) the graph lacks. */
    List<String> in(String text, String rest, List<Link> links) {
        List<String> found = new ArrayList<>(unknownNames(rest));
        found.addAll(longerNames(text, rest, links));
        found.addAll(coordinated(text, rest, links));
        return found;
    }

    /**
     * Name-shaped words the graph lacks: a word ending like a name (地区, 省, 机制 …) whose stem is not made of
     * question words and fillers (哪些地区, 各省, 服务东北的机制 are no names; 火星地区, 对口支援机制 are).
     */
    private List<String> unknownNames(String rest) {
        List<String> found = new ArrayList<>();
        for (int p = 0; p < rest.length(); p++) {
            for (String suffix : cues.nameSuffixes()) {
                if (!rest.startsWith(suffix, p)) {
                    continue;
                }
                if (!insideNotName(rest, p, suffix) && !words.askedAt(rest, suffix, p) && !askedEndingAt(rest, p + suffix.length())) {
                    int s = p;
                    while (s > 0 && QuestionWords.isHan(rest.charAt(s - 1))) {
                        s--;
                    }
                    String stem = rest.substring(s, p);
                    while (stem.endsWith("的") || stem.endsWith("之")) {
                        stem = stem.substring(0, stem.length() - 1);
                    }
                    String name = words.stripLeading(words.afterLastWord(stem));
                    boolean asked = QuestionWords.containsAny(stem, cues.questionWords()) || QuestionWords.containsAny(stem, cues.countWords());
                    if (!name.isEmpty() && !cues.generic().contains(name)) {
                        found.add(name + suffix);
                    } else if (name.isEmpty() && !stem.isEmpty() && !asked && TYPE_SUFFIXES.contains(suffix) && !words.onlyFillers(stem)
                            && !QuestionWords.endsWithAny(stem, cues.generic()) && !QuestionWords.endsWithAny(stem, cues.linkers()) && !QuestionWords.endsWithAny(stem, asksWords)) {
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
            if (start >= 0 && rest.startsWith(word, start) && words.askedAt(rest, word, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names the graph lacks that end in one it holds: 中西部地区 is no 西部地区. A linked name must follow a word of the
     * question (服务, 和, 对 …) or no Chinese at all.
     */
    private List<String> longerNames(String text, String rest, List<Link> links) {
        List<String> found = new ArrayList<>();
        for (Link link : links) {
            int s = link.start();
            while (s > 0 && QuestionWords.isHan(rest.charAt(s - 1))) {
                s--;
            }
            int from = link.end(); // 「長江」黃金水道, 雄安新区 起步区, 东北全面振兴“十五五”规划: quotes and spaces do not end a name
            while (from < rest.length() && (QUOTES.indexOf(rest.charAt(from)) >= 0 || Character.isWhitespace(rest.charAt(from)))) {
                from++;
            }
            int e = from;
            while (e < rest.length() && QuestionWords.isHan(rest.charAt(e))) {
                e++;
            }
            String after = rest.substring(from, e);
            int letters = from;
            while (letters < rest.length() && (rest.charAt(letters) < 128 && Character.isLetterOrDigit(rest.charAt(letters)))) {
                letters++;
            }
            if (letters > from) {
                found.add(text.substring(link.start(), link.end()) + text.substring(from, letters)); // 北京CBD is no 北京
                continue;
            }
            String continuation = QuestionWords.startOf(after, cues.nameContinuations());
            if (continuation != null) {
                found.add(text.substring(link.start(), link.end()) + text.substring(from, from + continuation.length())); // 东北亚 is no 东北; 南京都市圈 is no 南京
                continue;
            }
            String word = words.wordAfter(after, false);
            if (word.length() >= 2 && !cues.generic().contains(word)) {
                found.add(text.substring(link.start(), link.end()) + word); // 东西部协作产业基金: after a mechanism, any word of no cue
                continue;
            }
            if (!QuestionWords.endsWithAny(word, cues.nameEndings())) {
                word = words.wordAfter(after, true); // 国际科技创新中心: a name may hold words such as 创新
            }
            if (!word.isEmpty() && QuestionWords.endsWithAny(word, cues.nameEndings())) {
                found.add(text.substring(link.start(), link.end()) + word); // 重庆两江新区 is no 重庆
                continue;
            }
            String placeAfterFiller = afterOneCharacterFiller(after);
            if (placeAfterFiller != null) {
                found.add(text.substring(link.start(), link.end()) + placeAfterFiller); // 上海自贸区 is no 上海
                continue;
            }
            String before = rest.substring(s, link.start());
            String qualifier = words.qualifierBefore(before);
            boolean nameLike = qualifier.codePoints().noneMatch(c -> cues.notInNames().indexOf(c) >= 0); // 我在做…, 想了解… are the asker's words
            if (!nameLike || !link.entity().type().equals(MECHANISM) && (qualifier.length() < 2 || cues.generic().contains(qualifier))) {
                qualifier = ""; // 沂蒙革命老区 is no 革命老区; one character (中西部) is read by partOfName below
            }
            if (!qualifier.isEmpty()) {
                found.add(qualifier + text.substring(link.start(), link.end())); // 流域横向生态保护补偿机制 is no 横向…机制
                continue;
            }
            boolean wordEnds = words.strippable().stream().anyMatch(w -> w.length() >= 2 && before.endsWith(w)); // 目前 is a word, no 前
            if (QuestionWords.endsWithAny(before, cues.partOfName()) && !wordEnds) {
                String prefix = words.stripLeading(before);
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
            if (a.end() == b.start() && !a.entity().id().equals(b.entity().id()) && !a.placesCity(b)) { // 宁夏中卫: where 中卫 is
                found.add(text.substring(a.start(), b.end())); // 粤东西北地区: two names run together make a third
            }
        }
        for (Link link : links) {
            int close = bracketClosing(rest, link.end());
            if (close > 0) {
                int e = close + 1;
                while (e < rest.length() && QuestionWords.isHan(rest.charAt(e))) {
                    e++;
                }
                String word = words.wordAfter(rest.substring(close + 1, e), false);
                found.add(text.substring(link.start(), close + 1) + word); // 西部（重庆）科学城, 某机制（试行）: a bracket makes another name
            }
        }
        for (Link link : links) {
            String joiner = QuestionWords.startOf(rest.substring(link.end()), JOINERS);
            if (joiner != null && !words.startsLongerWord(rest.substring(link.end()), joiner)) { // 和谁 is no joiner
                int e = link.end() + joiner.length();
                int end = e;
                while (end < rest.length() && QuestionWords.isHan(rest.charAt(end))) {
                    end++;
                }
                String word = words.wordAfter(rest.substring(e, end), false);
                if (word.length() >= 2 && !cues.generic().contains(word)) {
                    found.add(word);
                }
            }
            int s = link.start();
            while (s > 0 && QuestionWords.isHan(rest.charAt(s - 1))) {
                s--;
            }
            String before = rest.substring(s, link.start());
            String joinerBefore = JOINERS.stream().filter(before::endsWith)
                    .filter(j -> words.strippable().stream().noneMatch(w -> w.length() > j.length() && before.endsWith(w))) // 提及 is no joiner
                    .findFirst().orElse(null);
            if (joinerBefore != null) {
                String word = words.stripLeading(words.afterLastWord(before.substring(0, before.length() - joinerBefore.length())));
                if (word.length() >= 2 && !cues.generic().contains(word)) {
                    found.add(word);
                }
            }
        }
        return found;
    }

    /**
     * 上海自贸区临港新片区: a one-character word of the question right after a name (自, 在, 对 …) may be the first
     * character of a longer name, when the word it opens runs on to a place's ending (自贸区); 湖北在西部地区 is none.
     */
    private String afterOneCharacterFiller(String after) {
        if (after.length() < 3 || !words.strippable().contains(after.substring(0, 1))) {
            return null;
        }
        String word = words.wordAfter(after.substring(1), false);
        String candidate = after.charAt(0) + word;
        return word.length() >= 2 && QuestionWords.endsWithAny(candidate, cues.nameEndings()) ? candidate : null;
    }

    /** Where the bracket right after {@code at} closes (（重庆）), or -1. */
    private static int bracketClosing(String rest, int at) {
        if (at >= rest.length() || rest.charAt(at) != '（' && rest.charAt(at) != '(') {
            return -1;
        }
        int close = rest.indexOf(rest.charAt(at) == '（' ? '）' : ')', at);
        return close > at && close - at <= 12 ? close : -1;
    }

    private static final String QUOTES = "「」『』“”‘’《》〈〉\"'";

    private static final List<String> JOINERS = List.of("以及", "和", "与", "及", "、", "或", "跟", "同");

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
}
