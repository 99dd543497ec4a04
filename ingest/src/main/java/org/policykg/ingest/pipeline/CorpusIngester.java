package org.policykg.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.policykg.ingest.graph.DocumentWriter;
import org.policykg.ingest.graph.WriteOutcome;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.source.Corpus;
import org.policykg.ingest.source.InputRejectedException;
import org.policykg.ingest.source.SourceDocument;

/**
 * Ingests files one at a time (streaming: one document in memory), each in its own transaction, so a bad file
 * is reported and skipped without touching the rest.
 */
public final class CorpusIngester {

    /** Told after each file; the command line draws its progress bar from it. */
    public interface Progress {
        Progress NONE = (done, total, file, characters) -> { };

        void fileDone(int done, int total, Path file, long charactersSoFar);
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
        int done = 0;
        for (Path file : files) {
            try {
                SourceDocument source = pipeline.read(corpus.metaFor(file), Files.readAllBytes(file));
                if (writer.contains(source.id())) { // same text as stored: nothing to analyse or write
                    unchanged++;
                    characters += source.text().length();
                    progress.fileDone(++done, files.size(), file, characters);
                    continue;
                }
                DocumentGraph graph = pipeline.process(source);
                WriteOutcome outcome = writer.write(graph);
                switch (outcome.status()) {
                    case CREATED -> created++;
                    case UNCHANGED -> unchanged++;
                    case REPLACED -> replaced++;
                }
                characters += graph.document().source().text().length();
                sentences += graph.document().sentences().size();
            } catch (InputRejectedException e) {
                rejected.add(new IngestReport.Rejected(file.toString(), e.getMessage()));
            } catch (IOException e) {
                rejected.add(new IngestReport.Rejected(file.toString(), "cannot read: " + e.getMessage()));
            }
            progress.fileDone(++done, files.size(), file, characters);
        }
        return new IngestReport(created, unchanged, replaced, rejected, characters, sentences,
                (System.nanoTime() - start) / 1e9);
    }
}
