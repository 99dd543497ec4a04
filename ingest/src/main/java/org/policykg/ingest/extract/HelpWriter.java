package org.policykg.ingest.extract;

import java.util.List;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;

/** Writes a help found in a sentence: the ASSISTS, what the help serves, and what it is not (cooperation, a served helper). */
final class HelpWriter {

    private final EntityRegistry registry;
    private final RelationCollector out;
    private final Gazetteer gazetteer;

    HelpWriter(EntityRegistry registry, RelationCollector out, Gazetteer gazetteer) {
        this.registry = registry;
        this.out = out;
        this.gazetteer = gazetteer;
    }

    boolean inEast(Mention m) {
        String name = entity(m).name();
        return name.equals("东部地区") || gazetteer.isInside(name, "东部地区");
    }

    /** The help, and the mechanisms named before it in the sentence serve the recipient (完善对口支援机制，…帮扶…). */
    void assist(AnnotatedSentence s, Mention helper, Mention recipient) {
        write(s, helper, recipient, true);
    }

    /** The help alone: help written as a noun (东部地区对西部地区的帮扶作用) says nothing of the mechanisms before it. */
    void assistOnly(AnnotatedSentence s, Mention helper, Mention recipient) {
        write(s, helper, recipient, false);
    }

    private void write(AnnotatedSentence s, Mention helper, Mention recipient, boolean serveMechanismsBefore) {
        String sentenceId = s.id();
        Entity from = entity(helper);
        Entity to = entity(recipient);
        out.add(RelationType.ASSISTS, from, to, Method.TRIGGER, sentenceId);
        for (Mention mechanism : serveMechanismsBefore ? s.of(EntityType.Mechanism) : List.<Mention>of()) {
            if (mechanism.end() <= helper.start()) {
                out.add(RelationType.SERVES, registry.get(mechanism.entityId()), to, Method.TRIGGER, sentenceId);
            }
        }
        out.helper(from.id(), sentenceId);
        out.removeStatedIn(RelationType.COOPERATES_WITH, from.id(), to.id(), sentenceId);
        out.removeStatedIn(RelationType.COOPERATES_WITH, to.id(), from.id(), sentenceId);
    }

    Entity entity(Mention m) {
        return registry.get(m.entityId());
    }
}
