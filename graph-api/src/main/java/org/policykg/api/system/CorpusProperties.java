package org.policykg.api.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code policykg.corpus.*} and {@code policykg.max-document-size}: what is ingested at start, and how big a posted document may be. */
@ConfigurationProperties("policykg")
public record CorpusProperties(Corpus corpus, @DefaultValue("10MB") DataSize maxDocumentSize) {

    public CorpusProperties {
        corpus = corpus == null ? new Corpus("corpus", true) : corpus;
    }

    /** {@code dir} is a file-system path, relative to the working directory (kept a String: Spring reads Paths as resources). */
    public record Corpus(@DefaultValue("corpus") String dir, @DefaultValue("true") boolean ingestOnStartup) {

        public Path path() {
            return Path.of(dir);
        }
    }
}
