package org.policykg.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.structure.Section;

/**
 * A section whose heading names one mechanism (四、完善实施区域协调发展战略机制的重点) and whose subsections are each about
 * a mechanism of their own (3.优化…机制, 4.…保障机制, …): those are its components, PART_OF the section's mechanism.
 * So are the mechanisms its points title themselves with (（九）…机制。, or a paragraph's run-in 健全…机制。).
 * Evidence: the subsection's heading or the point's title, and the section's heading.
 */
final class SectionComposition {

    private final EntityRegistry registry;
    private final RelationCollector out;

    SectionComposition(EntityRegistry registry, RelationCollector out) {
        this.registry = registry;
        this.out = out;
    }

    void apply(List<Section> sections, List<AnnotatedSentence> sentences) {
        Map<String, AnnotatedSentence> headingOf = new HashMap<>();
        sentences.stream().filter(s -> s.sentence().heading()).forEach(s -> headingOf.put(s.sentence().sectionId(), s));
        for (Section section : sections) {
            AnnotatedSentence heading = headingOf.get(section.id());
            if (heading == null) {
                continue;
            }
            List<String> wholes = heading.of(EntityType.Mechanism).stream().map(Mention::entityId).distinct().toList();
            if (wholes.size() != 1) {
                continue;
            }
            Entity whole = registry.get(wholes.get(0));
            if (ScopeRules.genericName(whole.name())) {
                continue; // 三、健全转型发展机制: the section's topic, no mechanism whose parts its points name
            }
            List<AnnotatedSentence> parts = new java.util.ArrayList<>(sections.stream().filter(c -> section.id().equals(c.parentId()))
                    .map(c -> headingOf.get(c.id())).filter(h -> h != null && !governedMechanisms(h).isEmpty()).toList());
            parts.addAll(titledPoints(section, sentences));
            if (parts.size() < 2) {
                continue; // one subsection about a mechanism is no list of components
            }
            for (AnnotatedSentence part : parts) {
                for (Mention m : governedMechanisms(part)) {
                    out.add(RelationType.PART_OF, registry.get(m.entityId()), whole, Method.HEADING_SCOPE, part.id(), heading.id());
                }
            }
        }
    }

    /** A point's own short title: （九）省际交界地区合作协调机制。, 3.联合招商机制。 */
    private static final java.util.regex.Pattern NUMBERED_TITLE = java.util.regex.Pattern.compile(
            "^(?:[（(][一二三四五六七八九十]+[）)]|\\d{1,2}[.．、])[^，,；;：:。！？]{2,40}。$");

    /**
     * The points of a section that open with a title of their own, numbered (（九）…机制。) or run in at the start of a
     * paragraph (健全生态保护补偿机制。由…): under a heading that names a mechanism, those that name one are its parts.
     */
    private static List<AnnotatedSentence> titledPoints(Section section, List<AnnotatedSentence> sentences) {
        List<AnnotatedSentence> points = new java.util.ArrayList<>();
        int paragraph = -1;
        for (AnnotatedSentence s : sentences) {
            boolean opensParagraph = s.sentence().paragraph() != paragraph;
            paragraph = s.sentence().paragraph();
            if (s.sentence().heading() || !s.sentence().sectionId().equals(section.id())) {
                continue;
            }
            boolean titled = NUMBERED_TITLE.matcher(s.text()).matches() || opensParagraph && ScopeRules.RUN_IN_HEAD.matcher(s.text()).matches();
            if (titled && !governedMechanisms(s).isEmpty()) {
                points.add(s);
            }
        }
        return points;
    }

    private static List<Mention> governedMechanisms(AnnotatedSentence heading) {
        return ScopeRules.headingGovernors(heading).stream().filter(m -> m.type() == EntityType.Mechanism).toList();
    }
}
