package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;

/**
 * Mechanisms set up within the frame of one named before by a short name: 建立杭州都市圈合作发展协调会机制。…在协调会
 * 框架下，各市先后建立了A机制、B机制和C机制 → each PART_OF the 协调会机制. The short name must close the name of a
 * mechanism the document has named (协调会, 联席会议, 联席会议机制).
 */
final class FrameComposition {

    private static final Pattern FRAME = Pattern.compile("(?:^|[，；])在(\\p{IsHan}{2,12}?)(?:机制)?(?:框架下|框架内|之下)[，,]?");
    /** Between the frame and the first part: who sets them up, and the verb. */
    private static final Pattern SETS_UP = Pattern.compile("^[^。；：]{0,12}?(?:建立|设立|增设|组建|构建|新设)(?:了|起)?$");
    private static final String MECHANISM = "机制";

    private final EntityRegistry registry;
    private final RelationCollector out;
    /** The mechanisms named so far, the most recently named last. */
    private final java.util.LinkedHashMap<String, Entity> named = new java.util.LinkedHashMap<>();

    FrameComposition(EntityRegistry registry, RelationCollector out) {
        this.registry = registry;
        this.out = out;
    }

    void apply(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> mechanisms = s.of(EntityType.Mechanism);
        Matcher frame = FRAME.matcher(text);
        while (frame.find()) {
            String shortName = frame.group(1);
            int after = frame.end();
            Entity whole = wholeNamed(shortName, mechanisms, frame.start());
            List<Mention> parts = mechanisms.stream().filter(m -> m.start() >= after).toList();
            if (whole == null || parts.isEmpty() || !SETS_UP.matcher(text.substring(after, parts.get(0).start())).matches()) {
                continue;
            }
            Mention previous = null;
            for (Mention part : parts) {
                if (previous != null && !text.substring(previous.end(), part.start()).matches("[、和及与]|、以及|以及")) {
                    break; // the list of parts ends where the separators do
                }
                if (!part.entityId().equals(whole.id())) {
                    out.add(RelationType.PART_OF, registry.get(part.entityId()), whole, Method.ENUMERATION, s.id());
                }
                previous = part;
            }
        }
        mechanisms.forEach(m -> {
            named.remove(m.entityId());
            named.put(m.entityId(), registry.get(m.entityId()));
        });
    }

    /** The latest mechanism, earlier in the sentence or in the document, whose name closes with the short name. */
    private Entity wholeNamed(String shortName, List<Mention> inSentence, int before) {
        List<Entity> candidates = new ArrayList<>(named.values());
        inSentence.stream().filter(m -> m.end() <= before).forEach(m -> candidates.add(registry.get(m.entityId())));
        for (int i = candidates.size() - 1; i >= 0; i--) {
            String name = candidates.get(i).name();
            String stem = name.endsWith(MECHANISM) ? name.substring(0, name.length() - MECHANISM.length()) : name;
            if (stem.length() > shortName.length() && stem.endsWith(shortName)) {
                return candidates.get(i);
            }
        }
        return null;
    }
}
