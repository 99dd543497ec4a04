package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;

/**
 * Relations stated by the shape of the text rather than within a sentence.
 * <ul>
 * <li>Heading scope: a mechanism or strategy named in a section heading as its subject (not as a modifier
 *     before 的) governs that section's body: regions named there are served or targeted by it.</li>
 * <li>Lead sentences: in a paragraph of points (一是…。二是…。, （一）X机制。…, 1.X机制。…), the mechanisms and strategies of a point's
 *     first sentence govern the sentences of that point.</li>
 * </ul>
 * A strategy whose own name denotes a board (西部大开发) only takes regions that are not in another board.
 */
final class ScopeRules {

    private static final Pattern LEAD = Pattern.compile("^(?:[（(][一二三四五六七八九十]+[）)](?=[^。！？]{2,40}。)|\\d{1,2}[.．、](?=[^。！？]{2,40}。)|[一二三四五六七八九十]是|第[一二三四五六七八九十][，、]|其[一二三四五六七八九十][，、]|首先|其次|再次|最后)");

    /**
     * A plan's paragraph opens with its own short title, one clause of action and a full stop (建立区域发展监测评估机制。由…):
     * it governs the paragraph as a numbered lead does. A statement (区域互助机制以对口支援…为主要形式。) is no title.
     */
    static final Pattern RUN_IN_HEAD = Pattern.compile("^(?:大力|积极|着力|全面|持续|进一步|加快)?"
            + "(?:建立|健全|完善|构建|创新|探索|推进|推动|促进|加强|加快|提升|深化|强化|优化|实施|培育|打造|建设|拓展|支持|落实|"
            + "做强|做优|统筹|引导|鼓励|用好|扩大|巩固|增强|提高|规范|加大|改善|开展|搭建|共建|聚焦|畅通|创建|设立|组建)"
            + "[^，,；;：:。！？]{2,28}。$");

    private static final Pattern ENUMERATION_JOIN = Pattern.compile("^(?:、|和|与|及|以及)$");
    private static final String CLAUSE_END = "，；：。！？,;";

    private final StrategyCoverage coverage;
    private final EntityRegistry registry;
    private final RelationCollector out;

    ScopeRules(Gazetteer gazetteer, EntityRegistry registry, RelationCollector out) {
        this.coverage = new StrategyCoverage(gazetteer);
        this.registry = registry;
        this.out = out;
    }

    /** Relates what headings and lead sentences govern; returns the heading mentions that are short names (see below). */
    java.util.Set<Mention> apply(List<AnnotatedSentence> sentences) {
        Map<String, AnnotatedSentence> headingOf = new HashMap<>();
        for (AnnotatedSentence s : sentences) {
            if (s.sentence().heading()) {
                headingOf.put(s.sentence().sectionId(), s);
            }
        }
        java.util.Set<Mention> shortNames = shortNames(headingOf.values(), sentences);
        Map<String, List<Mention>> governorsOf = new HashMap<>();
        headingOf.forEach((section, heading) -> governorsOf.put(section,
                headingGovernors(heading).stream().filter(g -> !shortNames.contains(g) && !genericName(g)).toList()));
        List<Mention> leadGovernors = List.of();
        AnnotatedSentence lead = null;
        int paragraph = -1;
        for (AnnotatedSentence s : sentences) {
            if (!s.sentence().zone().producesFacts()) {
                continue;
            }
            AnnotatedSentence heading = headingOf.get(s.sentence().sectionId());
            if (heading != null) {
                relateAll(governorsOf.get(s.sentence().sectionId()), s, Method.HEADING_SCOPE, heading == s ? new String[] {s.id()} : new String[] {s.id(), heading.id()});
            }
            boolean opensParagraph = s.sentence().paragraph() != paragraph;
            if (opensParagraph) {
                paragraph = s.sentence().paragraph();
                leadGovernors = List.of();
                lead = null;
            }
            if (!s.sentence().heading() && (LEAD.matcher(s.text()).find() || opensParagraph && RUN_IN_HEAD.matcher(s.text()).matches())) {
                leadGovernors = governors(s);
                lead = s;
            }
            if (lead != null && lead != s) {
                relateAll(leadGovernors, s, Method.LEAD_SENTENCE, s.id(), lead.id());
            }
        }
        return shortNames;
    }

    /**
     * 三、协同发展机制 over a section that sets up 北部湾城市群协同发展机制: the heading names that mechanism in short, and a
     * short name is no mechanism of its own.
     */
    private static java.util.Set<Mention> shortNames(java.util.Collection<AnnotatedSentence> headings, List<AnnotatedSentence> sentences) {
        Map<String, List<String>> bodyMechanisms = new HashMap<>(); // section id → the mechanism names its body writes
        for (AnnotatedSentence s : sentences) {
            if (!s.sentence().heading()) {
                s.mentions().stream().filter(m -> m.type() == EntityType.Mechanism).forEach(m -> bodyMechanisms
                        .computeIfAbsent(s.sentence().sectionId(), k -> new ArrayList<>()).add(m.surface()));
            }
        }
        java.util.Set<Mention> result = new java.util.HashSet<>();
        for (AnnotatedSentence heading : headings) {
            List<String> body = bodyMechanisms.getOrDefault(heading.sentence().sectionId(), List.of());
            heading.mentions().stream().filter(m -> m.type() == EntityType.Mechanism)
                    .filter(m -> body.stream().anyMatch(name -> name.length() > m.surface().length() && name.endsWith(m.surface())))
                    .forEach(result::add);
        }
        return result;
    }

    /**
     * A heading governs through what it is about: the mechanisms and strategies that close an enumeration
     * or a clause (完善区域一体化发展机制，构建…; 优化长江经济带发展、黄河流域…机制). One that qualifies
     * something else (主体功能区制度体系, 区域重大战略牵引作用, …现代化的制度和政策体系) does not govern.
     */
    /** Activity words that name no arrangement of their own when a mechanism's name is made of nothing else. */
    private static final java.util.Set<String> GENERIC_ACTIVITIES = java.util.Set.of("帮扶", "协作", "合作", "转型", "发展", "协调",
            "协同", "联动", "互助", "保障", "推进", "落实", "工作", "运行", "管理", "服务", "支持", "支撑", "创新", "改革", "统筹", "对接");

    /**
     * 三、健全转型发展机制, 三、健全帮扶协作机制: a heading whose mechanism is only activity words names the section's topic,
     * not an arrangement that serves every region the section names.
     */
    private boolean genericName(Mention governor) {
        return governor.type() == EntityType.Mechanism && genericName(registry.get(governor.entityId()).name());
    }

    /** 转型发展机制, 帮扶协作机制: a name made of activity words only. */
    static boolean genericName(String mechanismName) {
        String qualifier = mechanismName.replaceFirst("机制$", "");
        if (qualifier.length() < 4 || qualifier.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < qualifier.length(); i += 2) {
            if (!GENERIC_ACTIVITIES.contains(qualifier.substring(i, i + 2))) {
                return false;
            }
        }
        return true;
    }

    static List<Mention> headingGovernors(AnnotatedSentence heading) {
        String text = heading.text();
        List<Mention> mentions = heading.mentions();
        List<Mention> result = new ArrayList<>();
        List<Mention> run = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            run.add(m);
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            boolean joinedToNext = next != null && (next.start() == m.start()
                    || next.start() >= m.end() && ENUMERATION_JOIN.matcher(text.substring(m.end(), next.start())).matches());
            if (joinedToNext) {
                continue;
            }
            boolean closesClause = m.end() >= text.length() || CLAUSE_END.indexOf(text.charAt(m.end())) >= 0;
            if (closesClause) {
                EntityType lastType = m.type();
                run.stream().filter(r -> r.type() == lastType && lastType != EntityType.Region).forEach(result::add);
            }
            run = new ArrayList<>();
        }
        return result;
    }

    /** Mechanisms and strategies of a heading or lead sentence that stand as its subject or object, not before 的. */
    private static List<Mention> governors(AnnotatedSentence s) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : s.mentions()) {
            boolean modifier = m.end() < s.text().length() && s.text().charAt(m.end()) == '的';
            if (m.type() != EntityType.Region && !modifier) {
                result.add(m);
            }
        }
        return result;
    }

    /**
     * 第一节 推进西部大开发 over 推进西部大开发，支持新疆…: a heading's strategy targets the regions of the sentences that name
     * it again; the section's other sentences speak of its places for their own measures (the strategy is no mechanism
     * that serves them).
     */
    private static boolean namesItself(AnnotatedSentence s, Mention governor) {
        return governor.type() != EntityType.Strategy || s.sentence().heading()
                || s.mentions().stream().anyMatch(m -> m.entityId().equals(governor.entityId()));
    }

    /** 湘江…是都市圈的饮用水源: a region named as the owner in a description is no target of the section's measures. */
    private static boolean describesOwner(String text, Mention target) {
        return target.start() > 0 && text.charAt(target.start() - 1) == '是' && text.startsWith("的", target.end());
    }

    private void relateAll(List<Mention> governors, AnnotatedSentence s, Method method, String... evidence) {
        long strategies = governors.stream().filter(g -> g.type() == EntityType.Strategy).map(Mention::entityId).distinct().count();
        for (Mention governor : governors) {
            Entity source = registry.get(governor.entityId());
            if (source.type() == EntityType.Strategy && coverage.isUmbrella(source)) {
                continue;
            }
            for (Mention target : s.mentions()) {
                if (target.entityId().equals(governor.entityId()) || describesOwner(s.text(), target)
                        || SentenceRules.actorsOrigin(s, target)) {
                    continue;
                }
                Entity t = registry.get(target.entityId());
                if (source.type() == EntityType.Mechanism) {
                    out.add(target.type() == EntityType.Region ? RelationType.SERVES : RelationType.SUPPORTS, source, t, method, evidence);
                } else if (target.type() == EntityType.Region && coverage.fits(source, t, strategies)
                        && (method != Method.HEADING_SCOPE || namesItself(s, governor))) {
                    out.add(RelationType.TARGETS, source, t, method, evidence);
                }
            }
        }
    }
}
