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
 *     the opening purpose clauses;</li>
 * <li>上述机制…，也被视为衔接乡村振兴战略的关键支撑 → the mechanisms before SUPPORT the strategies of the role phrase.</li>
 * </ul>
 */
final class PurposeRules {

    private static final Pattern PROVIDES = Pattern.compile("为([^。；]{2,40}?)提供(?:了)?(?:[^，。；]{0,6})(?:支撑|保障|支持|动力|服务|制度保障|工具|路径|经验|借鉴|样本|抓手|平台|载体|条件)");

    /** 是/被视为…战略的关键支撑: the role a mechanism plays for a strategy. */
    private static final Pattern ROLE = Pattern.compile(
            "(?:是|成为|作为|被视为|视为|被看作|被称为)([^。；]{2,40}?)的(?:关键|重要|有力|基础性|核心|主要|具体|制度|重要制度)?"
            + "(?:支撑|抓手|保障|举措|载体|路径|引擎|制度安排|行动|实践|一环|手段|着力点|突破口|途径)");

    private static final Pattern DATELINE = Pattern.compile("[^，。；为]{2,30}?[电讯]\\s*(?:[（(][^）)]{0,20}[）)])?\\s*");

    private final EntityRegistry registry;
    private final RelationCollector out;

    PurposeRules(EntityRegistry registry, RelationCollector out) {
        this.registry = registry;
        this.out = out;
    }

    void apply(AnnotatedSentence s) {
        provides(s);
        openingPurpose(s);
        role(s);
    }

    private void role(AnnotatedSentence s) {
        Matcher m = ROLE.matcher(s.text());
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            int part = s.text().lastIndexOf('；', m.start()); // A机制…；B机制…，是…的重要支撑: only B
            List<Mention> mechanisms = s.of(EntityType.Mechanism).stream().filter(x -> x.start() > part && x.end() <= m.start()).toList();
            for (Mention strategy : s.of(EntityType.Strategy)) {
                if (strategy.start() >= start && strategy.end() <= end) {
                    mechanisms.forEach(mechanism -> relate(mechanism, strategy, s.id()));
                }
            }
        }
    }

    private void provides(AnnotatedSentence s) {
        Matcher m = PROVIDES.matcher(s.text());
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            List<Mention> mechanisms = s.of(EntityType.Mechanism).stream().filter(x -> x.end() <= m.start()).toList();
            for (Mention target : s.mentions()) {
                if (target.start() >= start && target.end() <= end && target.type() != EntityType.Mechanism
                        && !SentenceRules.onlyQualifies(s, target)) {
                    mechanisms.forEach(mechanism -> relate(mechanism, target, s.id()));
                }
            }
        }
    }

    /** 为落实…战略，…，建立…机制: the strategies of a clause opening with 为 and of the clauses after it, up to a mechanism. */
    private void openingPurpose(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> mechanisms = s.of(EntityType.Mechanism);
        if (mechanisms.isEmpty()) {
            return;
        }
        for (int clause = 0; clause <= Clauses.indexAt(text, text.length() - 1); clause++) {
            int start = Clauses.startOf(text, clauseOffset(text, clause));
            Matcher dateline = DATELINE.matcher(text).region(start, text.length());
            if (dateline.lookingAt()) {
                start = dateline.end(); // 新华社北京11月29日电 为落实…
            }
            if (!text.startsWith("为", start)) {
                continue;
            }
            int purposeClause = clause;
            if (mechanisms.stream().anyMatch(m -> Clauses.indexAt(text, m.start()) == purposeClause)) {
                return; // 为完善…机制: the mechanism is the purpose itself
            }
            Mention first = mechanisms.stream().filter(m -> Clauses.indexAt(text, m.start()) > purposeClause).findFirst().orElse(null);
            if (first == null) {
                return;
            }
            int mechanismClause = Clauses.indexAt(text, first.start());
            List<Mention> served = mechanisms.stream().filter(m -> Clauses.indexAt(text, m.start()) == mechanismClause).toList();
            for (Mention strategy : s.of(EntityType.Strategy)) {
                int at = Clauses.indexAt(text, strategy.start());
                if (at >= purposeClause && at < mechanismClause) {
                    served.forEach(mechanism -> relate(mechanism, strategy, s.id()));
                }
            }
            return;
        }
    }

    /** An offset inside clause {@code index} of {@code text}. */
    private static int clauseOffset(String text, int index) {
        for (int i = 0; i < text.length(); i++) {
            if (Clauses.indexAt(text, i) == index) {
                return i;
            }
        }
        return text.length() - 1;
    }

    private void relate(Mention mechanism, Mention target, String sentenceId) {
        Entity from = registry.get(mechanism.entityId());
        Entity to = registry.get(target.entityId());
        out.add(target.type() == EntityType.Region ? RelationType.SERVES : RelationType.SUPPORTS, from, to, Method.TRIGGER, sentenceId);
    }
}
