package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;

/** How the mentions of a sentence group: lists of same-type mentions, and place names qualified by their province. */
final class MentionRuns {

    private static final Pattern ENUMERATION_JOIN = Pattern.compile("^(?:、|和|与|及|以及|、以及)$");

    private final EntityRegistry registry;
    private final Gazetteer gazetteer;

    MentionRuns(EntityRegistry registry, Gazetteer gazetteer) {
        this.registry = registry;
        this.gazetteer = gazetteer;
    }

    /** Runs of same-type mentions joined only by 、/和/与/及 (composite parts share a span and count once). */
    List<List<Mention>> of(AnnotatedSentence s) {
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

    /**
     * 江苏南京, 广西百色: a province written right before a place inside it only says where that place is. The pair
     * becomes one mention of the place, spanning both, so partners are paired across it.
     */
    List<Mention> withoutQualifiers(List<Mention> regions) {
        List<Mention> result = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Mention m = regions.get(i);
            if (i + 1 < regions.size() && m.end() == regions.get(i + 1).start() && m.type() == EntityType.Region
                    && regions.get(i + 1).type() == EntityType.Region
                    && gazetteer.isInside(name(regions.get(i + 1)), name(m))) {
                Mention place = regions.get(++i);
                result.add(new Mention(place.sentenceId(), place.entityId(), place.type(), m.surface() + place.surface(),
                        m.start(), place.end(), place.method()));
            } else {
                result.add(m);
            }
        }
        return result;
    }

    private String name(Mention m) {
        return registry.get(m.entityId()).name();
    }
}
