package org.policykg.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policykg.api.system.GraphVersion;
import org.policykg.ingest.graph.DocumentWriter;
import org.policykg.ingest.graph.WriteOutcome;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.Relation;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.pipeline.Pipeline;
import org.policykg.ingest.source.DocumentMeta;
import org.policykg.ingest.structure.Sentence;

/**
 * ASSISTS and mechanism PART_OF facts for the read side, written by hand so that the test controls exactly which facts
 * exist (the extraction rules find the same facts in this text; RuleExamplesTest and the gold sets hold them to it).
 * The document is real text run through the real pipeline (its sections, sentences, entities and mentions), but its
 * relations are only these, each with the sentence that states it:
 * <ul>
 * <li>(厦门)-[:ASSISTS]->(临夏州), from 厦门市帮扶甘肃省临夏州;</li>
 * <li>口岸协作机制, 通关一体化机制, 开放平台联动机制 and 跨行政区合作发展机制 PART_OF 区域开放合作机制, which
 * serves nothing, while 跨行政区合作发展机制 counts for three boards when the matrix rolls up;</li>
 * <li>动力源地区引领带动机制, in no board's column, and 区域一体化发展机制, in three by roll-up only, PART_OF
 * 区域协调发展战略机制, which serves all four boards directly.</li>
 * </ul>
 * So a board × mechanism matrix that let PART_OF between mechanisms carry boards either way would change.
 * The pipeline's own relations are left out, so the document adds no SERVES, SUPPORTS, TARGETS or region PART_OF.
 * A mechanism the pipeline were to miss in the text is added by hand, without a mention.
 */
public final class AssistsFixture {

    public static final String TITLE = "东西部协作与机制构成（测试）";
    public static final String ASSISTS_SENTENCE = "厦门市帮扶甘肃省临夏州";
    public static final String OPENING_SENTENCE = "重点完善口岸协作机制、通关一体化机制、开放平台联动机制和跨行政区合作发展机制";
    public static final String COORDINATION_SENTENCE = "重点构建动力源地区引领带动机制和区域一体化发展机制";
    public static final List<String> OPENING_PARTS = List.of("口岸协作机制", "通关一体化机制", "开放平台联动机制", "跨行政区合作发展机制");
    public static final List<String> COORDINATION_PARTS = List.of("动力源地区引领带动机制", "区域一体化发展机制");
    public static final String COORDINATION_WHOLE = "区域协调发展战略机制";
    /** Hand-written relations: one ASSISTS and six PART_OF between mechanisms. */
    public static final int RELATIONS = 7;

    private static final String TEXT = """
            一、东西部协作

            厦门市帮扶甘肃省临夏州，共建产业园区，开展劳务协作。

            二、区域开放合作机制

            健全区域开放合作机制，重点完善口岸协作机制、通关一体化机制、开放平台联动机制和跨行政区合作发展机制。

            三、区域协调发展机制

            健全区域协调发展机制，重点构建动力源地区引领带动机制和区域一体化发展机制。
            """;

    private AssistsFixture() {
    }

    /** The document with its hand-written relations. */
    public static DocumentGraph build(Pipeline pipeline) {
        DocumentMeta meta = new DocumentMeta("test-assists", TITLE, List.of("测试"), null, "2025-01-01", "test");
        DocumentGraph read = pipeline.process(meta, TEXT.getBytes(StandardCharsets.UTF_8));
        Map<String, Entity> entities = new LinkedHashMap<>();
        read.entities().forEach(e -> entities.put(e.id(), e));
        String assists = sentence(read, ASSISTS_SENTENCE);
        String opening = sentence(read, OPENING_SENTENCE);
        String coordination = sentence(read, COORDINATION_SENTENCE);
        List<Relation> relations = new ArrayList<>();
        relations.add(new Relation(RelationType.ASSISTS, region(entities, "厦门"), region(entities, "临夏州"),
                Method.TRIGGER, List.of(assists)));
        String openingWhole = mechanism(entities, "区域开放合作机制");
        for (String part : OPENING_PARTS) {
            relations.add(new Relation(RelationType.PART_OF, mechanism(entities, part), openingWhole,
                    Method.ENUMERATION, List.of(opening)));
        }
        String coordinationWhole = mechanism(entities, COORDINATION_WHOLE);
        for (String part : COORDINATION_PARTS) {
            relations.add(new Relation(RelationType.PART_OF, mechanism(entities, part), coordinationWhole,
                    Method.ENUMERATION, List.of(coordination)));
        }
        return new DocumentGraph(read.document(), entities.values(), read.mentions(), relations);
    }

    /** Writes the document (the same text again changes nothing) and returns its id. */
    /**
     * Written as this instance would write it: straight to the database, then the cached answers invalidated (as
     * the documents endpoints do), so the next read sees the fixture.
     */
    public static String write(Pipeline pipeline, DocumentWriter writer, GraphVersion graphVersion) {
        WriteOutcome outcome = writer.write(build(pipeline));
        graphVersion.invalidate();
        return outcome.documentId();
    }

    /** Removed, and the cached answers invalidated; false when there was nothing to remove. */
    public static boolean remove(DocumentWriter writer, GraphVersion graphVersion, String document) {
        boolean removed = writer.delete(document);
        graphVersion.invalidate();
        return removed;
    }

    private static String sentence(DocumentGraph graph, String fragment) {
        return graph.document().sentences().stream().filter(s -> s.text().contains(fragment)).map(Sentence::id)
                .findFirst().orElseThrow(() -> new IllegalStateException("no sentence with " + fragment));
    }

    /** A region the pipeline found in the text (by name or alias): the gazetteer knows both. */
    private static String region(Map<String, Entity> entities, String name) {
        return find(entities, EntityType.Region, name)
                .orElseThrow(() -> new IllegalStateException("the pipeline no longer finds " + name));
    }

    /** A mechanism the pipeline found in the text (by name or alias), else one added by hand. */
    private static String mechanism(Map<String, Entity> entities, String name) {
        return find(entities, EntityType.Mechanism, name).orElseGet(() -> {
            Entity added = Entity.of(EntityType.Mechanism, name, null, Set.of(), Method.MECHANISM_PHRASE);
            entities.put(added.id(), added);
            return added.id();
        });
    }

    private static Optional<String> find(Map<String, Entity> entities, EntityType type, String name) {
        return entities.values().stream()
                .filter(e -> e.type() == type && (e.name().equals(name) || e.aliases().contains(name)))
                .map(Entity::id).findFirst();
    }
}
