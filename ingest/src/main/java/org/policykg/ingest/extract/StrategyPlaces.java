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
 * Where a strategy is carried out (TARGETS): the regions that carry it out (那曲实施乡村振兴战略, 东北地区深入实施新型城镇化
 * 战略), the regions it lands in (区域协调发展战略在西部地区落地), and a region's part in it (宁夏在新时代西部大开发中…).
 */
final class StrategyPlaces {

    /** Between the regions and the strategy they carry out. */
    private static final Pattern CARRY_OUT = Pattern.compile("^(?:[两二三四五六七八九十]+(?:省区|省市|省|市|地|方))?(?:要|将|应|还|也|已|均|都|需|持续|深入|全面|加快|率先|积极|更好|进一步)*"
            + "(?:实施|推进|落实|贯彻|贯彻落实|推动|融入|服务|对接)(?:好|了)?$");
    /** After a strategy: 在 + regions + what it does there (落地, 的落地, 全面覆盖, 落实). */
    private static final Pattern LANDS_IN = Pattern.compile("^(?:的(?:政策|政策举措|举措|各项政策|红利))?在$");
    private static final Pattern LANDING = Pattern.compile("^(?:等地|等地区)?(?:的)?(?:落地|落实|全面覆盖|覆盖|实施|深入实施|推进)");
    /** A region, 在, then the strategy and 中 (宁夏在新时代西部大开发中, 辽宁在东北全面振兴中). */
    private static final Pattern IN_STRATEGY = Pattern.compile("^在(?:新时代|新征程|新一轮|推进|推动|实施|深入实施)*$");

    private final EntityRegistry registry;
    private final RelationCollector out;
    private final StrategyCoverage coverage;
    private final MentionRuns runs;

    StrategyPlaces(EntityRegistry registry, RelationCollector out, StrategyCoverage coverage, MentionRuns runs) {
        this.registry = registry;
        this.out = out;
        this.coverage = coverage;
        this.runs = runs;
    }

    void apply(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> strategies = s.of(EntityType.Strategy);
        if (strategies.isEmpty()) {
            return;
        }
        List<List<Mention>> lists = runs.of(s).stream().filter(run -> run.get(0).type() == EntityType.Region).toList();
        for (Mention strategy : strategies) {
            for (List<Mention> list : lists) {
                Mention first = list.get(0);
                Mention last = list.get(list.size() - 1);
                if (last.end() <= strategy.start()) {
                    String between = text.substring(last.end(), strategy.start());
                    boolean carriesOut = CARRY_OUT.matcher(between).matches() && !SentenceRules.onlyQualifies(s, last);
                    boolean inIt = IN_STRATEGY.matcher(between).matches() && text.startsWith("中", strategy.end());
                    if (carriesOut || inIt) {
                        list.forEach(r -> targets(s, strategy, r));
                    }
                } else if (first.start() >= strategy.end()) {
                    Matcher landing = LANDING.matcher(text).region(last.end(), text.length());
                    if (LANDS_IN.matcher(text.substring(strategy.end(), first.start())).matches() && landing.lookingAt()) {
                        list.forEach(r -> targets(s, strategy, r));
                    }
                }
            }
        }
    }

    private void targets(AnnotatedSentence s, Mention strategy, Mention region) {
        Entity source = registry.get(strategy.entityId());
        Entity target = registry.get(region.entityId());
        if (coverage.fits(source, target, 1)) {
            out.add(RelationType.TARGETS, source, target, Method.TRIGGER, s.id());
        }
    }
}
