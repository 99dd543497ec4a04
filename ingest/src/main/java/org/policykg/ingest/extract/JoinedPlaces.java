package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;

/**
 * Regions that join a mechanism in ways other than setting it up, each served by it: where it is tried out before its
 * name (在横琴先行试点…机制), who takes part after the one who leads (由乌海市牵头，石嘴山市、阿拉善盟共同参与), and who is
 * brought into it (将辽西地区纳入…机制).
 */
final class JoinedPlaces {

    private static final Pattern PILOT_BEFORE = Pattern.compile("^(?:等地)?(?:率先|先行|优先)?(?:试点|试行|推行|探索|先行先试)(?:建立)?$");
    private static final Pattern TAKE_PART = Pattern.compile("^(?:等)?(?:[两二三四五六七八九十]+(?:地|市|省区|省|盟市))?(?:共同|积极)?参与");
    /** Between the regions and the mechanism whose scope they join: 将辽西地区纳入…机制, 把A、B两市整体纳入…机制. */
    private static final Pattern INCLUDED_GAP = Pattern.compile("^(?:等(?:地区|城市|地)?)?(?:[两二三四五六七八九十]+个?(?:"
            + PartyAnaphora.PARTY_KINDS + "))?(?:全部|整体|统一|逐步|正式|一并|也|均)?纳入(?:到)?$");

    private JoinedPlaces() {
    }

    /** 在河套合作区先行试点…机制: the places where a mechanism named after the verb is tried out. */
    static List<Mention> pilotedIn(AnnotatedSentence s, Mention mechanism, MentionRuns runs) {
        String text = s.text();
        for (List<Mention> run : runs.of(s)) {
            Mention last = run.get(run.size() - 1);
            if (last.type() == EntityType.Region && last.end() <= mechanism.start() && run.get(0).start() > 0
                    && text.charAt(run.get(0).start() - 1) == '在' && PILOT_BEFORE.matcher(text.substring(last.end(), mechanism.start())).matches()) {
                return run;
            }
        }
        return List.of();
    }

    /**
     * …机制，由乌海市牵头，石嘴山市、阿拉善盟共同参与: the regions that take part, in the clause after the one naming who leads.
     */
    static List<Mention> joiningAfter(AnnotatedSentence s, Mention mechanism, MentionRuns runs) {
        String text = s.text();
        int clause = Clauses.indexAt(text, mechanism.start());
        for (List<Mention> run : runs.of(s)) {
            Mention first = run.get(0);
            Mention last = run.get(run.size() - 1);
            int runClause = Clauses.indexAt(text, first.start());
            if (first.type() == EntityType.Region && runClause > clause && runClause <= clause + 2
                    && first.start() == Clauses.startOf(text, first.start()) && TAKE_PART.matcher(text.substring(last.end())).lookingAt()
                    && text.substring(mechanism.end(), Clauses.startOf(text, first.start())).matches("[，,]由[^，。；]{2,16}牵头[，,]")) {
                return run;
            }
        }
        return List.of();
    }

    /** 将辽西地区纳入京津冀大气污染联防联控机制: the regions brought into a mechanism's scope. */
    static List<Mention> includedIn(AnnotatedSentence s, Mention mechanism, MentionRuns runs) {
        String text = s.text();
        for (List<Mention> run : runs.of(s)) {
            Mention last = run.get(run.size() - 1);
            if (last.type() == EntityType.Region && last.end() <= mechanism.start()
                    && INCLUDED_GAP.matcher(text.substring(last.end(), mechanism.start())).matches()) {
                return run;
            }
        }
        return List.of();
    }
}
