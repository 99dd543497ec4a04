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

    private static final Pattern SETS_UP = Pattern.compile("(?:通过|共同)?(?:建立|健全|完善|构建|创新|探索|设立|形成|共建|试行|推行)");
    /** A clause with no subject of its own that sets up a mechanism: 携手建立, 就共同建立. */
    private static final Pattern SUBJECTLESS_SET_UP = Pattern.compile(
            "^(?:就|并|要|将|还|需|切实|共同|携手|联合|合力|协商|一道)*(?:通过)?(?:建立|健全|完善|构建|设立|组建|建设)(?:了|起)?$");
    /** 机制由广西、广东、海南三方共同建立: the regions after 由 set it up. */
    private static final Pattern SET_UP_BY = Pattern.compile("^(?:[两二三四五六七八九十\\d]+(?:方|省区|省市|省|市|地)|等地?|各方)?(?:共同|联合|携手|合作)?(?:建立|设立|组建|发起|构建|组织实施|实施)");
    /** What may stand before a sentence's subject: nothing, or the number of its item (三、, （三）, 3.). */
    private static final Pattern LIST_NUMBER = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[.．、])?\\s*$");
    /** 上述三项机制优先在川渝高竹新区和綦江、万盛先行先试: where a mechanism is tried out first is served by it. */
    private static final Pattern PILOT = Pattern.compile("^(?:等地|等)?(?:率先|先行|开展|进行)?(?:先行先试|试点|试行|示范|落地)");
    /** 对口合作机制以辽宁、吉林、黑龙江三省为服务对象: the regions the mechanism takes as its object. */
    private static final Pattern AS_OBJECT = Pattern.compile("^(?:[两二三四五六七八九十\\d]+个?(?:省区|省市|省份|省|市|县|地区)|等(?:地区|省份|地)?)?"
            + "为(?:主要|重点)?(?:服务|支持|帮扶|扶持|援助|支援)(?:对象|重点)");
    private static final Pattern CATEGORY_LEAD = Pattern.compile("^(?:等|等等)?(?:[0-9一二三四五六七八九十两]+[个大项类]*|一系列|一批|多个|诸多|重大)?$");
    /** After a region: the rest of its list, then what moves out of them (产业, 企业, 资本 …). */
    private static final Pattern MOVING_FROM = Pattern.compile("^(?:[、和及与][\\p{IsHan}]{1,10}?)*?的?(?:产业|企业|资本|资金|人才|劳动力)");
    /** What may stand between the regions of a list clause: separators, and a closing count (等6个县（市）). */
    private static final Pattern LIST_FILLER = Pattern.compile("^[、和及与]*(?:等[^，。；]{0,12})?$");
    private static final Pattern AS_CATEGORY = Pattern.compile("^作为(?:我国|全国|国家)?[^，；。]{0,12}?的?$");

    private final CarriedOutIn carriedOut;
    private final EntityRegistry registry;
    private final RelationCollector out;
    private final StrategyCoverage coverage;
    private final MentionRuns runs;
    private final CooperationRules cooperation;
    private final AssistanceRules assistance;
    private final CompositionRules composition;
    private final MembershipRules membership;
    private final PurposeRules purpose;
    private final RoleMembership roles;

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
        this.membership = new MembershipRules(registry, out, runs, rules);
        this.purpose = new PurposeRules(registry, out);
        this.roles = new RoleMembership(registry, out, gazetteer, rules);
        this.carriedOut = new CarriedOutIn(registry, out);
    }

    void apply(AnnotatedSentence s) {
        triggers(s);
        enumerations(s);
        cooperation.apply(s);
        assistance.apply(s); // after cooperation: a pair that assists does not also cooperate
        composition.apply(s);
        membership.apply(s);
        membership.remember(s);
        roles.apply(s, runs.withoutQualifiers(s.of(EntityType.Region)));
        purpose.apply(s);
        carriedOut.apply(s);
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
                int triggerEnd = triggerEnd(tokens, i);
                if (token.start() < source.end() || triggerEnd < 0 || insideMention(s, token.start())) {
                    continue;
                }
                int clause = Clauses.indexAt(text, token.start());
                // 完善区际利益补偿机制，促进边境地区…; 主体功能区战略，制定针对革命老区…
                boolean opensNextClause = clause == sourceClause + 1 && token.start() - Clauses.startOf(text, token.start()) <= 4;
                if (clause != sourceClause && !opensNextClause) {
                    continue;
                }
                // 推动黄河流域…，支持青海、甘肃…: purpose clauses that each open with a trigger continue the chain
                int clauseEnd = chainEnd(s, triggerEnd);
                long strategies = s.mentions().stream().filter(m -> m.type() == EntityType.Strategy && m.end() <= token.start()
                        && Clauses.indexAt(text, m.start()) >= sourceClause).map(Mention::entityId).distinct().count();
                for (Mention target : s.mentions()) {
                    if (target.start() >= triggerEnd && target.end() <= clauseEnd && !isSource(text, target) && !qualifiers.contains(target)) {
                        relate(source, target, Method.TRIGGER, Math.max(1, strategies), s.id());
                    }
                }
                break;
            }
        }
        subjects(s);
    }

    private static int chainEnd(AnnotatedSentence s, int triggerEnd) {
        String text = s.text();
        int end = Clauses.endOf(text, triggerEnd);
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
            if (!continues && !onlyRegions(s, next, Clauses.endOf(text, next))) {
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
        return before.endsWith("承接") || before.endsWith("来自") || before.endsWith("从") || movesAway;
    }

    /**
     * The regions that set up a mechanism are served by it: 广西、重庆等省份通过建立…机制 (in its clause); 广东、广西、海南三省区
     * 人民政府要…，携手建立…机制 (the regions open the sentence, the clause that sets it up has no subject of its own);
     * …机制由广西、广东、海南三方共同建立 (after 由).
     */
    private void subjects(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> opening = openingRegions(s);
        for (Mention mechanism : s.of(EntityType.Mechanism)) {
            int clause = Clauses.indexAt(text, mechanism.start());
            List<Mention> regions = s.of(EntityType.Region).stream()
                    .filter(r -> r.end() <= mechanism.start() && Clauses.indexAt(text, r.start()) == clause).toList();
            String between = regions.isEmpty() ? "" : text.substring(regions.get(regions.size() - 1).end(), mechanism.start());
            String lead = text.substring(Clauses.startOf(text, mechanism.start()), mechanism.start());
            List<Mention> founders = !regions.isEmpty() && SETS_UP.matcher(between).find() ? regions
                    : clause > 0 && SUBJECTLESS_SET_UP.matcher(lead).matches() ? opening
                    : framed(s, mechanism, '由', 0, SET_UP_BY);
            for (Mention region : founders) {
                out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
            }
            for (Mention region : framed(s, mechanism, '以', 6, AS_OBJECT)) {
                out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
            }
            for (Mention region : framed(s, mechanism, '在', 6, PILOT)) {
                out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
            }
        }
    }



    /**
     * The list of regions framed by a word after a mechanism (within {@code reach} characters, in its clause) and the words
     * that close the frame: …机制由A、B三方共同建立 (由), …机制以A、B三省为服务对象 (以), …机制优先在A和B先行先试 (在).
     */
    private List<Mention> framed(AnnotatedSentence s, Mention mechanism, char opening, int reach, Pattern closing) {
        String text = s.text();
        int at = text.indexOf(opening, mechanism.end());
        if (at < 0 || at - mechanism.end() > reach || Clauses.indexAt(text, at) != Clauses.indexAt(text, mechanism.start())) {
            return List.of();
        }
        for (List<Mention> run : runs.of(s)) {
            Mention last = run.get(run.size() - 1);
            if (run.get(0).start() == at + 1 && run.get(0).type() == EntityType.Region
                    && closing.matcher(text.substring(last.end())).lookingAt()) {
                return run;
            }
        }
        return List.of();
    }

    /** The list of regions a sentence opens with (its subject), or none. */
    private List<Mention> openingRegions(AnnotatedSentence s) {
        List<List<Mention>> all = runs.of(s);
        if (all.isEmpty() || all.get(0).get(0).type() != EntityType.Region
                || !LIST_NUMBER.matcher(s.text().substring(0, all.get(0).get(0).start())).matches()) {
            return List.of();
        }
        return all.get(0);
    }


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
                if ((listed || named) && !listsPairs(text, run)) {
                    for (Mention item : run) {
                        out.add(RelationType.PART_OF, entity(item), entity(category), Method.ENUMERATION, s.id());
                    }
                }
                break;
            }
        }
    }

    /** 遂宁与潼南、内江与荣昌等毗邻地区: the list is of pairs, and the category is what each pair is, not each place. */
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
