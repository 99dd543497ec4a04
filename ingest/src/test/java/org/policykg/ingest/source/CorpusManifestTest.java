package org.policykg.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's entries and their defaults, and dates kept as written. */
class CorpusManifestTest {

    @Test
    void entriesWithDefaultsAndDatesAsWritten(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(Corpus.MANIFEST), """
                # what is known about each file
                documents:
                  - file: a.txt
                    id: art-a
                    title: 完善实施区域协调发展战略机制
                    authors: [贾若祥, 窦红涛]
                    venue: 区域经济评论
                    date: 2024-12-26
                    notes: a key the manifest may carry for people, not read
                  - file: b.txt
                    date: 2025
                  - file: c.txt
                    date: null
                    source: https://example.org/c
                """);
        for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt")) {
            Files.writeString(dir.resolve(name), "健全区际利益补偿机制。");
        }
        Corpus corpus = Corpus.at(dir);

        assertThat(corpus.metaFor(dir.resolve("a.txt"))).isEqualTo(new DocumentMeta("art-a", "完善实施区域协调发展战略机制",
                List.of("贾若祥", "窦红涛"), "区域经济评论", "2024-12-26", "a.txt"));
        assertThat(corpus.metaFor(dir.resolve("b.txt"))).isEqualTo(new DocumentMeta("b.txt", "b.txt", List.of(), null, "2025", "b.txt"));
        assertThat(corpus.metaFor(dir.resolve("c.txt"))).isEqualTo(new DocumentMeta("c.txt", "c.txt", List.of(), null, null,
                "https://example.org/c"));
        assertThat(corpus.metaFor(dir.resolve("d.txt"))).as("not in the manifest").isEqualTo(DocumentMeta.untitled("d"));
    }

    @Test
    void withoutAManifestEveryFileIsUntitled(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.md"), "内容");
        assertThat(Corpus.at(dir).metaFor(dir.resolve("x.md"))).isEqualTo(DocumentMeta.untitled("x"));
    }
}
