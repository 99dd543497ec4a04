package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;

/**
 * 以上三项机制, 这些机制, 上述机制: words that point back to mechanisms named before. They stand for those mechanisms
 * (the last mechanisms named, as many as the words count, else those of the last sentence that named any) and never
 * become an entity. Keeps the document's mechanisms in the order they were named.
 */
final class MechanismAnaphora {

    private static final Map<Character, Integer> NUMERALS = Map.of('两', 2, '二', 2, '三', 3, '四', 4, '五', 5, '六', 6,
            '七', 7, '八', 8, '九', 9, '十', 10);

    /** 以上各项机制, 上述所有机制: every mechanism the section has named. */
    private static final java.util.regex.Pattern ALL = java.util.regex.Pattern.compile("各|所有|全部");

    private final RuleBook rules;
    private final Map<String, Mention> recent = new LinkedHashMap<>();
    /** The mechanisms named so far in each top-level section, for 以上各项机制 (all of them). */
    private final Map<String, Map<String, Mention>> bySection = new java.util.HashMap<>();
    private List<Mention> lastSentence = List.of();
    /** The text of the current paragraph before the sentence being resolved, and that paragraph's number. */
    private String paragraphSoFar = "";
    private int lastParagraph = -1;
    private String lastSentenceSection;
    private int lastSentenceParagraph;
    /** The mechanisms named so far under each section's parent: the sections of one level (3.1, 3.2, 3.3 under 3). */
    private final Map<String, Map<String, Mention>> byParent = new java.util.HashMap<>();
    private final java.util.function.UnaryOperator<String> parentOf;
    /** The mechanisms that headings of one level name, one each, by their parent section (4.1–4.4 under 4). */
    private final Map<String, Map<String, Mention>> headingsByParent = new java.util.HashMap<>();
    private String lastHeadingParent;
    /** The mechanisms named so far in each section itself (第五节: its heading's and its paragraphs'). */
    private final Map<String, Map<String, Mention>> byOwnSection = new java.util.HashMap<>();
    /** 总体看，上述机制…: a sentence that sums up speaks of the sections before, even at the end of the last one. */
    private static final java.util.regex.Pattern SUMS_UP = java.util.regex.Pattern.compile(
            "^\\s*(?:总体看|总体来看|总的来看|总的来说|整体来看|综上所述|综上|总之|概括而言)[，,]");
    private static final java.util.regex.Pattern FRAME_AFTER = java.util.regex.Pattern.compile("^(?:之下|框架下|框架内|下设)");
    /** Words of 上述X机制 that name no particular mechanism: every cooperation or coordination mechanism is one. */
    private static final java.util.Set<String> GENERIC_HEADS = java.util.Set.of("合作", "协作", "协调", "工作", "协同", "政策", "制度");
    /** 这些机制, 上述机制: plural, unlike 该机制 and 此机制. */
    private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile("^(?:以上|上述|前述|这些)");

    /** @param parentOf a section's parent section, or null */
    MechanismAnaphora(RuleBook rules, java.util.function.UnaryOperator<String> parentOf) {
        this.rules = rules;
        this.parentOf = parentOf;
    }

    /**
     * The mentions of one sentence with each anaphor replaced by mentions of its antecedents; {@code section} is the
     * top-level section the sentence is in, {@code ownSection} the section it is in, {@code heading} whether the sentence is
     * that section's heading (3.1 资金共筹机制).
     */
    List<Mention> resolve(String text, List<Mention> mentions, String section, String ownSection, int paragraph, boolean heading) {
        if (paragraph != lastParagraph) {
            paragraphSoFar = "";
            lastParagraph = paragraph;
        }
        Map<String, Mention> sectionMechanisms = bySection.computeIfAbsent(section, k -> new LinkedHashMap<>());
        List<Mention> result = new ArrayList<>(mentions);
        Matcher m = rules.anaphora().matcher(text);
        List<Mention> named = new ArrayList<>();
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            List<Mention> earlier = mentions.stream().filter(x -> x.type() == EntityType.Mechanism && x.end() <= start).toList();
            String head = m.group("head");
            // 上述合作机制 where no mechanism named before holds 合作: a word any mechanism may be, read as 上述机制
            boolean generic = head != null && GENERIC_HEADS.contains(head) && named(head, earlier).isEmpty();
            if (generic) {
                head = null;
            }
            List<Mention> antecedents = head != null ? named(head, earlier)
                    : ALL.matcher(m.group()).find() && !sectionMechanisms.isEmpty()
                    ? java.util.stream.Stream.concat(sectionMechanisms.values().stream(), earlier.stream()).filter(distinctBy()).toList()
                    : antecedents(m.group(), earlier, SUMS_UP.matcher(text).lookingAt() ? null : ownSection, paragraph);
            antecedents = byTopic(m.group(), antecedents, paragraphSoFar + text.substring(0, start));
            if (antecedents.isEmpty() && head != null) {
                continue; // 上述X机制 with no X机制 named before: no anaphor
            }
            result.removeIf(x -> x.start() < end && x.end() > start); // the anaphor, or a phrase built around it
            for (Mention a : antecedents) {
                Mention stand = new Mention(a.sentenceId(), a.entityId(), a.type(), m.group(), start, end, Method.COMPOSITE);
                result.add(stand);
                named.add(stand);
            }
        }
        result.sort(java.util.Comparator.comparingInt(Mention::start).thenComparing(Mention::entityId));
        List<Mention> own = result.stream().filter(x -> x.type() == EntityType.Mechanism && !named.contains(x)).toList();
        own.forEach(x -> {
            recent.remove(x.entityId());
            recent.put(x.entityId(), x);
            sectionMechanisms.putIfAbsent(x.entityId(), x);
            byOwnSection.computeIfAbsent(String.valueOf(ownSection), k -> new LinkedHashMap<>()).putIfAbsent(x.entityId(), x);
            byParent.computeIfAbsent(String.valueOf(parentOf.apply(ownSection)), k -> new LinkedHashMap<>()).putIfAbsent(x.entityId(), x);
        });
        if (heading && own.size() == 1) {
            String parent = String.valueOf(parentOf.apply(ownSection));
            headingsByParent.computeIfAbsent(parent, k -> new LinkedHashMap<>()).putIfAbsent(own.get(0).entityId(), own.get(0));
            lastHeadingParent = parent;
        }
        // 在深港合作会议机制之下增设…机制: the frame the new mechanisms are set up under is not one of them
        List<Mention> pointable = own.stream().filter(x -> !FRAME_AFTER.matcher(text.substring(x.end())).lookingAt()).toList();
        if (!pointable.isEmpty()) {
            lastSentence = pointable;
            lastSentenceSection = ownSection;
            lastSentenceParagraph = paragraph;
        }
        paragraphSoFar += text;
        return result.stream().map(x -> named.contains(x) ? withSentence(x, mentions) : x).toList();
    }

    /**
     * 三部分构成：A机制、B机制和C机制。¶ 先看A。…该机制面向…: a singular anaphor among several candidates stands for the one
     * whose topic (its name without 机制) its paragraph has spoken of, when exactly one such is.
     */
    private static List<Mention> byTopic(String anaphor, List<Mention> antecedents, String context) {
        if (antecedents.size() < 2 || PLURAL.matcher(anaphor).lookingAt() || anaphor.chars().anyMatch(c -> NUMERALS.containsKey((char) c))) {
            return antecedents;
        }
        List<Mention> spokenOf = antecedents.stream().filter(distinctBy()).filter(a -> {
            String topic = a.surface().endsWith("机制") ? a.surface().substring(0, a.surface().length() - 2) : a.surface();
            return topic.length() >= 2 && context.contains(topic);
        }).toList();
        return spokenOf.size() == 1 ? spokenOf : antecedents;
    }

    /** @param section the sentence's own section, or null for a sentence that sums up the sections before */
    private List<Mention> antecedents(String anaphor, List<Mention> earlierInSentence, String section, int paragraph) {
        int count = 0;
        for (char c : anaphor.toCharArray()) {
            count = Math.max(count, NUMERALS.getOrDefault(c, 0));
        }
        if (!earlierInSentence.isEmpty() && (count == 0 || earlierInSentence.size() >= count)) {
            List<Mention> distinct = earlierInSentence.stream().filter(distinctBy()).toList();
            return count == 0 ? distinct : distinct.subList(Math.max(0, distinct.size() - count), distinct.size());
        }
        // 4.1 A机制 … 4.4 D机制 (each with parts of its own), then 上述四项机制: the mechanisms of as many sibling headings
        Map<String, Mention> headings = headingsByParent.get(lastHeadingParent);
        if (count > 1 && headings != null && headings.size() == count) {
            return new ArrayList<>(headings.values());
        }
        if (count > 0) {
            List<Mention> all = new ArrayList<>(recent.values());
            return all.subList(Math.max(0, all.size() - count), all.size());
        }
        // 3.1 A机制 … 3.3 C机制, then in the conclusion 这些机制: a plural anaphor in a later section stands for every
        // mechanism the sections of the last one's level named, not only the last heading's
        Map<String, Mention> before = byParent.get(String.valueOf(parentOf.apply(lastSentenceSection)));
        if (lastSentence.size() == 1 && PLURAL.matcher(anaphor).lookingAt() && !java.util.Objects.equals(section, lastSentenceSection)
                && before != null && before.size() > 1) {
            return new ArrayList<>(before.values());
        }
        // 完善A机制。… ¶ 健全B机制。… ¶ 上述机制要…: a plural anaphor opening a paragraph after one that named one mechanism
        // stands for every mechanism its section has named
        Map<String, Mention> own = byOwnSection.get(String.valueOf(section));
        if (lastSentence.size() == 1 && PLURAL.matcher(anaphor).lookingAt() && java.util.Objects.equals(section, lastSentenceSection)
                && paragraph != lastSentenceParagraph
                && own != null && own.size() > 1) {
            return new ArrayList<>(own.values());
        }
        return lastSentence;
    }

    /** 上述联席会议机制: the mechanisms named before (in the sentence, else recently) whose names hold the head words. */
    private List<Mention> named(String head, List<Mention> earlierInSentence) {
        List<Mention> inSentence = earlierInSentence.stream().filter(x -> x.surface().contains(head)).filter(distinctBy()).toList();
        return !inSentence.isEmpty() ? inSentence : recent.values().stream().filter(x -> x.surface().contains(head)).toList();
    }

    private static java.util.function.Predicate<Mention> distinctBy() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return m -> seen.add(m.entityId());
    }

    /** An antecedent from an earlier sentence, re-anchored in this one. */
    private static Mention withSentence(Mention m, List<Mention> mentions) {
        String sentenceId = mentions.isEmpty() ? m.sentenceId() : mentions.get(0).sentenceId();
        return new Mention(sentenceId, m.entityId(), m.type(), m.surface(), m.start(), m.end(), m.method());
    }
}
