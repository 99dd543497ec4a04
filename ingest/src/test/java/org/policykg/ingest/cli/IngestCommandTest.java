package org.policykg.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The command line on bad files: each rejected with its reason, the good ones ingested, exit code 2. */
class IngestCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportsBadFilesAndIngestsTheRest() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.write(articles.resolve("empty.txt"), new byte[0]);
        Files.writeString(articles.resolve("blank.txt"), " \n\t\n");
        Files.write(articles.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Files.write(articles.resolve("latin1.txt"), "Ça coûte très cher à Paris".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(articles.resolve("gbk.txt"), "推动京津冀协同发展，完善区际利益补偿机制，促进革命老区振兴发展。".getBytes(Charset.forName("GBK")));
        Files.writeString(articles.resolve("references.md"), "参考文献\n\n[1]张三.区域协调发展研究[J].经济研究,2024(1).\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new IngestCli()).execute("ingest", articles.toString(), "--data-dir", dir.resolve("db").toString());
        } finally {
            System.setOut(original);
        }
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(2);
        assertThat(summary).contains("new 2", "rejected 4");
        assertThat(summary).contains("empty.txt: input is empty", "blank.txt: input is empty", "image.txt: input looks binary",
                "latin1.txt: input is neither valid UTF-8 nor Chinese GB18030/GBK text");
        assertThat(summary).contains("Document 2");
        // per-stage times, with the documents each stage saw: all six files read, the two good ones analysed and written
        assertThat(summary).containsPattern("stages      read [0-9.]+ s \\(6\\), script [0-9.]+ s \\(2\\), clean [0-9.]+ s \\(2\\), "
                + "structure [0-9.]+ s \\(2\\), meta [0-9.]+ s \\(2\\), segment [0-9.]+ s \\(2\\), extract [0-9.]+ s \\(2\\), write [0-9.]+ s \\(2\\)\n");
        // every relation type of the model is counted, the ones these texts do not state included
        assertThat(summary).containsPattern(
                "relations   SERVES \\d+, SUPPORTS \\d+, TARGETS \\d+, PART_OF \\d+, COOPERATES_WITH \\d+, ASSISTS 0, WITHIN \\d+ \\(MENTIONS \\d+\\)");
    }
}
