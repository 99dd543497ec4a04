package org.policykg.api.model;

import java.util.Arrays;
import java.util.List;

import org.policykg.ingest.model.Board;
import org.policykg.ingest.model.DocumentKind;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.model.RelationType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/model}: the closed vocabularies, read from the enums that ingestion writes with, so the explorer
 * page (and any other client) never keeps its own copy of the board order, the relation types or the region kinds.
 * Built once: the enums cannot change while the service runs, and the answer needs no database.
 */
@RestController
class ModelController {

    private final DomainModel model = describe();

    @GetMapping("/api/model")
    DomainModel model() {
        return model;
    }

    static DomainModel describe() {
        List<DomainModel.BoardView> boards = Arrays.stream(Board.values())
                .map(b -> new DomainModel.BoardView(b.entityId(), b.regionName())).toList();
        List<DomainModel.RelationTypeView> relations = Arrays.stream(RelationType.values())
                .map(t -> new DomainModel.RelationTypeView(t.name(), connects(t), t.symmetric(), !t.symmetric(), t.stated())).toList();
        List<DomainModel.EntityTypeView> types = Arrays.stream(EntityType.values())
                .map(t -> new DomainModel.EntityTypeView(t.name(), t.idPrefix())).toList();
        List<String> kinds = Arrays.stream(RegionKind.values()).map(Enum::name).toList();
        List<DomainModel.DocumentKindView> documentKinds = Arrays.stream(DocumentKind.values())
                .map(k -> new DomainModel.DocumentKindView(k.name(), k.label())).toList();
        return new DomainModel(boards, relations, types, kinds, documentKinds);
    }

    /** Every pair of entity types the relation accepts, asked of the enum itself rather than restated here. */
    private static List<List<String>> connects(RelationType type) {
        return Arrays.stream(EntityType.values())
                .flatMap(from -> Arrays.stream(EntityType.values())
                        .filter(to -> type.accepts(from, to))
                        .map(to -> List.of(from.name(), to.name())))
                .toList();
    }
}
