package org.policykg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.pipeline.Pipeline;
import org.policykg.ingest.source.Corpus;

/** Shared test inputs: the real corpus and one pipeline (HanLP and the gazetteer load once per JVM). */
public final class Fixtures {

    public static final Path CORPUS = Path.of("..", "corpus");
    public static final Path UNSEEN = Path.of("src", "test", "resources", "unseen");
    private static Pipeline pipeline;

    private Fixtures() {
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.withDefaults();
        }
        return pipeline;
    }

    public static DocumentGraph corpusDocument(String filePrefix) {
        try {
            Corpus corpus = Corpus.at(CORPUS);
            Path file = corpus.files().stream().filter(f -> f.getFileName().toString().startsWith(filePrefix)).findFirst().orElseThrow();
            return pipeline().process(corpus.metaFor(file), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
