package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;

/**
 * Regions a sentence is about, and the mechanisms it gives them:
 * <ul>
 * <li>对东北地区而言，应以对口合作机制为主; 第二，对西部地区和东北地区，应…机制: the mechanisms after the frame serve
 * the framed regions;</li>
 * <li>东北地区则更多依靠对口合作机制: the regions, then a verb of relying on, then the mechanism (its clause).</li>
 * </ul>
 */
final class RegionTopics {

    /** 对东北地区而言，; 第二，对西部地区和东北地区，应…; 三是针对中部地区，…: the frame, after a point's number. */
    private static final Pattern FRAME = Pattern.compile(
            "^(?:第[一二三四五六七八九十]+[，,、]|[一二三四五六七八九十]+是)?\\s*(?:对于|对|针对)([^，。；]{2,30}?)(?:而言|来说|来讲)?[，,]");
    private static final Pattern RELIES_ON = Pattern.compile(
            "^(?:[两二三四五六七八九十]+(?:地|方|省|市|县|省区|省市))?(?:则|还|也|更|更多|主要|重点|要|应|可|需要|应当|将|已|均|共同|联合)*(?:依靠|依赖|借助|运用|用好|利用|受益于|依托)$");

    private final EntityRegistry registry;
    private final RelationCollector out;
    private final MentionRuns runs;

    RegionTopics(EntityRegistry registry, RelationCollector out, MentionRuns runs) {
        this.registry = registry;
        this.out = out;
        this.runs = runs;
    }

    void apply(AnnotatedSentence s) {
        String text = s.text();
        int opening = Clauses.itemNumberEnd(text);
        Matcher frame = FRAME.matcher(text).region(opening, text.length());
        if (frame.lookingAt()) {
            int from = frame.start(1);
            int to = frame.end(1);
            List<Mention> framed = s.of(EntityType.Region).stream().filter(r -> r.start() >= from && r.end() <= to).toList();
            if (!framed.isEmpty() && MentionRuns.withoutMentions(text, framed, from, to).matches("[、和及与等]*(?:地区|省份|城市)?")) {
                s.of(EntityType.Mechanism).stream().filter(m -> m.start() >= frame.end())
                        .forEach(m -> framed.forEach(r -> serves(s, m, r)));
            }
        }
        reliedOnFirst(s);
        for (List<Mention> run : runs.of(s)) {
            Mention last = run.get(run.size() - 1);
            if (last.type() != EntityType.Region) {
                continue;
            }
            for (Mention mechanism : s.of(EntityType.Mechanism)) {
                if (mechanism.start() >= last.end() && Clauses.indexAt(text, mechanism.start()) == Clauses.indexAt(text, last.end())
                        && RELIES_ON.matcher(text.substring(last.end(), mechanism.start())).matches() && !helpsNext(text, mechanism)) {
                    run.forEach(r -> serves(s, mechanism, r));
                }
            }
        }
    }

    /** After regions that are the subject (商洛、安康等地共有…), not the owners of one (厦门市第一医院). */
    private static final Pattern SUBJECT_END = Pattern.compile("^(?:等地|等|[两二三四五六七八九十]+(?:地|市|省|县|区|省区|省市)|共|均|已|都|将|累计|先后|分别)");

    /** A clause that opens by relying on a mechanism: 依托该机制，今年以来商洛、安康等地…. */
    private static final Pattern RELYING_CLAUSE = Pattern.compile("^(?:依托|借助|通过|利用|凭借)$");
    /** What may stand before the regions that open the next clause: a time (今年以来, 2025年). */
    private static final Pattern TIME_LEAD = Pattern.compile("^(?:今年以来|去年以来|近年来|目前|截至目前|\\d{4}年(?:以来)?|[^，。；]{0,6}期间)?$");

    /**
     * 依托该机制，今年以来商洛、安康、汉中等地…: the regions that open the clause after one relying on a mechanism are served
     * by it (not those the clause sends something to: …到江苏就业).
     */
    private void reliedOnFirst(AnnotatedSentence s) {
        String text = s.text();
        for (Mention mechanism : s.of(EntityType.Mechanism)) {
            int clauseStart = Clauses.startOf(text, mechanism.start());
            int clauseEnd = Clauses.endOf(text, mechanism.end());
            if (!RELYING_CLAUSE.matcher(text.substring(clauseStart, mechanism.start())).matches() || clauseEnd != mechanism.end()
                    || clauseEnd >= text.length() - 1) {
                continue;
            }
            for (List<Mention> run : runs.of(s)) {
                Mention first = run.get(0);
                Mention last = run.get(run.size() - 1);
                if (first.start() > clauseEnd && first.type() == EntityType.Region
                        && TIME_LEAD.matcher(text.substring(clauseEnd + 1, first.start())).matches()
                        && SUBJECT_END.matcher(text.substring(last.end())).lookingAt()) {
                    run.forEach(r -> serves(s, mechanism, r));
                }
            }
        }
    }

    /** 嘉善县依托东西部协作机制，持续帮扶九寨沟县: the regions that rely on the mechanism to help others are helpers, not served. */
    private static boolean helpsNext(String text, Mention mechanism) {
        int end = Clauses.endOf(text, Math.min(text.length() - 1, Clauses.endOf(text, mechanism.end()) + 1));
        return RuleBook.firstIn(text.substring(mechanism.end(), Math.min(text.length(), end + 1)), RuleBook.standard().assistanceCues()) != null;
    }

    private void serves(AnnotatedSentence s, Mention mechanism, Mention region) {
        out.add(RelationType.SERVES, registry.get(mechanism.entityId()), registry.get(region.entityId()), Method.TRIGGER, s.id());
    }
}
