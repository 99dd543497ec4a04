package org.policykg.ingest.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.policykg.ingest.source.Corpus;
import org.policykg.ingest.source.InputRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run over files and folders, each file in its own transaction, so a bad file is reported and skipped without
 * touching the rest. The next file is read and analysed while the current one is written (two documents in memory
 * at most); the steps are the service's own, so a stored text is recognised by its hash before any analysis.
 */
final class CorpusRun {

    private static final Logger log = LoggerFactory.getLogger(CorpusRun.class);

    /** One file after {@link IngestionService#prepare}, or why it was rejected. */
    private record Outcome(Path file, Prepared prepared, String rejection) {
    }

    private final IngestionService service;

    CorpusRun(IngestionService service) {
        this.service = service;
    }

    IngestReport ingest(Path path, Progress progress) {
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
            Future<Outcome> next = files.isEmpty() ? null : analyser.submit(() -> prepare(corpus, files.get(0)));
            for (int i = 0; i < files.size(); i++) {
                Outcome o = await(next);
                Path following = i + 1 < files.size() ? files.get(i + 1) : null;
                next = following == null ? null : analyser.submit(() -> prepare(corpus, following));
                if (o.rejection() != null) {
                    rejected.add(new IngestReport.Rejected(o.file().toString(), o.rejection()));
                } else {
                    Ingestion ingestion = service.commit(o.prepared());
                    switch (ingestion.status()) {
                        case CREATED -> created++;
                        case UNCHANGED -> unchanged++;
                        case REPLACED -> replaced++;
                    }
                    characters += o.prepared().source().text().length();
                    if (!o.prepared().stored()) {
                        sentences += ingestion.sentences();
                    }
                }
                progress.fileDone(i + 1, files.size(), o.file(), characters);
            }
        } finally {
            analyser.shutdownNow();
        }
        return new IngestReport(created, unchanged, replaced, rejected, characters, sentences, (System.nanoTime() - start) / 1e9);
    }

    private Outcome prepare(Corpus corpus, Path file) {
        try {
            return new Outcome(file, service.prepare(corpus.metaFor(file), Files.readAllBytes(file)), null);
        } catch (InputRejectedException e) {
            return new Outcome(file, null, e.getMessage());
        } catch (IOException e) {
            return new Outcome(file, null, "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            // a fault of ours on one text must not cost the others (nor the service's start): that file is reported
            log.error("Analysis of {} failed", file, e);
            return new Outcome(file, null, "analysis failed (" + e + "); nothing of it was stored, please report this file");
        }
    }

    private static Outcome await(Future<Outcome> future) {
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
