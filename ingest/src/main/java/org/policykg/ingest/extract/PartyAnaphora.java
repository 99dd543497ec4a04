package org.policykg.ingest.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.RegionKind;

/**
 * 两省, 三地, 双方 opening a clause: the parties a text named before, as many as the word counts (福建、广东两省签订协议。
 * 两省将同步健全跨省联防联治机制 → 福建, 广东). The last list of regions of that size, in this sentence or one before.
 */
final class PartyAnaphora {

    /** What a count of parties counts: 两省, 三省区, 两市, 三地… */
    static final String PARTY_KINDS = "省区市|省市|省区|省份|省|市|地|县|区";
    /** 两省, 三省区, 三地: a count of parties, as other rules find it inside longer text. */
    static final String COUNTED_PARTIES = "[两二三四五六七八九](?:" + PARTY_KINDS + ")";
    private static final Pattern PARTIES = Pattern.compile("^(?:([两二三四五六七八九])(" + PARTY_KINDS + ")|(双|三|各)方)");
    private static final Map<Character, Integer> COUNTS = Map.of('两', 2, '二', 2, '双', 2, '三', 3, '四', 4, '五', 5, '六', 6,
            '七', 7, '八', 8, '九', 9);

    /** What may stand before a clause's subject: a news dateline (新华社福州4月18日电（记者…）), an item number, a date or a word of time. */
    private static final Pattern SUBJECT_LEAD = Pattern.compile(
            "^(?:[^，。]{2,20}电(?:[（(][^）)]*[）)])?)?(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、)?(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:日前|近日|今年|去年|目前|此前|同时)?$");

    private final MentionRuns runs;
    private final EntityRegistry registry;
    private final java.util.Deque<List<Mention>> earlier = new java.util.ArrayDeque<>();

    PartyAnaphora(MentionRuns runs, EntityRegistry registry) {
        this.runs = runs;
        this.registry = registry;
    }

    /** The parties the words at {@code at} point back to, and where those words end; null when there are none. */
    Resolved at(AnnotatedSentence s, int at) {
        return at(s, at, false);
    }

    /**
     * As {@link #at(AnnotatedSentence, int)}; {@code anyListBefore}: a list earlier in this sentence counts even where it
     * does not open its clause (支持广西、贵州、云南三省区共建…，建立三省区…机制).
     */
    Resolved at(AnnotatedSentence s, int at, boolean anyListBefore) {
        Matcher m = PARTIES.matcher(s.text()).region(at, s.text().length());
        if (!m.lookingAt() || "各".equals(m.group(3))) {
            return null;
        }
        int count = COUNTS.get((m.group(1) != null ? m.group(1) : m.group(3)).charAt(0));
        // 两省 counts provinces, 两市 cities (汀江流经潮州市、汕头市 is no pair of provinces); 两地 and 双方 any parties
        java.util.function.Predicate<Mention> kind = m.group(2) == null || m.group(2).equals("地") ? r -> true
                : m.group(2).startsWith("省") ? r -> registry.get(r.entityId()).kind() == RegionKind.Province
                // 两区, 两县 count districts or counties (or zones), not cities such as 吴忠、石嘴山
                : m.group(2).equals("区") || m.group(2).equals("县") ? r -> registry.get(r.entityId()).name().endsWith(m.group(2))
                : r -> registry.get(r.entityId()).kind() == RegionKind.City;
        java.util.function.Predicate<List<Mention>> fits = run -> run.size() == count && run.stream().allMatch(kind);
        List<Mention> parties = null;
        for (List<Mention> run : regionRuns(s, !anyListBefore)) {
            if (run.get(run.size() - 1).end() <= at && fits.test(run)) {
                parties = run;
            }
        }
        if (parties == null) {
            parties = earlier.stream().filter(fits).findFirst().orElse(null);
        }
        return parties == null ? null : new Resolved(parties, m.end());
    }

    /** Remembers the sentence's lists of regions, for the words that point back to them later. */
    void remember(AnnotatedSentence s) {
        regionRuns(s, true).forEach(earlier::addFirst); // the latest first
    }

    /**
     * The lists of regions of the sentence; {@code subjectsOnly}: those that open their clause, as its subject
     * (福建省与广东省18日签署…; not 流经潮州市、汕头市).
     */
    private List<List<Mention>> regionRuns(AnnotatedSentence s, boolean subjectsOnly) {
        String text = s.text();
        return runs.of(s).stream().filter(run -> run.get(0).type() == EntityType.Region)
                .filter(run -> !subjectsOnly
                        || SUBJECT_LEAD.matcher(text.substring(Clauses.startOf(text, run.get(0).start()), run.get(0).start())).matches()
                        || counted(text, run)) // 地跨湖南、江西两省: a list its count closes is one set of parties wherever it stands
                .map(run -> run.stream().filter(distinctIds()).toList()).filter(run -> run.size() >= 2).toList();
    }

    private static boolean counted(String text, List<Mention> run) {
        Matcher m = PARTIES.matcher(text).region(run.get(run.size() - 1).end(), text.length());
        return m.lookingAt() && m.group(1) != null && COUNTS.get(m.group(1).charAt(0)) == run.size();
    }

    private static java.util.function.Predicate<Mention> distinctIds() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return m -> seen.add(m.entityId());
    }

    record Resolved(List<Mention> parties, int end) {
    }
}
