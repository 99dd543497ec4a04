package org.policykg.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.policykg.ingest.graph.DocumentWriter;
import org.policykg.ingest.graph.WriteOutcome;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.source.Corpus;
import org.policykg.ingest.source.InputRejectedException;
import org.policykg.ingest.source.SourceDocument;

/**
 * Ingests files one at a time, each in its own transaction, so a bad file is reported and skipped without
 * touching the rest. The next file is analysed while the current one is written (two documents in memory at
 * most), and a text already stored is recognised by its hash before any analysis.
 */
public final class CorpusIngester {

    /** Told after each file; the command line draws its progress bar from it. */
    public interface Progress {
        Progress NONE = (done, total, file, characters) -> { };

        void fileDone(int done, int total, Path file, long charactersSoFar);
    }

    /** One file after the read and analysis stages: a graph to write, a text already stored, or a rejection. */
    private record Prepared(Path file, SourceDocument stored, DocumentGraph graph, String rejection) {
    }

    private final Pipeline pipeline;
    private final DocumentWriter writer;

    public CorpusIngester(Pipeline pipeline, DocumentWriter writer) {
        this.pipeline = pipeline;
        this.writer = writer;
    }

    public IngestReport ingest(Path path, Progress progress) {
        long start = System.nanoTime();
        Corpus corpus = Corpus.at(path);
        List<Path> files = corpus.files();
        int created = 0;
        int unchanged = 0;
        int replaced = 0;
        long characters = 0;
        long sentences = 0;
        List<IngestReport.Rejected> rejected = new ArrayList<>();
        ExecutorService analyser = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "policykg-analyse");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Prepared> next = files.isEmpty() ? null : analyser.submit(() -> prepare(corpus, files.get(0)));
            for (int i = 0; i < files.size(); i++) {
                Prepared p = await(next);
                Path following = i + 1 < files.size() ? files.get(i + 1) : null;
                next = following == null ? null : analyser.submit(() -> prepare(corpus, following));
                if (p.rejection() != null) {
                    rejected.add(new IngestReport.Rejected(p.file().toString(), p.rejection()));
                } else if (p.stored() != null) {
                    unchanged++;
                    characters += p.stored().text().length();
                } else {
                    WriteOutcome outcome = writer.write(p.graph());
                    switch (outcome.status()) {
                        case CREATED -> created++;
                        case UNCHANGED -> unchanged++;
                        case REPLACED -> replaced++;
                    }
                    characters += p.graph().document().source().text().length();
                    sentences += p.graph().document().sentences().size();
                }
                progress.fileDone(i + 1, files.size(), p.file(), characters);
            }
        } finally {
            analyser.shutdownNow();
        }
        return new IngestReport(created, unchanged, replaced, rejected, characters, sentences, (System.nanoTime() - start) / 1e9);
    }

    private Prepared prepare(Corpus corpus, Path file) {
        try {
            SourceDocument source = pipeline.read(corpus.metaFor(file), Files.readAllBytes(file));
            if (writer.contains(source.id())) { // same text as stored: nothing to analyse or write
                return new Prepared(file, source, null, null);
            }
            return new Prepared(file, null, pipeline.process(source), null);
        } catch (InputRejectedException e) {
            return new Prepared(file, null, null, e.getMessage());
        } catch (IOException e) {
            return new Prepared(file, null, null, "cannot read: " + e.getMessage());
        }
    }

    private static Prepared await(Future<Prepared> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
