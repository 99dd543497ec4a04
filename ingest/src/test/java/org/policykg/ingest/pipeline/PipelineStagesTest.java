package org.policykg.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.Fixtures;
import org.policykg.ingest.extract.Extractor;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.segment.SegmentedSentences;
import org.policykg.ingest.segment.Segmenter;
import org.policykg.ingest.source.DocumentMeta;
import org.policykg.ingest.structure.Sentence;
import org.policykg.ingest.structure.StructuredDocument;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The declared stages: their order is checked when a pipeline is built, each is timed, and HanLP segments once. */
class PipelineStagesTest {

    private static final String TEXT = """
            区域协调发展机制研究

            摘要：本文讨论区域协调发展。

            一、完善区域协调发展机制

            推动京津冀协同发展，支持中西部地区加快发展，健全区际利益补偿机制。

            参考文献
            [1]张三.区域协调发展研究[J].经济研究,2024(1).
            """;

    @Test
    void theStandardStagesRunInTheirDeclaredOrderEachFindingWhatItNeeds() {
        List<Stage> stages = Stages.standard(Fixtures.pipeline().gazetteer(), Fixtures.pipeline().scripts());
        assertThat(stages).extracting(Stage::name).containsExactly("script", "clean", "structure", "meta", "segment", "extract");
        assertThat(Fixtures.pipeline().stageNames()).containsExactly("read", "script", "clean", "structure", "meta", "segment", "extract");
        assertThat(stages).filteredOn(s -> s.adds().contains(Artefact.TOKENS)).extracting(Stage::name).containsExactly("segment");
        Set<Artefact> added = EnumSet.of(Artefact.TEXT);
        stages.forEach(s -> added.addAll(s.adds()));
        assertThat(added).containsExactlyInAnyOrder(Artefact.values());
        assertThat(Pipeline.checked(stages)).isEqualTo(stages);
    }

    @Test
    void aStageBeforeWhatItNeedsIsRefusedWhenThePipelineIsBuilt() {
        List<Stage> stages = new ArrayList<>(Stages.standard(Fixtures.pipeline().gazetteer(), Fixtures.pipeline().scripts()));
        Stage segment = stages.remove(4);
        stages.add(segment); // extract now runs before segment
        assertThatThrownBy(() -> Pipeline.checked(stages))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage extract needs [TOKENS], which no earlier stage adds");
        assertThatThrownBy(() -> Pipeline.checked(List.of(new Stage("structure", Set.of(Artefact.CLEAN_TEXT, Artefact.SCRIPT),
                Set.of(Artefact.SENTENCES), a -> { }))))
                .hasMessage("stage structure needs [SCRIPT, CLEAN_TEXT], which no earlier stage adds");
    }

    @Test
    void everyStageIsTimedOncePerDocumentUnderItsName() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Fixtures.pipeline().bindTo(meters); // bound after the pipeline was built and used: its timers report from now on
        DocumentGraph graph = Fixtures.pipeline().process(DocumentMeta.untitled("timed"), TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(graph.relations()).isNotEmpty();
        for (String stage : List.of("read", "script", "clean", "structure", "meta", "segment", "extract")) {
            Timer timer = meters.get(Pipeline.STAGE_TIMER).tag("stage", stage).timer();
            assertThat(timer.count()).as(stage).isEqualTo(1);
            assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).as(stage).isPositive();
        }
    }

    @Test
    void theSegmentStageSegmentsEachFactBearingSentenceOnceAndExtractionReadsItsTokens() {
        StructuredDocument document = Fixtures.pipeline().process(DocumentMeta.untitled("segmented"),
                TEXT.getBytes(StandardCharsets.UTF_8)).document();
        List<String> segmented = new ArrayList<>();
        Segmenter hanLp = new org.policykg.ingest.segment.HanLpSegmenter(Fixtures.pipeline().gazetteer().terms());
        SegmentedSentences tokens = SegmentedSentences.of(document, sentence -> {
            segmented.add(sentence);
            return hanLp.segment(sentence);
        });
        List<String> factBearing = document.sentences().stream().filter(s -> s.zone().producesFacts())
                .map(Sentence::analysisText).toList();
        assertThat(segmented).isEqualTo(factBearing).contains("推动京津冀协同发展，支持中西部地区加快发展，健全区际利益补偿机制。")
                .noneMatch(s -> s.contains("张三"));
        assertThat(tokens.of(document.sentences().stream().filter(s -> s.text().startsWith("推动")).findFirst().orElseThrow()))
                .extracting(t -> t.text()).contains("京津冀协同发展", "中西部地区", "区际利益补偿机制");

        Extractor extractor = new Extractor(Fixtures.pipeline().gazetteer());
        assertThat(extractor.extract(document, tokens).relations()).isNotEmpty();
        // extraction has no segmenter of its own: without the stage's tokens it cannot run
        assertThatThrownBy(() -> extractor.extract(document, new SegmentedSentences(Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("was not segmented");
    }
}
