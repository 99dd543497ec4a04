package org.policykg.api.timeline;

import java.util.List;

import org.policykg.api.evidence.Evidence;
import org.policykg.api.system.NotFoundException;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RegionKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * When an entity appears: per year, the documents that state it, their sentences and, for a mechanism, the boards
 * and regions it serves that year, with its first appearance; and, for a whole type, the year each entity is first
 * stated with its first document. A document's year is its stated date's; documents without a date have no year.
 */
@RestController
class TimelineController {

    private final TimelineQueries queries;

    TimelineController(TimelineQueries queries) {
        this.queries = queries;
    }

    /** A year of the entity's timeline; {@code boards} and {@code regions} only for a mechanism (the regions it serves). */
    record Year(Integer year, List<TimelineQueries.DocumentRef> documents, long sentences,
                List<Evidence> evidence, List<TimelineQueries.Served> boards,
                List<TimelineQueries.Served> regions) {
    }

    /** The earliest dated document that states the entity. */
    record First(int year, String date, String documentId, String documentTitle) {
    }

    record EntityTimeline(TimelineQueries.EntityRef entity, First first, List<Year> years, Year undated) {
    }

    record TypeTimeline(String type, List<TimelineQueries.YearOfFirsts> years) {
    }

    @GetMapping("/api/entities/{id}/timeline")
    EntityTimeline entity(@PathVariable String id, @RequestParam(defaultValue = "5") int evidenceLimit) {
        TimelineQueries.EntityRef entity = queries.entity(id).orElseThrow(() -> new NotFoundException("No entity with id " + id));
        List<Year> all = queries.years(id, Math.max(0, Math.min(evidenceLimit, 100))).stream().map(TimelineController::year).toList();
        List<Year> dated = all.stream().filter(y -> y.year() != null).toList();
        Year undated = all.stream().filter(y -> y.year() == null).findFirst().orElse(null);
        First first = dated.stream().findFirst().flatMap(y -> y.documents().stream().findFirst()
                .map(d -> new First(y.year(), d.date(), d.id(), d.title()))).orElse(null);
        return new EntityTimeline(entity, first, dated, undated);
    }

    @GetMapping("/api/timeline")
    TypeTimeline type(@RequestParam(defaultValue = "Mechanism") String type) {
        String entityType = EntityType.parse(type).name();
        return new TypeTimeline(entityType, queries.firstStated(entityType));
    }

    private static Year year(TimelineQueries.Year y) {
        String board = RegionKind.Board.name();
        return new Year(y.year(), y.documents(), y.sentences(), y.evidence(),
                y.serves().stream().filter(s -> board.equals(s.kind())).toList(),
                y.serves().stream().filter(s -> !board.equals(s.kind())).toList());
    }
}
