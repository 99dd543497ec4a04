package org.policykg.api.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.policykg.api.ask.AskCues.Cue;
import org.policykg.api.ask.Linker.Link;

/**
 * The question's own vocabulary ({@link AskCues}): which words are read past, where a word of the question starts and
 * ends around a name, and what is asked for next to a question word. Shared by {@link QuestionReader} and
 * {@link UnknownNames}.
 */
final class QuestionWords {

    private static final String NUMERALS = "一二两三四五六七八九十百千几";
    /** The cues of a relation stated between two names (A覆盖B, A与B合作). */
    private static final List<Cue> CLAIM_CUES = List.of(Cue.SERVES, Cue.SUPPORTS, Cue.COVERS, Cue.COOPERATES, Cue.ASSISTS, Cue.WHOLE);
    private static final Pattern JOINED = Pattern.compile("\\s*(?:与|和|同|跟|及)\\s*");

    private final AskCues cues;
    private final Set<String> strippable;
    /** The question's vocabulary but its fillers: cues, question words, asked words (属于 is a filler and a cue). */
    private final Set<String> notFillers;

    QuestionWords(AskCues cues) {
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
    }

    /** Every word of the question's vocabulary, fillers included. */
    Set<String> strippable() {
        return strippable;
    }

    boolean askedAt(String rest, String word, int at) {
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
        String beforeGeneric = withoutTrailingGeneric(before); // …的全部战略, …针对的所有地区
        return beforeGeneric.endsWith("的") && (linker != null || after.replaceAll("[\\p{P}\\s吗呢]", "").isEmpty());
    }

    /** The text without the quantifying words it ends with (全部, 所有, 各): …的全部 → …的. */
    private String withoutTrailingGeneric(String text) {
        for (String word : cues.generic()) {
            if (word.length() >= 2 && text.endsWith(word)) {
                return text.substring(0, text.length() - word.length());
            }
        }
        return text;
    }

    /** Whether a relation's cue word stands between two names (A覆盖B, A服务于B) or after two joined ones (A与B合作): a claim. */
    boolean claimBetween(String rest, Link a, Link b) {
        String between = rest.substring(a.end(), Math.max(a.end(), b.start()));
        // 镇江与南京合作: two names joined, then the cue of a relation between them
        String after = JOINED.matcher(between).matches() ? rest.substring(b.end()).replaceFirst("^(?:之间|间|的)", "") : "";
        return CLAIM_CUES.stream().anyMatch(cue -> containsAny(between, cues.cue(cue)) || startOf(after, cues.cue(cue)) != null);
    }

    boolean startsLongerWord(String text, String joiner) {
        return strippable.stream().anyMatch(w -> w.length() > joiner.length() && text.startsWith(w));
    }

    /**
     * The characters right before a mechanism's name back to the last word of the question's vocabulary: a mechanism's
     * name grows by qualifiers (流域 + 横向生态保护补偿机制), so they make another mechanism.
     */
    String qualifierBefore(String before) {
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

    boolean endsWithWord(String text) {
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
    String wordAfter(String after, boolean throughFillers) {
        for (int i = 0; i < after.length(); i++) {
            String ending = throughFillers && i > 0 ? startOf(after.substring(i), cues.nameEndings()) : null;
            if (ending != null && ending.length() >= 2) {
                return after.substring(0, i + ending.length()); // 科技创新共同体: 共同 is no word of the question here
            }
            for (int len = Math.min(6, after.length() - i); len >= 1; len--) {
                String w = after.substring(i, i + len);
                boolean readOn = throughFillers && len >= 2 && cues.fillers().contains(w) && !notFillers.contains(w);
                // one character after a numeral is a measure, no word of the question (年 of 三年行动计划, 省 of 三省)
                boolean standsAlone = len > 1 || i == 0 || NUMERALS.indexOf(after.charAt(i - 1)) < 0;
                if (strippable.contains(w) && standsAlone && !(len == 1 && cues.partOfName().contains(w)) && !readOn) { // 中 of 中关村 is no filler here
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
    String afterLastWord(String stem) {
        for (int end = stem.length(); end >= 2; end--) {
            for (int start = Math.max(0, end - 6); start <= end - 2; start++) {
                if (strippable.contains(stem.substring(start, end))) {
                    return stem.substring(end);
                }
            }
        }
        return stem;
    }

    boolean onlyFillers(String stem) {
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

    String stripLeading(String stem) {
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

    static boolean containsAny(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }

    static int firstIndex(String text, List<String> words) {
        return words.stream().mapToInt(text::indexOf).filter(i -> i >= 0).min().orElse(-1);
    }

    static boolean endsWithAny(String text, java.util.Collection<String> words) {
        return words.stream().anyMatch(text::endsWith);
    }

    static String startOf(String text, List<String> words) {
        return words.stream().filter(text::startsWith).findFirst().orElse(null);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
