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
 * Evidence: the subsection's heading and the section's heading.
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
            List<AnnotatedSentence> parts = sections.stream().filter(c -> section.id().equals(c.parentId()))
                    .map(c -> headingOf.get(c.id())).filter(h -> h != null && !governedMechanisms(h).isEmpty()).toList();
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

    private static List<Mention> governedMechanisms(AnnotatedSentence heading) {
        return ScopeRules.headingGovernors(heading).stream().filter(m -> m.type() == EntityType.Mechanism).toList();
    }
}
