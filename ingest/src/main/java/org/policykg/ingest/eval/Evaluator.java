package org.policykg.ingest.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.policykg.ingest.pipeline.Pipeline;
import org.policykg.ingest.source.Corpus;

/** Runs the pipeline (in memory, no database) over every document that has a gold file, and scores it. */
public final class Evaluator {

    private final Pipeline pipeline;

    public Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Evaluation evaluate(Path corpusDir, Path goldDir) {
        return evaluate(corpusDir, goldDir, UnaryOperator.identity());
    }

    /** Scores each document as {@code rewrite} gives it (a traditional-character copy, say) against the same gold. */
    public Evaluation evaluate(Path corpusDir, Path goldDir, UnaryOperator<String> rewrite) {
        Corpus corpus = Corpus.at(corpusDir);
        Evaluation evaluation = new Evaluation();
        for (GoldDocument gold : GoldStandard.load(goldDir)) {
            Path file = corpusDir.resolve(gold.file());
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (rewrite != UnaryOperator.<String>identity()) {
                    bytes = rewrite.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                try {
                    evaluation.add(gold, pipeline.process(corpus.metaFor(file), bytes));
                } catch (RuntimeException failure) {
                    evaluation.addFailed(gold, failure); // scored as nothing found; the other documents still count
                }
            } catch (IOException e) {
                throw new UncheckedIOException("gold names " + gold.file() + " which cannot be read", e);
            }
        }
        return evaluation;
    }
}
