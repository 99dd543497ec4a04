package org.policykg.ingest.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policykg.ingest.graph.DocumentWriter;
import org.policykg.ingest.graph.GraphConnection;
import org.policykg.ingest.graph.WriteOutcome;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.pipeline.Pipeline;
import org.policykg.ingest.source.DocumentMeta;
import org.policykg.ingest.source.SourceDocument;

import io.micrometer.core.instrument.Timer;

/**
 * The one way into the graph, for the HTTP endpoint, the service's start-up corpus load and the command line:
 * read → hash already stored? stop, before any analysis → analyse → write (one transaction, which also moves the
 * graph's version on) → tell {@code afterChange} (the service drops answers cached at the old version).
 * Thread-safe.
 */
public final class IngestionService {

    public static final String WRITE = "write";

    private final Pipeline pipeline;
    private final DocumentWriter writer;
    private final Runnable afterChange;
    private final Timer writeTimer;

    /** @param afterChange runs after every write or removal that changed the graph */
    public IngestionService(Pipeline pipeline, GraphConnection graph, Runnable afterChange) {
        this.pipeline = pipeline;
        this.writer = graph.writer();
        this.afterChange = afterChange;
        this.writeTimer = pipeline.stageTimer(WRITE);
    }

    public IngestionService(Pipeline pipeline, GraphConnection graph) {
        this(pipeline, graph, () -> { });
    }

    /** One text; the same text again is answered from the graph, with the figures it was stored with. */
    public Ingestion ingest(DocumentMeta meta, byte[] bytes) {
        SourceDocument source = pipeline.read(meta, bytes);
        Optional<WriteOutcome> stored = writer.stored(source.id()); // one read, before any analysis
        if (stored.isPresent()) {
            WriteOutcome s = stored.get();
            return new Ingestion(Ingestion.Status.UNCHANGED, s.documentId(), null, meta.title(), s.sentences(), s.entities(),
                    s.mentions(), s.relations());
        }
        return commit(new Prepared(source, pipeline.process(source)));
    }

    /** Files and folders (with their manifest), each file in its own transaction; see {@link CorpusRun}. */
    public IngestReport ingest(Path path, Progress progress) {
        return new CorpusRun(this).ingest(path, progress);
    }

    /** Removes a document and every fact only it supported; false when there was none. */
    public boolean delete(String documentId) {
        boolean deleted = writer.delete(documentId);
        if (deleted) {
            afterChange.run();
        }
        return deleted;
    }

    /** Names of the stages in the order they run, the write stage last; each has a timer {@link Pipeline#STAGE_TIMER}. */
    public List<String> stageNames() {
        List<String> names = new ArrayList<>(pipeline.stageNames());
        names.add(WRITE);
        return names;
    }

    /** A folder's file: only whether it is stored matters (a run reports no per-file figures). */
    Prepared prepare(DocumentMeta meta, byte[] bytes) {
        SourceDocument source = pipeline.read(meta, bytes);
        if (writer.contains(source.id())) { // same text as stored: nothing to analyse or write
            return new Prepared(source, null);
        }
        return new Prepared(source, pipeline.process(source));
    }

    /** Writes an analysed text; a stored one is left as it is (its figures are not read back: a run needs none). */
    Ingestion commit(Prepared prepared) {
        DocumentGraph graph = prepared.graph();
        DocumentMeta meta = prepared.source().meta();
        if (graph == null) {
            return new Ingestion(Ingestion.Status.UNCHANGED, prepared.source().id(), null, meta.title(), 0, 0, 0, 0);
        }
        WriteOutcome outcome = writeTimer.record(() -> writer.write(graph));
        if (outcome.status() != WriteOutcome.Status.UNCHANGED) {
            afterChange.run();
        }
        // the analysis's figures, also when a concurrent post of the same text committed first (UNCHANGED)
        return new Ingestion(Ingestion.Status.valueOf(outcome.status().name()), outcome.documentId(), outcome.replacedId(),
                meta.title(), graph.document().sentences().size(), graph.entities().size(), graph.mentions().size(),
                relationsInGraph(graph));
    }

    /**
     * The relations a document contributes to the graph: one per type and ends, however many rules found it (the
     * writer merges them so), as {@code GET /api/documents/{id}} and a stored text's answer count them.
     */
    static int relationsInGraph(DocumentGraph graph) {
        return (int) graph.relations().stream().map(r -> List.of(r.type().name(), r.fromId(), r.toId())).distinct().count();
    }
}
