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
 * it out, as the subject of the verb; 广西更好融入…西部大开发, 滇中城市群是推进西部大开发的重点区域 → the region that joins it
 * or plays a part in it.
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
            "^(?:要|将|并|是)?(?:助力|支持|帮助|推动|鼓励|指导|引导)?([^，。；：]{2,24}?)(?:要|将|应|需|须|应当)?(?:率先|深入|全面|加快|大力|持续|积极|着力|进一步|认真|切实)?(?:推进|实施|落实|贯彻落实)$");
    /** 推动贵州在新时代西部大开发中闯出新路, 支持辽宁在东北全面振兴中…: the places acting within the strategy (中 follows it). */
    private static final Pattern ACTS_WITHIN = Pattern.compile(
            "^(?:推动|支持|鼓励|助力|引导)?([^，。；：]{2,24}?)(?:要|将|应|也|更好地?)?在(?:新时代)?(?:推进|推动|实施)?$");
    /** 贵州作为长江经济带覆盖的省份之一，要全面落实长江经济带发展: the places open the sentence, 作为 describes them. */
    private static final Pattern AS_SUBJECT = Pattern.compile(
            "^([^，。；：]{2,24}?)作为[^，。；：]{2,30}[，,](?:要|将|应|需|须|应当)(?:率先|深入|全面|加快|大力|持续|积极|着力|进一步|认真|切实)?(?:推进|实施|落实|贯彻落实|融入)$");
    private static final Pattern WITHIN_AFTER = Pattern.compile("^(?:战略)?(?:进程|大局|格局)?中");
    /** 广西、四川、贵州、云南四省区同属西部大开发的覆盖范围, 安徽全域被纳入长三角一体化发展的规划范围: the regions in its scope. */
    private static final Pattern IN_SCOPE = Pattern.compile(
            "^(?:[两二三四五六七八九十\\d]+(?:省区市|省区|省市|省|市|县|区|地))?(?:全域|全境)?(?:都|均|同|也|全部|整体)?(?:属|属于|位于|处于|被纳入|纳入|列入|被列入)(?:了)?$");
    private static final Pattern SCOPE = Pattern.compile("^(?:战略)?的?(?:覆盖|规划|实施|政策|支持)?范围");
    /** 广西更好融入新时代推进西部大开发…; X要主动对接S: a region taking part in a strategy, as the clause's subject. */
    private static final Pattern JOINS = Pattern.compile(
            "^(?:也|还|要|将|应|更好|更好地|积极|主动|加快|全面|深度|深入|更加|进一步)*(?:融入|对接|服务和融入|参与|服务于)(?:新时代)?(?:推进|推动)?$");
    /** 滇中城市群是推进西部大开发的重点区域: a region's role in a strategy (the words after the strategy say which). */
    private static final Pattern IS_PART = Pattern.compile("^(?:也|还|更)?(?:是|作为|成为)(?:新时代)?(?:推进|推动|实施|落实|促进)?$");
    private static final Pattern ROLE = Pattern.compile(
            "^的(?:重点难点|难点|重点|重要|核心|关键|主要)?(?:支撑)?(?:区域|地区|板块|支点|阵地|主阵地|增长极|引擎|承载区|示范区|先行区|支撑区域|战略支点|重要载体|载体|平台|先手棋|突破口|试验田|桥头堡)"
            + "|^(?:战略)?(?:覆盖|涵盖|辐射)的(?:[^，。；]{0,6}?)(?:省份|省区|省市|地区|城市|区域)之一");
    /** 辽西融入京津冀协同发展战略先导区: the words are an area's name, not a statement. */
    private static final Pattern INSIDE_NAME = Pattern.compile("^(?:战略)?(?:先导区|示范区|试验区|合作区|先行区|核心区)");
    private static final Pattern OPENS_WITH_VERB = Pattern.compile("^(?:推进|推动|实施|落实|促进)");

    private final EntityRegistry registry;
    private final RelationCollector out;

    CarriedOutIn(EntityRegistry registry, RelationCollector out) {
        this.registry = registry;
        this.out = out;
    }

    void apply(AnnotatedSentence s) {
        inPlace(s);
        byRegion(s);
        inScope(s);
        placedIn(s);
    }

    /** 把武陵山区放在长江经济带发展、西部大开发…的全局中谋划; 把…战略在乌蒙山区落到实处: the strategies' frame holds the place. */
    private static final Pattern PLACED_IN = Pattern.compile("^把(?:[^，。；]{0,2})$");
    private static final Pattern PLACED_FRAME = Pattern.compile("^(?:放在|置于|放到|纳入)$");
    private static final Pattern FRAME_AFTER = Pattern.compile("^(?:形成新格局)?的?(?:全局|大局|总体布局|格局|框架|总盘子)");
    private static final Pattern MADE_REAL_IN = Pattern.compile("^在([^，。；]{2,16}?)(?:落到实处|落地见效|落实落地|落地落实|落地生根|全面落地)");

    private void placedIn(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> strategies = s.of(EntityType.Strategy);
        if (strategies.isEmpty()) {
            return;
        }
        Mention last = strategies.get(strategies.size() - 1);
        int clause = Clauses.indexAt(text, last.start());
        List<Mention> inClause = strategies.stream().filter(m -> Clauses.indexAt(text, m.start()) == clause).toList();
        for (Mention region : s.of(EntityType.Region)) {
            Mention first = inClause.get(0);
            boolean framed = region.end() <= first.start() && Clauses.indexAt(text, region.start()) == clause
                    && PLACED_IN.matcher(text.substring(Clauses.startOf(text, region.start()), region.start())).find()
                    && PLACED_FRAME.matcher(text.substring(region.end(), first.start()).replaceFirst("(?:新时代)?(?:推进|推动)?$", "")).matches()
                    && FRAME_AFTER.matcher(text.substring(last.end())).lookingAt();
            Matcher real = MADE_REAL_IN.matcher(text.substring(last.end()));
            boolean madeReal = region.start() > last.end() && real.lookingAt() && region.end() <= last.end() + real.end(1) + 1
                    && text.substring(last.end()).startsWith("在") && region.start() == last.end() + 1;
            if (framed || madeReal) {
                inClause.forEach(strategy -> out.add(RelationType.TARGETS, registry.get(strategy.entityId()),
                        registry.get(region.entityId()), Method.TRIGGER, s.id()));
            }
        }
    }

    /** The regions named right before 同属/被纳入 + a strategy + 的覆盖范围: each is in the strategy's scope. */
    private void inScope(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> regions = s.of(EntityType.Region);
        for (Mention strategy : s.of(EntityType.Strategy)) {
            if (!SCOPE.matcher(text.substring(strategy.end())).lookingAt()) {
                continue;
            }
            int clause = Clauses.indexAt(text, strategy.start());
            List<Mention> before = regions.stream().filter(r -> r.end() <= strategy.start() && Clauses.indexAt(text, r.start()) == clause).toList();
            if (before.isEmpty() || !IN_SCOPE.matcher(text.substring(before.get(before.size() - 1).end(), strategy.start())).matches()) {
                continue;
            }
            int first = before.size() - 1; // the list the last region closes: 广西、四川、贵州、云南
            while (first > 0 && text.substring(before.get(first - 1).end(), before.get(first).start()).matches("[、和及与]")) {
                first--;
            }
            before.subList(first, before.size()).forEach(region -> out.add(RelationType.TARGETS, registry.get(strategy.entityId()),
                    registry.get(region.entityId()), Method.TRIGGER, s.id()));
        }
    }

    /** The region right before a strategy in its clause joins it (融入, 对接) or plays a part in it (是…的重点区域). */
    private void byRegion(AnnotatedSentence s) {
        String text = s.text();
        for (Mention strategy : s.of(EntityType.Strategy)) {
            int clause = Clauses.indexAt(text, strategy.start());
            s.of(EntityType.Region).stream()
                    .filter(r -> r.end() <= strategy.start() && Clauses.indexAt(text, r.start()) == clause)
                    .reduce((first, second) -> second)
                    .filter(region -> {
                        String between = text.substring(region.end(), strategy.start());
                        return JOINS.matcher(between).matches()
                                || IS_PART.matcher(between).matches() && ROLE.matcher(text.substring(strategy.end())).lookingAt();
                    })
                    .filter(region -> !INSIDE_NAME.matcher(text.substring(strategy.end())).lookingAt())
                    .ifPresent(region -> out.add(RelationType.TARGETS, registry.get(strategy.entityId()), registry.get(region.entityId()),
                            Method.TRIGGER, s.id()));
        }
    }

    private void inPlace(AnnotatedSentence s) {
        String text = s.text();
        for (Mention strategy : s.of(EntityType.Strategy)) {
            int clauseStart = Clauses.startOf(text, strategy.start());
            String before = text.substring(clauseStart, strategy.start());
            Matcher m = OPENS_WITH_VERB.matcher(strategy.surface()).lookingAt() ? IN_PLACE_BEFORE_VERB.matcher(before) : IN_PLACE.matcher(before);
            Matcher described = AS_SUBJECT.matcher(text.substring(0, strategy.start()));
            if (described.find()) {
                m = described;
                clauseStart = 0;
            } else if (!m.find()) {
                m = BY_PLACE.matcher(before);
                if (!m.find()) {
                    m = ACTS_WITHIN.matcher(before);
                    if (!m.find() || !WITHIN_AFTER.matcher(text.substring(strategy.end())).lookingAt()) {
                        continue;
                    }
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
