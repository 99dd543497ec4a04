package org.policykg.ingest.pipeline;

import static org.policykg.ingest.pipeline.Artefact.CLEAN_TEXT;
import static org.policykg.ingest.pipeline.Artefact.ENTITIES;
import static org.policykg.ingest.pipeline.Artefact.MENTIONS;
import static org.policykg.ingest.pipeline.Artefact.METADATA;
import static org.policykg.ingest.pipeline.Artefact.RELATIONS;
import static org.policykg.ingest.pipeline.Artefact.SCRIPT;
import static org.policykg.ingest.pipeline.Artefact.SECTIONS;
import static org.policykg.ingest.pipeline.Artefact.SENTENCES;
import static org.policykg.ingest.pipeline.Artefact.TEXT;
import static org.policykg.ingest.pipeline.Artefact.TOKENS;

import java.util.List;
import java.util.Set;

import org.policykg.ingest.clean.TextCleaner;
import org.policykg.ingest.extract.Extractor;
import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.meta.MetadataReader;
import org.policykg.ingest.script.ScriptStage;
import org.policykg.ingest.segment.HanLpSegmenter;
import org.policykg.ingest.segment.SegmentedSentences;
import org.policykg.ingest.source.InputRejectedException;
import org.policykg.ingest.structure.DocumentStructurer;
import org.policykg.ingest.structure.StructuredDocument;

/** The analysis stages after reading, in order; each stage's work lives in the package named like it. */
final class Stages {

    private Stages() {
    }

    /**
     * script → clean → structure → meta → segment → extract. HanLP segments each fact-bearing sentence once, in the
     * segment stage; cleaning only asks the same adapter whether a word runs across a line break (a few
     * characters either side), which it must know before sentences exist.
     */
    static List<Stage> standard(Gazetteer gazetteer, ScriptStage scripts) {
        HanLpSegmenter segmenter = new HanLpSegmenter(gazetteer.terms());
        TextCleaner cleaner = new TextCleaner(segmenter);
        DocumentStructurer structurer = new DocumentStructurer();
        Extractor extractor = new Extractor(gazetteer);
        MetadataReader metadata = new MetadataReader();
        return List.of(
                new Stage("script", Set.of(TEXT), Set.of(SCRIPT), a -> a.script(scripts.read(a.source().text()))),
                new Stage("clean", Set.of(TEXT, SCRIPT), Set.of(CLEAN_TEXT),
                        a -> a.blocks(cleaner.clean(a.source().text(), a.script().form()))),
                new Stage("structure", Set.of(CLEAN_TEXT, SCRIPT), Set.of(SECTIONS, SENTENCES), a -> {
                    StructuredDocument structured = structurer.structure(a.source(), a.blocks(), a.script());
                    if (structured.sentences().isEmpty()) {
                        throw new InputRejectedException(InputRejectedException.Reason.NO_TEXT, "the document has no readable sentences");
                    }
                    a.structured(structured);
                }),
                new Stage("meta", Set.of(SENTENCES, SCRIPT), Set.of(METADATA), a -> a.metadata(metadata.read(a.structured(), a.script().form()))),
                new Stage("segment", Set.of(SENTENCES), Set.of(TOKENS),
                        a -> a.tokens(SegmentedSentences.of(a.structured(), segmenter))),
                new Stage("extract", Set.of(SECTIONS, SENTENCES, TOKENS), Set.of(ENTITIES, MENTIONS, RELATIONS),
                        a -> a.graph(extractor.extract(a.structured(), a.tokens()))));
    }
}
