package org.policykg.ingest.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RelationType;

/**
 * What a careful reader finds in one document: the entities named in its abstract and body (canonical names),
 * and the relations the text states, each with a piece of the sentence that states it.
 */
public record GoldDocument(String file, Map<EntityType, Set<String>> entities, List<GoldRelation> relations) {

    public record GoldRelation(RelationType type, String from, String to, String evidence) {
    }
}
