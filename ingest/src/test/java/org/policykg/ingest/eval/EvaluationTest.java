package org.policykg.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.Relation;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.script.Script;
import org.policykg.ingest.source.DocumentMeta;
import org.policykg.ingest.source.SourceDocument;
import org.policykg.ingest.structure.Sentence;
import org.policykg.ingest.structure.StructuredDocument;
import org.policykg.ingest.structure.Zone;

/** The evaluator scores by hand-countable rules: gold as annotated, every predicted fact counted, optional ignored. */
class EvaluationTest {

    private static final String TEXT = "辽宁与江苏深化对口合作，完善对口合作机制。上海与东部地区。";
    /** {@link #TEXT} as a traditional document writes it; its analysis form is {@link #TEXT}. */
    private static final String TRADITIONAL = "遼寧與江蘇深化對口合作，完善對口合作機制。上海與東部地區。";

    private static final Path PAIR = Path.of("src", "test", "resources", "eval", "gold", "pair.yaml");

    private final GoldDocument gold = gold();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    @Test
    void aPerfectPredictionScoresOne() {
        Entity liaoning = mention(EntityType.Region, "辽宁", "辽宁");
        Entity jiangsu = mention(EntityType.Region, "江苏", "江苏");
        mention(EntityType.Region, "东北地区", "东北");
        Entity mechanism = mention(EntityType.Mechanism, "对口合作机制", "对口合作机制");
        relate(RelationType.COOPERATES_WITH, jiangsu, liaoning, Method.TRIGGER); // either order
        relate(RelationType.SERVES, mechanism, liaoning, Method.TRIGGER);

        Evaluation e = evaluate();

        assertThat(e.allEntities()).isEqualTo(new Score(4, 0, 0));
        assertThat(e.allRelations()).isEqualTo(new Score(2, 0, 0));
        assertThat(e.allRelations().f1()).isEqualTo(1.0);
        assertThat(e.evidenceAccuracy()).isEqualTo(1.0);
    }

    /** The gazetteer's geography (WITHIN) is no statement of the text: not scored, and said so in the report. */
    @Test
    void gazetteerGeographyIsReportedApartAndNotScored() {
        Entity liaoning = mention(EntityType.Region, "辽宁", "辽宁");
        Entity jiangsu = mention(EntityType.Region, "江苏", "江苏");
        Entity northeast = mention(EntityType.Region, "东北地区", "东北");
        Entity mechanism = mention(EntityType.Mechanism, "对口合作机制", "对口合作机制");
        relate(RelationType.COOPERATES_WITH, jiangsu, liaoning, Method.TRIGGER);
        relate(RelationType.SERVES, mechanism, liaoning, Method.TRIGGER);
        relate(RelationType.WITHIN, liaoning, northeast, Method.HIERARCHY);

        Evaluation e = evaluate();

        assertThat(e.allRelations()).isEqualTo(new Score(2, 0, 0));
        assertThat(e.relations()).doesNotContainKey("WITHIN");
        java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
        e.print(new java.io.PrintStream(report, true, java.nio.charset.StandardCharsets.UTF_8), false);
        assertThat(report.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("not scored: 1 WITHIN");
    }

    /**
     * By hand: regions 辽宁省 (an annotated name of 辽宁) and 东北地区 right, 上海 wrong, 江苏 missed; the mechanism right.
     * Relations: SERVES 辽宁 right, SERVES 上海 wrong, cooperation missed, PART_OF 辽宁 → 东北地区 optional (ignored),
     * PART_OF 上海 → 东部地区 from the gazetteer's hierarchy wrong all the same.
     */
    @Test
    void aFlawedPredictionScoresWhatAHandCountGives() {
        Entity liaoning = mention(EntityType.Region, "辽宁省", "辽宁");
        Entity northeast = mention(EntityType.Region, "东北地区", "东北地区");
        Entity shanghai = mention(EntityType.Region, "上海", "上海");
        Entity east = Entity.of(EntityType.Region, "东部地区", null, Set.of(), Method.GAZETTEER); // related, not mentioned
        entities.add(east);
        Entity mechanism = mention(EntityType.Mechanism, "对口合作机制", "对口合作机制");
        relate(RelationType.SERVES, mechanism, liaoning, Method.TRIGGER);
        relate(RelationType.SERVES, mechanism, shanghai, Method.TRIGGER);
        relate(RelationType.PART_OF, liaoning, northeast, Method.HIERARCHY);
        relate(RelationType.PART_OF, shanghai, east, Method.HIERARCHY);

        Evaluation e = evaluate();

        assertThat(e.entities().get("Region")).isEqualTo(new Score(2, 1, 1));
        assertThat(e.entities().get("Mechanism")).isEqualTo(new Score(1, 0, 0));
        assertThat(e.relations().get("SERVES")).isEqualTo(new Score(1, 1, 0));
        assertThat(e.relations().get("COOPERATES_WITH")).isEqualTo(new Score(0, 0, 1));
        assertThat(e.relations().get("PART_OF")).isEqualTo(new Score(0, 1, 0));
        assertThat(e.partOf().get("Region")).isEqualTo(new Score(0, 1, 0));
        assertThat(e.partOf().get("Mechanism")).isEqualTo(Score.ZERO);
        assertThat(e.allRelations().precision()).isEqualTo(1.0 / 3);
        assertThat(e.allRelations().recall()).isEqualTo(0.5);
        assertThat(e.misses()).contains("missed   pair.txt Region: 江苏", "spurious pair.txt PART_OF: PART_OF 上海 -> 东部地区");
    }

    /** Gold may quote a traditional source as written or in simplified characters: either is found in its sentence. */
    @Test
    void evidenceIsFoundInATraditionalSentenceAsWrittenAndAsAnalysed(@TempDir Path dir) throws IOException {
        Entity liaoning = mention(EntityType.Region, "辽宁", "辽宁");
        Entity jiangsu = mention(EntityType.Region, "江苏", "江苏");
        Entity mechanism = mention(EntityType.Mechanism, "对口合作机制", "对口合作机制");
        relate(RelationType.COOPERATES_WITH, liaoning, jiangsu, Method.TRIGGER);
        relate(RelationType.SERVES, mechanism, liaoning, Method.TRIGGER);
        Path quotedAsWritten = dir.resolve("pair.yaml");
        Files.writeString(quotedAsWritten, Files.readString(PAIR).replace("辽宁与江苏深化对口合作]", "遼寧與江蘇深化對口合作]"));
        GoldDocument traditionalGold = GoldStandard.read(quotedAsWritten);
        assertThat(traditionalGold.relations()).extracting(GoldDocument.GoldRelation::evidence).containsOnly("遼寧與江蘇深化對口合作");

        assertThat(evaluate(gold, TRADITIONAL).evidenceAccuracy()).isEqualTo(1.0);
        assertThat(evaluate(traditionalGold, TRADITIONAL).evidenceAccuracy()).isEqualTo(1.0);
        // a simplified sentence does not contain a traditional quotation
        Evaluation simplified = evaluate(traditionalGold, TEXT);
        assertThat(simplified.evidenceAccuracy()).isEqualTo(0.0);
        assertThat(simplified.misses()).anyMatch(m -> m.startsWith("evidence pair.txt"));
    }

    /** A gold name written as a traditional text prints it (遼寧, 「對口合作」機制) matches the name the analysis gives. */
    @Test
    void goldNamesInTraditionalFormMatchTheAnalysedNames(@TempDir Path dir) throws IOException {
        Entity liaoning = mention(EntityType.Region, "辽宁", "辽宁");
        mention(EntityType.Region, "江苏", "江苏");
        mention(EntityType.Region, "东北地区", "东北");
        Entity mechanism = mention(EntityType.Mechanism, "“对口合作”机制", "“对口合作”机制");
        relate(RelationType.SERVES, mechanism, liaoning, Method.TRIGGER);
        Path written = dir.resolve("pair.yaml");
        Files.writeString(written, Files.readString(PAIR).replace("[[辽宁省, 辽宁]", "[[遼寧省, 遼寧]")
                .replace("Mechanism: [对口合作机制]", "Mechanism: [[对口合作机制, 「對口合作」機制]]")
                .replace("[COOPERATES_WITH, 辽宁", "[COOPERATES_WITH, 遼寧").replace("[SERVES, 对口合作机制, 辽宁", "[SERVES, 对口合作机制, 遼寧")
                .replace("[PART_OF, 辽宁", "[PART_OF, 遼寧"));

        Evaluation e = evaluate(GoldStandard.read(written), TEXT);

        assertThat(e.entities().get("Region")).isEqualTo(new Score(3, 0, 0));
        assertThat(e.entities().get("Mechanism")).isEqualTo(new Score(1, 0, 0));
        assertThat(e.relations().get("SERVES")).isEqualTo(new Score(1, 0, 0));
        assertThat(e.relations().get("COOPERATES_WITH")).isEqualTo(new Score(0, 0, 1));
    }

    @Test
    void aDocumentThePipelineFailsOnIsScoredAsNothingFoundAndReported() {
        Evaluation e = new Evaluation();
        e.addFailed(gold, new IllegalStateException("boom"));

        assertThat(e.failures()).singleElement().asString().contains("pair.txt", "boom");
        assertThat(e.entities().get("Region")).isEqualTo(new Score(0, 0, 3));
        assertThat(e.relations().get("COOPERATES_WITH")).isEqualTo(new Score(0, 0, 1));
    }

    @Test
    void aRelationNamingAnUnlistedEntityIsAnErrorOfTheGoldFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "document: bad.txt\nentities:\n  Region: [辽宁]\nrelations:\n  - [COOPERATES_WITH, 辽宁, 江苏]\n");
        assertThatThrownBy(() -> GoldStandard.read(file)).hasMessageContaining("江苏").hasMessageContaining("bad.yaml");
    }

    private static GoldDocument gold() {
        try {
            return GoldStandard.read(PAIR);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Entity mention(EntityType type, String name, String surface) {
        Entity entity = Entity.of(type, name, null, Set.of(), Method.GAZETTEER);
        entities.add(entity);
        int start = Math.max(0, TEXT.indexOf(surface));
        mentions.add(new Mention("s1", entity.id(), type, surface, start, start + surface.length(), Method.GAZETTEER));
        return entity;
    }

    private void relate(RelationType type, Entity from, Entity to, Method method) {
        relations.add(new Relation(type, from.id(), to.id(), method, List.of("s1")));
    }

    private Evaluation evaluate() {
        return evaluate(gold, TEXT);
    }

    /** @param written the sentence as written: {@link #TEXT}, or {@link #TRADITIONAL} for a traditional document */
    private Evaluation evaluate(GoldDocument goldDocument, String written) {
        Script script = written.equals(TEXT) ? Script.SIMPLIFIED : Script.TRADITIONAL;
        SourceDocument source = new SourceDocument("d1", DocumentMeta.untitled("pair.txt"), written, "UTF-8");
        Sentence sentence = new Sentence("s1", "d1", "d1-0", 0, 0, written, TEXT, Zone.BODY, false);
        Evaluation e = new Evaluation();
        e.add(goldDocument, new DocumentGraph(new StructuredDocument(source, script, List.of(), List.of(sentence)),
                entities, mentions, relations));
        return e;
    }
}
