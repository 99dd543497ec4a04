package org.policykg.ingest.eval;

import java.util.List;
import java.util.Optional;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RelationType;

/**
 * What a careful reader finds in one document, as annotated (ANNOTATION.md): the entities, each with the names it goes
 * by, and the relations the text states, each with a piece of the sentence that states it. What a reader may or may not
 * count is optional: finding it is not rewarded, missing it is not punished.
 */
public record GoldDocument(String file, List<GoldEntity> entities, List<GoldRelation> relations,
                           List<GoldEntity> optionalEntities, List<GoldRelation> optionalRelations) {

    public GoldDocument {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        optionalEntities = List.copyOf(optionalEntities);
        optionalRelations = List.copyOf(optionalRelations);
    }

    /** One entity: its type and the names it goes by, the first as the annotator wrote it. */
    public record GoldEntity(EntityType type, List<String> names) {

        public GoldEntity {
            names = List.copyOf(names);
        }

        public String name() {
            return names.get(0);
        }
    }

    /** A stated relation; {@code from} and {@code to} are names of listed entities. */
    public record GoldRelation(RelationType type, String from, String to, String evidence) {
    }

    /** The listed or optional entity that goes by {@code name}, if any. */
    public Optional<GoldEntity> entityNamed(String name) {
        return java.util.stream.Stream.concat(entities.stream(), optionalEntities.stream())
                .filter(e -> e.names().contains(name)).findFirst();
    }
}
