package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;

/**
 * A mechanism tried out first in some places is then rolled out to others: 先在葫芦岛试点，运行成熟后再向朝阳、阜新推广;
 * 首先在深圳、广州试行，再逐步推广至珠三角九市. The places it is rolled out to are served as the pilot places are.
 */
final class PilotRollout {

    /** What may open the clause of the roll-out: a condition ending in 后, then adverbs only. */
    private static final String LEAD = "^(?:[^，；。]{0,8}后)?(?:再|逐步|然后|并|还|将|要|可|进一步|全面|分批|有序|稳步)*";
    /** 向朝阳、阜新推广: the places between 向 and the verb. */
    private static final Pattern TOWARDS = Pattern.compile(LEAD + "向$");
    private static final Pattern TOWARDS_VERB = Pattern.compile("^(?:等地|等)?(?:全面|逐步)?(?:推广|复制|拓展|延伸|铺开)");
    /** 推广至珠三角九市: the verb, then the places. */
    private static final Pattern VERB_TO = Pattern.compile(LEAD + "(?:推广|复制|拓展|延伸|扩大|扩展)(?:至|到)$");
    /** How many clauses after the pilot the roll-out may come. */
    private static final int REACH = 2;

    private PilotRollout() {
    }

    /** The places of the clauses after {@code pilot} (the run of pilot places) that the mechanism is rolled out to. */
    static List<Mention> after(AnnotatedSentence s, List<Mention> pilot, MentionRuns runs) {
        if (pilot.isEmpty()) {
            return List.of();
        }
        String text = s.text();
        int pilotClause = Clauses.indexAt(text, pilot.get(pilot.size() - 1).start());
        for (List<Mention> run : runs.of(s)) {
            Mention first = run.get(0);
            Mention last = run.get(run.size() - 1);
            int clause = Clauses.indexAt(text, first.start());
            if (first.type() != EntityType.Region || first.start() <= pilot.get(pilot.size() - 1).end()
                    || clause <= pilotClause || clause > pilotClause + REACH) {
                continue;
            }
            String lead = text.substring(Clauses.startOf(text, first.start()), first.start());
            if (VERB_TO.matcher(lead).matches()
                    || TOWARDS.matcher(lead).matches() && TOWARDS_VERB.matcher(text.substring(last.end())).lookingAt()) {
                return run;
            }
        }
        return List.of();
    }
}
