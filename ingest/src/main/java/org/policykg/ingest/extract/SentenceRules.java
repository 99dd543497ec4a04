package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.segment.Token;

/**
 * Relations stated inside one sentence (cooperation: {@link CooperationRules}):
 * <ul>
 * <li>trigger words: a mechanism or strategy, then 服务/支持/带动/推动/促进… in its clause or opening the next,
 *     then the regions or strategies it acts on;</li>
 * <li>enumerations closed by a category: 京津冀、长三角、粤港澳大湾区等三大动力源 → each PART_OF 动力源地区;</li>
 * </ul>
 */
final class SentenceRules {

    private static final Pattern CATEGORY_LEAD = Pattern.compile("^(?:等|等等)?(?:[0-9一二三四五六七八九十两]+[个大项类]*|一系列|一批|多个|诸多|重大)?$");
    /** After a region: the rest of its list, then what moves out of them (产业, 企业, 资本 …). */
    private static final Pattern MOVING_FROM = Pattern.compile("^(?:[、和及与][\\p{IsHan}]{1,10}?)*?的?(?:产业|企业|资本|资金|人才|劳动力)");
    /** After a region: the rest of its list, then who leaves it for elsewhere (等地企业到…, 的人才赴…). */
    private static final Pattern GOING_ELSEWHERE = Pattern.compile(
            "^(?:[、和及与][\\p{IsHan}]{1,10}?)*?(?:等地|等省市|等)?的?(?:企业|资本|人才|游客|客商|投资者)(?:到|赴|前往|进入|来)");
    /** What may stand between the regions of a list clause: separators, and a closing count (等6个县（市）). */
    private static final Pattern LIST_FILLER = Pattern.compile("^[、和及与]*(?:等[^，。；]{0,12})?$");
    private static final Pattern AS_CATEGORY = Pattern.compile("^作为(?:我国|全国|国家)?[^，；。]{0,12}?的?$");
    /** 上述四项机制最终服务的，是…: the trigger's object is written after the comma. */
    private static final Pattern OBJECT_AFTER_COMMA = Pattern.compile("^的[，,]是");

    private final CarriedOutIn carriedOut;
    private final FounderRules founders;
    private final OwnedMechanisms owned;
    private final RegionTopics topics;
    private final EntityRegistry registry;
    private final RelationCollector out;
    private final StrategyCoverage coverage;
    private final MentionRuns runs;
    private final CooperationRules cooperation;
    private final AssistanceRules assistance;
    private final CompositionRules composition;
    private final FrameComposition frames;
    private final MembershipRules membership;
    private final PurposeRules purpose;
    private final RoleMembership roles;
    private final MembersBeforeWhole membersBefore;
    private final OwnerLists owners;
    private final StrategyPlaces strategyPlaces;

    /** @param title the document's title: a document about help (东西部协作, 对口支援) makes its 结对 pairs help */
    SentenceRules(EntityRegistry registry, RelationCollector out, StrategyCoverage coverage, Gazetteer gazetteer, String title) {
        this.registry = registry;
        this.out = out;
        this.coverage = coverage;
        this.runs = new MentionRuns(registry, gazetteer);
        this.cooperation = new CooperationRules(registry, out, runs);
        RuleBook rules = RuleBook.standard();
        this.assistance = new AssistanceRules(registry, out, runs, gazetteer, rules, RuleBook.firstIn(title, rules.pairAssistanceCues()) != null);
        this.composition = new CompositionRules(registry, out, rules);
        this.frames = new FrameComposition(registry, out);
        this.membership = new MembershipRules(registry, out, runs, rules);
        this.purpose = new PurposeRules(registry, out);
        this.roles = new RoleMembership(registry, out, gazetteer, rules);
        this.membersBefore = new MembersBeforeWhole(registry, out);
        this.owners = new OwnerLists(gazetteer, registry, out);
        this.strategyPlaces = new StrategyPlaces(registry, out, coverage, runs);
        this.carriedOut = new CarriedOutIn(registry, out);
        this.founders = new FounderRules(registry, out, runs);
        this.topics = new RegionTopics(registry, out, runs);
        this.owned = new OwnedMechanisms(registry, out, runs);
    }

    void apply(AnnotatedSentence s) {
        triggers(s);
        enumerations(s);
        cooperation.apply(s);
        assistance.apply(s); // after cooperation: a pair that assists does not also cooperate
        composition.apply(s);
        frames.apply(s);
        membership.apply(s);
        membership.remember(s);
        roles.apply(s, runs.withoutQualifiers(s.of(EntityType.Region)));
        membersBefore.apply(s);
        owners.apply(s);
        strategyPlaces.apply(s);
        purpose.apply(s);
        carriedOut.apply(s);
        topics.apply(s);
        owned.apply(s);
    }

    /** What waits for the whole document: scope lists whose area only its title names. */
    void settle(String title, java.util.Collection<Entity> entities) {
        membership.settleTitleScopes(title, entities);
    }

    private void triggers(AnnotatedSentence s) {
        String text = s.text();
        // 服务湖北省红安县: the province only says where the county is, and is not served itself
        java.util.Set<String> places = new java.util.HashSet<>();
        runs.withoutQualifiers(s.of(EntityType.Region)).forEach(m -> places.add(m.entityId() + "@" + m.end()));
        List<Mention> qualifiers = s.of(EntityType.Region).stream().filter(m -> !places.contains(m.entityId() + "@" + m.end())).toList();
        for (Mention source : s.mentions()) {
            if (source.type() == EntityType.Region) {
                continue;
            }
            int sourceClause = Clauses.indexAt(text, source.start());
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (causes(s, source, token, sourceClause)) {
                    break;
                }
                int triggerEnd = triggerEnd(tokens, i);
                if (triggerEnd < 0 && source.type() != EntityType.Region) {
                    triggerEnd = TriggerReach.givingEnd(s, tokens, i);
                }
                if (token.start() < source.end() || triggerEnd < 0 || insideMention(s, token.start())) {
                    continue;
                }
                // 完善区际利益补偿机制，促进边境地区…; 主体功能区战略，制定针对革命老区…
                if (!TriggerReach.reaches(s, source, token, sourceClause)) {
                    continue;
                }
                // 推动黄河流域…，支持青海、甘肃…: purpose clauses that each open with a trigger continue the chain
                int clauseEnd = chainEnd(s, triggerEnd);
                long strategies = s.mentions().stream().filter(m -> m.type() == EntityType.Strategy && m.end() <= token.start()
                        && Clauses.indexAt(text, m.start()) >= sourceClause).map(Mention::entityId).distinct().count();
                for (Mention target : s.mentions()) {
                    if (target.start() >= triggerEnd && target.end() <= clauseEnd && !isSource(text, target) && !qualifiers.contains(target)
                            && !onlyQualifies(s, target)) {
                        relate(source, target, Method.TRIGGER, Math.max(1, strategies), s.id());
                    }
                }
                if (!TriggerReach.setUp(s, source)) {
                    break;
                }
                // a mechanism the sentence sets up may do several things, each with its own trigger, after this chain
                while (i + 1 < tokens.size() && tokens.get(i + 1).start() < clauseEnd) {
                    i++;
                }
            }
        }
        founders.apply(s);
    }

    /**
     * 这两项机制让佛山敢于投入: a causative after the mechanism, in its clause or opening the next, serves the list of regions
     * right after it.
     */
    private boolean causes(AnnotatedSentence s, Mention source, Token token, int sourceClause) {
        int clause = Clauses.indexAt(s.text(), token.start());
        boolean opensNextClause = clause == sourceClause + 1 && token.start() - Clauses.startOf(s.text(), token.start()) <= 2; // …机制，让…
        if (source.type() != EntityType.Mechanism || token.start() < source.end() || !RuleBook.standard().servesCausatives().contains(token.text())
                || clause != sourceClause && !opensNextClause) {
            return false;
        }
        if (token.text().equals("为") && token.start() != Clauses.startOf(s.text(), token.start())) {
            return false; // only …，为广东与香港…: 体现为东部地区对…, 以…为 are no purpose
        }
        for (List<Mention> run : runs.of(s)) {
            int start = run.get(0).start();
            // 让为全国提供生态产品的西部地区得到回报: a relative clause ending in 的 may stand between
            boolean described = start > token.end() && s.text().charAt(start - 1) == '的'
                    && Clauses.indexAt(s.text(), start) == clause && s.mentions().stream().noneMatch(m -> m.start() >= token.end() && m.end() <= start);
            if ((start == token.end() || described) && run.get(0).type() == EntityType.Region) {
                run.forEach(region -> out.add(RelationType.SERVES, registry.get(source.entityId()), registry.get(region.entityId()), Method.TRIGGER, s.id()));
                return true;
            }
        }
        return false;
    }

    private static int chainEnd(AnnotatedSentence s, int triggerEnd) {
        String text = s.text();
        int end = Clauses.endOf(text, triggerEnd);
        if (end < text.length() - 1 && OBJECT_AFTER_COMMA.matcher(text.substring(triggerEnd)).lookingAt()) {
            end = Clauses.endOf(text, end + 1);
        }
        List<Token> tokens = s.tokens();
        while (end < text.length() - 1) {
            int next = end + 1;
            boolean continues = false;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() >= next && t.start() - next <= 4 && triggerEnd(tokens, i) > 0
                        && Clauses.indexAt(text, t.start()) == Clauses.indexAt(text, next)) {
                    continues = true;
                    break;
                }
            }
            if (!continues && !onlyRegions(s, next, Clauses.endOf(text, next)) && !forRegion(s, next)) {
                break;
            }
            end = Clauses.endOf(text, next);
        }
        return end;
    }

    /** The end of a trigger word starting at token i (one token, or two such as 加大+对), or -1. */
    private static int triggerEnd(List<Token> tokens, int i) {
        if (RuleBook.standard().servesTriggers().contains(tokens.get(i).text())) {
            return tokens.get(i).end();
        }
        if (i + 1 < tokens.size() && RuleBook.standard().servesTriggers().contains(tokens.get(i).text() + tokens.get(i + 1).text())) {
            return tokens.get(i + 1).end();
        }
        return -1;
    }

    private static boolean insideMention(AnnotatedSentence s, int offset) {
        return s.mentions().stream().anyMatch(m -> m.start() <= offset && offset < m.end());
    }

    /**
     * 重点服务湖北省红安县、麻城市，河南省新县、商城县，安徽省金寨县…等6个县: a clause that holds only regions (a list
     * grouped by province, continued after a comma) goes on with the list before it.
     */
    private static final java.util.regex.Pattern FOR_REGION_LEAD = java.util.regex.Pattern.compile("^(?:也|还|并|同时|更)(?:要|将|应|需)?$");

    /** 既要服务…，也要为东部地区拓展市场: a clause of the chain opening with 为 and a region, what it is done for. */
    private static boolean forRegion(AnnotatedSentence s, int clauseStart) {
        String text = s.text();
        int at = text.indexOf('为', clauseStart);
        // only a clause that goes on with the same subject (也要为, 还要为, 同时为); a clause opening with 为 is a purpose of its own
        return at > clauseStart && at - clauseStart <= 3 && FOR_REGION_LEAD.matcher(text.substring(clauseStart, at)).matches()
                && s.of(EntityType.Region).stream().anyMatch(r -> r.start() == at + 1);
    }

    private static boolean onlyRegions(AnnotatedSentence s, int from, int to) {
        String text = s.text();
        List<Mention> regions = s.of(EntityType.Region).stream().filter(m -> m.start() >= from && m.end() <= to)
                .sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
        if (regions.isEmpty() || regions.get(0).start() != from) {
            return false;
        }
        return LIST_FILLER.matcher(MentionRuns.withoutMentions(text, regions, from, to)).matches();
    }

    /** 承接东部地区产业转移, 来自长三角: the region is where something comes from, not who is served. */
    private static boolean isSource(String text, Mention target) {
        String before = text.substring(Math.max(0, target.start() - 2), target.start());
        // 引导东部产业有序转移, 引导长三角、珠三角企业向中部转移: the regions whose industry moves are where it comes from
        boolean movesAway = MOVING_FROM.matcher(text.substring(target.end())).lookingAt()
                && text.substring(target.end(), Clauses.endOf(text, target.end())).contains("转移");
        // 引导北京、天津等地企业到库区投资: the regions whose firms go elsewhere are where they come from
        boolean goesElsewhere = GOING_ELSEWHERE.matcher(text.substring(target.end())).lookingAt();
        return before.endsWith("承接") || before.endsWith("来自") || before.endsWith("从") || movesAway || goesElsewhere;
    }

    /**
     * A region that only qualifies who benefits: 推动西藏与西部地区其他省区…, 为长三角其他跨省河流… (the others of the area
     * are meant); 为重庆在西部地区带头开路 (where the region before 在 acts).
     */
    static boolean onlyQualifies(AnnotatedSentence s, Mention target) {
        String text = s.text();
        boolean others = text.startsWith("其他", target.end()) || text.startsWith("其它", target.end()) || text.startsWith("其余", target.end());
        boolean whereAnotherActs = target.type() == EntityType.Region && target.start() > 0 && text.charAt(target.start() - 1) == '在'
                && s.of(EntityType.Region).stream().anyMatch(m -> m.end() == target.start() - 1);
        return others || whereAnotherActs || actorsOrigin(s, target);
    }

    /** 支持中心城区三甲医院在万州建设分院: the region says whose the actor is; the place after 在 is where it acts. */
    static boolean actorsOrigin(AnnotatedSentence s, Mention target) {
        java.util.regex.Matcher actor = ACTOR_ACTS_ELSEWHERE.matcher(s.text()).region(target.end(), s.text().length());
        return target.type() == EntityType.Region && actor.lookingAt()
                && s.of(EntityType.Region).stream().anyMatch(m -> m.start() == actor.end());
    }

    /** A noun after a region, then 在 (中心城区三甲医院在…); not an adverb or a verb of the region itself (万州加快在…). */
    private static final Pattern ACTOR_ACTS_ELSEWHERE = Pattern.compile(
            "(?!加快|积极|率先|重点|继续|进一步|优先|主动|探索|先行|全面|着力|分别|共同|联合|携手|协同|一道|要|将|可|也|还|已|均|都)\\p{IsHan}{2,6}?在");

    private void enumerations(AnnotatedSentence s) {
        String text = s.text();
        for (List<Mention> run : runs.of(s)) {
            Mention last = run.get(run.size() - 1);
            for (Mention category : s.mentions()) {
                if (category.start() < last.end() || category.type() != last.type() || run.stream().anyMatch(m -> m.entityId().equals(category.entityId()))) {
                    continue;
                }
                String between = text.substring(last.end(), category.start());
                boolean listed = CATEGORY_LEAD.matcher(between).matches() && between.startsWith("等");
                boolean named = AS_CATEGORY.matcher(between).matches()
                        || CompositionRules.COMPOSE.matcher(between).matches(); // 西部大开发、…共同构成区域发展总体战略
                // 宁夏与陕西、甘肃、内蒙古等西部地区省份: a hub and its partners; the category is the partners'
                List<Mention> members = !listsPairs(text, run) ? run : isHub(text, run) ? run.subList(1, run.size()) : List.of();
                if ((listed || named) && !members.isEmpty()) {
                    for (Mention item : members) {
                        out.add(RelationType.PART_OF, entity(item), entity(category), Method.ENUMERATION, s.id());
                    }
                }
                break;
            }
        }
    }

    /** 遂宁与潼南、内江与荣昌等毗邻地区: the list is of pairs, and the category is what each pair is, not each place. */
    /** 成都与德阳、眉山、资阳: one 与 after the first place, a 、 list after it. */
    private static boolean isHub(String text, List<Mention> run) {
        if (run.size() < 3 || !List.of("与", "同").contains(text.substring(run.get(0).end(), Math.max(run.get(0).end(), run.get(1).start())))) {
            return false;
        }
        for (int i = 2; i < run.size(); i++) {
            if (!"、".equals(text.substring(run.get(i - 1).end(), Math.max(run.get(i - 1).end(), run.get(i).start())))) {
                return false;
            }
        }
        return true;
    }

    private static boolean listsPairs(String text, List<Mention> run) {
        for (int i = 1; i < run.size(); i++) {
            if (run.get(i).start() >= run.get(i - 1).end()
                    && List.of("与", "同").contains(text.substring(run.get(i - 1).end(), run.get(i).start()))) {
                return true;
            }
        }
        return false;
    }

    private void relate(Mention source, Mention target, Method method, long strategiesInClause, String... evidence) {
        if (source.type() == EntityType.Mechanism) {
            out.add(target.type() == EntityType.Region ? RelationType.SERVES : RelationType.SUPPORTS,
                    entity(source), entity(target), method, evidence);
        } else if (source.type() == EntityType.Strategy && target.type() == EntityType.Region
                && coverage.fits(entity(source), entity(target), strategiesInClause)) {
            out.add(RelationType.TARGETS, entity(source), entity(target), method, evidence);
        }
    }

    private Entity entity(Mention m) {
        return registry.get(m.entityId());
    }
}
