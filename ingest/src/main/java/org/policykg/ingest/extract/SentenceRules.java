package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
            "惠及", "辐射", "辐射带动", "保障", "面向", "针对", "引领", "赋能", "加大对", "聚焦", "扶持", "帮扶", "推进");
    private static final Pattern COOPERATION = Pattern.compile("合作|协作|协同|联动|对接|互动|共建|同城化|结对");
    private static final Pattern NOT_BETWEEN_COOPERATION = Pattern.compile("等|为|以|作为|在");
    private static final Pattern ENUMERATION_JOIN = Pattern.compile("^(?:、|和|与|及|以及|、以及)$");
    private static final Pattern CATEGORY_LEAD = Pattern.compile("^(?:等|等等)?(?:[0-9一二三四五六七八九十两]+[个大项类]*)?$");
    private static final Pattern AS_CATEGORY = Pattern.compile("^作为(?:我国|全国|国家)?[^，；。]{0,12}?的?$");

    private final EntityRegistry registry;
    private final RelationCollector out;

    SentenceRules(EntityRegistry registry, RelationCollector out) {
        this.registry = registry;
        this.out = out;
    }

    void apply(AnnotatedSentence s) {
        triggers(s);
        enumerations(s);
        cooperation(s);
    }

    private void triggers(AnnotatedSentence s) {
        String text = s.text();
        for (Mention source : s.mentions()) {
            if (source.type() == EntityType.Region) {
                continue;
            }
            int sourceClause = Clauses.indexAt(text, source.start());
            for (Token token : s.tokens()) {
                if (token.start() < source.end() || !TRIGGERS.contains(token.text())) {
                    continue;
                }
                int clause = Clauses.indexAt(text, token.start());
                boolean opensNextClause = clause == sourceClause + 1 && text.substring(clauseStart(text, token.start()), token.start())
                        .chars().allMatch(c -> "进一步不断积极加快着力大力有效更好地".indexOf(c) >= 0);
                if (clause != sourceClause && !opensNextClause) {
                    continue;
                }
                int clauseEnd = Clauses.endOf(text, token.end());
                for (Mention target : s.mentions()) {
                    if (target.start() >= token.end() && target.end() <= clauseEnd) {
                        relate(source, target, Method.TRIGGER, s.id());
                    }
                }
                break;
            }
        }
    }

    private static int clauseStart(String text, int offset) {
        int i = offset;
        while (i > 0 && "，；：。！？,;".indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
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
        for (Mention m : s.mentions()) {
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
            // 港深、澳珠合作: each composite cooperates within itself; a plain list cooperates pairwise.
            java.util.Map<Integer, List<Mention>> bySpan = new java.util.LinkedHashMap<>();
            regions.forEach(m -> bySpan.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(m));
            boolean composites = bySpan.values().stream().anyMatch(g -> g.size() > 1);
            for (List<Mention> group : composites ? bySpan.values() : List.of(regions)) {
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        out.add(RelationType.COOPERATES_WITH, entity(group.get(i)), entity(group.get(j)), Method.TRIGGER, s.id());
                    }
                }
            }
        }
    }

    private void relate(Mention source, Mention target, Method method, String... evidence) {
        RelationType type = switch (source.type()) {
            case Mechanism -> target.type() == EntityType.Region ? RelationType.SERVES : RelationType.SUPPORTS;
            case Strategy -> RelationType.TARGETS;
            case Region -> null;
        };
        if (type != null) {
            out.add(type, entity(source), entity(target), method, evidence);
        }
    }

    private Entity entity(Mention m) {
        return registry.get(m.entityId());
    }
}
