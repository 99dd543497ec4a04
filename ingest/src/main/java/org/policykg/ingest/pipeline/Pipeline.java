package org.policykg.ingest.pipeline;

import org.policykg.ingest.clean.TextCleaner;
import org.policykg.ingest.extract.Extractor;
import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.script.ScriptReading;
import org.policykg.ingest.script.ScriptStage;
import org.policykg.ingest.segment.HanLpSegmenter;
import org.policykg.ingest.segment.HanLpSimplifier;
import org.policykg.ingest.source.DocumentMeta;
import org.policykg.ingest.source.InputRejectedException;
import org.policykg.ingest.source.SourceDocument;
import org.policykg.ingest.source.TextDecoder;
import org.policykg.ingest.structure.DocumentStructurer;
import org.policykg.ingest.structure.StructuredDocument;

/**
 * From bytes to a document graph, in memory: read → script → clean → structure → segment → extract. A text in
 * traditional characters is analysed in its simplified form and keeps its sentences as written.
 * Thread-safe; build one and share it (loading HanLP and the gazetteer takes a moment).
 */
public final class Pipeline {

    private final TextDecoder decoder;
    private final ScriptStage scripts = new ScriptStage(new HanLpSimplifier());
    private final TextCleaner cleaner;
    private final DocumentStructurer structurer = new DocumentStructurer();
    private final Extractor extractor;
    private final Gazetteer gazetteer;

    public Pipeline(Gazetteer gazetteer, long maxBytes) {
        this.gazetteer = gazetteer;
        this.decoder = new TextDecoder(maxBytes);
        HanLpSegmenter segmenter = new HanLpSegmenter(gazetteer.terms());
        this.cleaner = new TextCleaner(segmenter);
        this.extractor = new Extractor(gazetteer, segmenter);
    }

    public static Pipeline withDefaults() {
        return new Pipeline(Gazetteer.load(), TextDecoder.DEFAULT_MAX_BYTES);
    }

    /** The domain dictionary the extraction stage uses. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The script stage, for look-ups that must read a traditional name as the simplified one the graph holds. */
    public ScriptStage scripts() {
        return scripts;
    }

    /** Loads HanLP's models and dictionaries now (they load lazily on first use) by processing a short text. */
    public void warmUp() {
        process(DocumentMeta.untitled("warm-up"), "一、完善区域协调发展机制\n\n推动京津冀协同发展，支持中西部地区加快发展。".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public DocumentGraph process(DocumentMeta meta, byte[] bytes) {
        return process(read(meta, bytes));
    }

    /** The read stage alone: decoded text and its content id, before any analysis. */
    public SourceDocument read(DocumentMeta meta, byte[] bytes) {
        return SourceDocument.of(meta, decoder.decode(bytes));
    }

    public DocumentGraph process(SourceDocument source) {
        ScriptReading script = scripts.read(source.text());
        StructuredDocument structured = structurer.structure(source, cleaner.clean(source.text(), script.form()), script);
        if (structured.sentences().isEmpty()) {
            throw new InputRejectedException(InputRejectedException.Reason.NO_TEXT, "the document has no readable sentences");
        }
        return extractor.extract(structured);
    }
}
