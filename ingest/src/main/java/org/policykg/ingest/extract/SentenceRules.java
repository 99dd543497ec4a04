package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.segment.Token;

/**
 * Relations stated inside one sentence:
 * <ul>
 * <li>trigger words: a mechanism or strategy, then 服务/支持/带动/推动/促进… in its clause or opening the next,
 *     then the regions or strategies it acts on;</li>
 * <li>enumerations closed by a category: 京津冀、长三角、粤港澳大湾区等三大动力源 → each PART_OF 动力源地区;</li>
 * <li>cooperation: regions joined by 、/与/和 (or one composite such as 港深) with 合作/协作/联动… in the clause.</li>
 * </ul>
 */
final class SentenceRules {

    static final Set<String> TRIGGERS = Set.of("服务", "服务于", "支持", "带动", "覆盖", "推动", "促进", "助力", "支撑",
            "惠及", "辐射", "辐射带动", "保障", "面向", "针对", "引领", "赋能", "加大对", "聚焦", "扶持", "帮扶", "推进", "依托",
            "鼓励");
    private static final Pattern SETS_UP = Pattern.compile("(?:通过|共同)?(?:建立|健全|完善|构建|创新|探索|设立|形成)");
    private static final Pattern COOPERATION = Pattern.compile("合作|协作|协同|联动|对接|互动|共建|同城化|结对|签订|联合|携手|共同|交流|互派|互访|互认");
    private static final Pattern NOT_BETWEEN_COOPERATION = Pattern.compile("等|为|以|作为");
    private static final Pattern PARTNER = Pattern.compile("^[^，；。]{0,4}[与同和]$");
    private static final Pattern ENUMERATION_JOIN = Pattern.compile("^(?:、|和|与|及|以及|、以及)$");
    private static final Pattern CATEGORY_LEAD = Pattern.compile("^(?:等|等等)?(?:[0-9一二三四五六七八九十两]+[个大项类]*|一系列|一批|多个|诸多|重大)?$");
    private static final Pattern AS_CATEGORY = Pattern.compile("^作为(?:我国|全国|国家)?[^，；。]{0,12}?的?$");

    private final EntityRegistry registry;
    private final RelationCollector out;
    private final StrategyCoverage coverage;
    private final Gazetteer gazetteer;

    SentenceRules(EntityRegistry registry, RelationCollector out, StrategyCoverage coverage, Gazetteer gazetteer) {
        this.registry = registry;
        this.out = out;
        this.coverage = coverage;
        this.gazetteer = gazetteer;
    }

    void apply(AnnotatedSentence s) {
        triggers(s);
        enumerations(s);
        cooperation(s);
        partners(s);
    }

    private void triggers(AnnotatedSentence s) {
        String text = s.text();
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
                    if (target.start() >= triggerEnd && target.end() <= clauseEnd && !isSource(text, target)) {
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
            if (!continues) {
                break;
            }
            end = Clauses.endOf(text, next);
        }
        return end;
    }

    /** The end of a trigger word starting at token i (one token, or two such as 加大+对), or -1. */
    private static int triggerEnd(List<Token> tokens, int i) {
        if (TRIGGERS.contains(tokens.get(i).text())) {
            return tokens.get(i).end();
        }
        if (i + 1 < tokens.size() && TRIGGERS.contains(tokens.get(i).text() + tokens.get(i + 1).text())) {
            return tokens.get(i + 1).end();
        }
        return -1;
    }

    private static boolean insideMention(AnnotatedSentence s, int offset) {
        return s.mentions().stream().anyMatch(m -> m.start() <= offset && offset < m.end());
    }

    /** 承接东部地区产业转移, 来自长三角: the region is where something comes from, not who is served. */
    private static boolean isSource(String text, Mention target) {
        String before = text.substring(Math.max(0, target.start() - 2), target.start());
        return before.endsWith("承接") || before.endsWith("来自") || before.endsWith("从");
    }

    /** 广西、重庆等省份通过建立通道沿线省份协商合作机制: the regions that set up a mechanism are served by it. */
    private void subjects(AnnotatedSentence s) {
        String text = s.text();
        for (Mention mechanism : s.of(EntityType.Mechanism)) {
            int clause = Clauses.indexAt(text, mechanism.start());
            List<Mention> regions = s.of(EntityType.Region).stream()
                    .filter(r -> r.end() <= mechanism.start() && Clauses.indexAt(text, r.start()) == clause).toList();
            if (regions.isEmpty()) {
                continue;
            }
            String between = text.substring(regions.get(regions.size() - 1).end(), mechanism.start());
            if (SETS_UP.matcher(between).find()) {
                for (Mention region : regions) {
                    out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
                }
            }
        }
    }


    private void enumerations(AnnotatedSentence s) {
        List<List<Mention>> runs = runs(s);
        String text = s.text();
        for (List<Mention> run : runs) {
            Mention last = run.get(run.size() - 1);
            for (Mention category : s.mentions()) {
                if (category.start() < last.end() || category.type() != last.type() || run.stream().anyMatch(m -> m.entityId().equals(category.entityId()))) {
                    continue;
                }
                String between = text.substring(last.end(), category.start());
                boolean listed = CATEGORY_LEAD.matcher(between).matches() && between.startsWith("等");
                boolean named = AS_CATEGORY.matcher(between).matches();
                if (listed || named) {
                    for (Mention item : run) {
                        out.add(RelationType.PART_OF, entity(item), entity(category), Method.ENUMERATION, s.id());
                    }
                }
                break;
            }
        }
    }

    /** Runs of same-type mentions joined only by 、/和/与/及 (composite parts share a span and count once). */
    private List<List<Mention>> runs(AnnotatedSentence s) {
        List<List<Mention>> runs = new ArrayList<>();
        List<Mention> current = new ArrayList<>();
        Mention previous = null;
        for (Mention m : withoutQualifiers(s.mentions())) {
            if (previous != null && m.start() == previous.start()) {
                current.add(m);
                continue;
            }
            boolean joined = previous != null && m.type() == previous.type() && m.start() >= previous.end()
                    && ENUMERATION_JOIN.matcher(s.text().substring(previous.end(), m.start())).matches();
            if (!joined && !current.isEmpty()) {
                runs.add(current);
                current = new ArrayList<>();
            }
            current.add(m);
            previous = m;
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private void cooperation(AnnotatedSentence s) {
        String text = s.text();
        for (List<Mention> run : runs(s)) {
            List<Mention> regions = run.stream().filter(m -> m.type() == EntityType.Region).toList();
            if (regions.size() < 2) {
                continue;
            }
            Mention last = regions.get(regions.size() - 1);
            int clauseEnd = Clauses.endOf(text, last.end());
            java.util.regex.Matcher cue = COOPERATION.matcher(text.substring(last.end(), clauseEnd));
            if (!cue.find() || cue.start() > 12 || NOT_BETWEEN_COOPERATION.matcher(text.substring(last.end(), last.end() + cue.start())).find()) {
                continue;
            }
            for (List<Mention> group : partners(text, regions)) {
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        out.add(RelationType.COOPERATES_WITH, entity(group.get(i)), entity(group.get(j)), Method.TRIGGER, s.id());
                    }
                }
            }
        }
    }

    /**
     * Who cooperates with whom in a list: each composite within itself (港深、澳珠合作); pairs joined by 与/和/同
     * and listed with 、 pair within themselves (福建与宁夏、浙江与四川结对); one joined to a 、 list partners each
     * of them (成都与德阳、眉山、资阳共建); a plain list pairwise.
     */
    private static java.util.Collection<List<Mention>> partners(String text, List<Mention> regions) {
        java.util.Map<Integer, List<Mention>> bySpan = new java.util.LinkedHashMap<>();
        regions.forEach(m -> bySpan.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(m));
        if (bySpan.values().stream().anyMatch(g -> g.size() > 1)) {
            return bySpan.values();
        }
        List<List<Mention>> groups = new ArrayList<>();
        List<Mention> group = new ArrayList<>(List.of(regions.get(0)));
        boolean pairJoiner = false;
        for (int i = 1; i < regions.size(); i++) {
            String joiner = text.substring(regions.get(i - 1).end(), regions.get(i).start());
            if (joiner.equals("、")) {
                groups.add(group);
                group = new ArrayList<>();
            } else {
                pairJoiner = true;
            }
            group.add(regions.get(i));
        }
        groups.add(group);
        if (!pairJoiner || groups.size() == 1) {
            return List.of(regions);
        }
        if (groups.stream().allMatch(g -> g.size() > 1)) {
            return groups; // 福建与宁夏、浙江与四川: pairs
        }
        if (groups.get(0).size() == 2 && groups.stream().skip(1).allMatch(g -> g.size() == 1)) {
            // 成都与德阳、眉山、资阳共建: the first with each of the others
            Mention hub = regions.get(0);
            return regions.stream().skip(1).map(other -> List.of(hub, other)).toList();
        }
        return List.of(regions);
    }

    /** 中原城市群深化与京津冀的产业合作, 广西与云南在口岸建设方面加强合作. */
    private void partners(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> regions = withoutQualifiers(s.of(EntityType.Region));
        for (int i = 0; i + 1 < regions.size(); i++) {
            Mention a = regions.get(i);
            Mention b = regions.get(i + 1);
            if (b.start() < a.end() || b.start() == a.start() || !PARTNER.matcher(text.substring(a.end(), b.start())).matches()) {
                continue;
            }
            int clauseEnd = Clauses.endOf(text, b.end());
            java.util.regex.Matcher cue = COOPERATION.matcher(text.substring(b.end(), clauseEnd));
            if (cue.find() && cue.start() <= 12 && !NOT_BETWEEN_COOPERATION.matcher(text.substring(b.end(), b.end() + cue.start())).find()) {
                out.add(RelationType.COOPERATES_WITH, entity(a), entity(b), Method.TRIGGER, s.id());
            }
        }
    }

    /**
     * 江苏南京, 广西百色: a province written right before a place inside it only says where that place is. The pair
     * becomes one mention of the place, spanning both, so partners are paired across it.
     */
    private List<Mention> withoutQualifiers(List<Mention> regions) {
        List<Mention> result = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Mention m = regions.get(i);
            if (i + 1 < regions.size() && m.end() == regions.get(i + 1).start() && m.type() == EntityType.Region
                    && regions.get(i + 1).type() == EntityType.Region
                    && gazetteer.isInside(entity(regions.get(i + 1)).name(), entity(m).name())) {
                Mention place = regions.get(++i);
                result.add(new Mention(place.sentenceId(), place.entityId(), place.type(), m.surface() + place.surface(),
                        m.start(), place.end(), place.method()));
            } else {
                result.add(m);
            }
        }
        return result;
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
