package org.policykg.ingest.extract;

import java.util.List;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;

/** A sentence with its tokens and the entity mentions found in it, in text order; its text is the one analysed (simplified). */
record AnnotatedSentence(Sentence sentence, List<Token> tokens, List<Mention> mentions) {

    List<Mention> of(EntityType type) {
        return mentions.stream().filter(m -> m.type() == type).toList();
    }

    String text() {
        return sentence.analysisText();
    }

    String id() {
        return sentence.id();
    }
}
