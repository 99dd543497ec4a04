package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;

/**
 * What a mechanism is for, stated as a purpose:
 * <ul>
 * <li>…建立产业园区共建机制，为东北全面振兴提供支撑 → the mechanism SUPPORTS 东北全面振兴 (regions there are served);</li>
 * <li>为深入实施区域协调发展战略，推动…，现就健全区际利益补偿机制提出如下意见 → the mechanism SUPPORTS each strategy of
 *     the opening purpose clauses.</li>
 * </ul>
 */
final class PurposeRules {

    private static final Pattern PROVIDES = Pattern.compile("为([^。；]{2,40}?)提供(?:[^，。；]{0,6})(?:支撑|保障|支持|动力|服务|制度保障)");

    private final EntityRegistry registry;
    private final RelationCollector out;

    PurposeRules(EntityRegistry registry, RelationCollector out) {
        this.registry = registry;
        this.out = out;
    }

    void apply(AnnotatedSentence s) {
        provides(s);
        openingPurpose(s);
    }

    private void provides(AnnotatedSentence s) {
        Matcher m = PROVIDES.matcher(s.text());
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            List<Mention> mechanisms = s.of(EntityType.Mechanism).stream().filter(x -> x.end() <= m.start()).toList();
            for (Mention target : s.mentions()) {
                if (target.start() >= start && target.end() <= end && target.type() != EntityType.Mechanism) {
                    mechanisms.forEach(mechanism -> relate(mechanism, target, s.id()));
                }
            }
        }
    }

    private void openingPurpose(AnnotatedSentence s) {
        String text = s.text();
        if (!text.startsWith("为")) {
            return;
        }
        List<Mention> mechanisms = s.of(EntityType.Mechanism);
        if (mechanisms.isEmpty()) {
            return;
        }
        int firstMechanismClause = Clauses.indexAt(text, mechanisms.get(0).start());
        if (firstMechanismClause == 0) {
            return; // 为完善…机制: the mechanism is the purpose itself
        }
        for (Mention strategy : s.of(EntityType.Strategy)) {
            if (Clauses.indexAt(text, strategy.start()) < firstMechanismClause) {
                mechanisms.forEach(mechanism -> relate(mechanism, strategy, s.id()));
            }
        }
    }

    private void relate(Mention mechanism, Mention target, String sentenceId) {
        Entity from = registry.get(mechanism.entityId());
        Entity to = registry.get(target.entityId());
        out.add(target.type() == EntityType.Region ? RelationType.SERVES : RelationType.SUPPORTS, from, to, Method.TRIGGER, sentenceId);
    }
}
