package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;

/**
 * Where a strategy is carried out: 在黔中城市群深入推进西部大开发, 要在辽宁沿海经济带率先推进东北全面振兴 → the strategy
 * TARGETS the regions between 在 and the verb that carries it out; 助力甘肃省全面实施乡村振兴战略 → the regions that carry
 * it out, as the subject of the verb.
 */
final class CarriedOutIn {

    /** 在 + the place + an adverb and a verb of carrying out, right before the strategy (within its clause). */
    private static final Pattern IN_PLACE = Pattern.compile(
            "在([^，。；：、]{2,24}?)(?:率先|深入|全面|加快|大力|持续|积极|着力|进一步)?(?:推进|实施|落实|推动|贯彻落实|贯彻)(?:新时代)?(?:推进|推动)?$");
    /** The same where the strategy's mention holds the verb (在黔中城市群深入 + 推进西部大开发形成新格局). */
    private static final Pattern IN_PLACE_BEFORE_VERB = Pattern.compile(
            "在([^，。；：、]{2,24}?)(?:率先|深入|全面|加快|大力|持续|积极|着力|进一步)?$");
    /** The places as the verb's subject: opening the clause or after a verb of helping (助力甘肃省全面实施…). */
    private static final Pattern BY_PLACE = Pattern.compile(
            "^(?:要|将|并)?(?:助力|支持|帮助|推动|鼓励|指导|引导)?([^，。；：]{2,24}?)(?:率先|深入|全面|加快|大力|持续|积极|着力|进一步)?(?:推进|实施|落实|贯彻落实)$");
    private static final Pattern OPENS_WITH_VERB = Pattern.compile("^(?:推进|推动|实施|落实|促进)");

    private final EntityRegistry registry;
    private final RelationCollector out;

    CarriedOutIn(EntityRegistry registry, RelationCollector out) {
        this.registry = registry;
        this.out = out;
    }

    void apply(AnnotatedSentence s) {
        String text = s.text();
        for (Mention strategy : s.of(EntityType.Strategy)) {
            int clauseStart = Clauses.startOf(text, strategy.start());
            String before = text.substring(clauseStart, strategy.start());
            Matcher m = OPENS_WITH_VERB.matcher(strategy.surface()).lookingAt() ? IN_PLACE_BEFORE_VERB.matcher(before) : IN_PLACE.matcher(before);
            if (!m.find()) {
                m = BY_PLACE.matcher(before);
                if (!m.find()) {
                    continue;
                }
            }
            int from = clauseStart + m.start(1);
            int to = clauseStart + m.end(1);
            List<Mention> places = s.of(EntityType.Region).stream().filter(r -> r.start() >= from && r.end() <= to).toList();
            // only places stand there (在重庆主持召开的…座谈会 is no place a strategy is carried out in)
            if (places.isEmpty() || !MentionRuns.withoutMentions(text, places, from, to).matches("[、和及与]*")) {
                continue;
            }
            places.forEach(place -> out.add(RelationType.TARGETS, registry.get(strategy.entityId()), registry.get(place.entityId()),
                    Method.TRIGGER, s.id()));
        }
    }
}
