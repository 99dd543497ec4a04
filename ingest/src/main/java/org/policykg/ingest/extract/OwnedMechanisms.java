package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;

/**
 * A mechanism written as the places' own: 沪港两地的股票市场互联互通机制, 深圳与香港的金融合作机制 → the mechanism serves each
 * place of the list before 的 (with the count that may close it).
 */
final class OwnedMechanisms {

    private static final Pattern OWNERS_OF = Pattern.compile("^(?:[两二三四五六七八九]地|双方|[两二三四五六七八九](?:省区市|省市|省区|省|市|县|区))?的$");

    private final EntityRegistry registry;
    private final RelationCollector out;
    private final MentionRuns runs;

    OwnedMechanisms(EntityRegistry registry, RelationCollector out, MentionRuns runs) {
        this.registry = registry;
        this.out = out;
        this.runs = runs;
    }

    void apply(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> mechanisms = s.of(EntityType.Mechanism);
        for (List<Mention> run : runs.of(s)) {
            List<Mention> owners = run.stream().filter(m -> m.type() == EntityType.Region).toList();
            if (owners.isEmpty() || owners.size() != run.size()) {
                continue;
            }
            int end = owners.stream().mapToInt(Mention::end).max().orElse(0);
            mechanisms.stream().filter(m -> m.start() > end && OWNERS_OF.matcher(text.substring(end, m.start())).matches())
                    .forEach(mechanism -> owners.forEach(owner -> out.add(RelationType.SERVES, registry.get(mechanism.entityId()),
                            registry.get(owner.entityId()), Method.TRIGGER, s.id())));
        }
    }
}
