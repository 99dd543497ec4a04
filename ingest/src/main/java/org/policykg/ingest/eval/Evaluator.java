package org.policykg.ingest.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.policykg.ingest.pipeline.Pipeline;
import org.policykg.ingest.source.Corpus;

/** Runs the pipeline (in memory, no database) over every document that has a gold file, and scores it. */
public final class Evaluator {

    private final Pipeline pipeline;

    public Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Evaluation evaluate(Path corpusDir, Path goldDir) {
        Corpus corpus = Corpus.at(corpusDir);
        Evaluation evaluation = new Evaluation();
        for (GoldDocument gold : GoldStandard.load(goldDir)) {
            Path file = corpusDir.resolve(gold.file());
            try {
                evaluation.add(gold, pipeline.process(corpus.metaFor(file), Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("gold names " + gold.file() + " which cannot be read", e);
            }
        }
        return evaluation;
    }
}
