package org.policykg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, checked as a user would: start the jar on an empty data folder, wait until healthy,
 * then reach the embedded Neo4j with cypher-shell (a separate client from Maven Central) and the REST API.
 * A restart on the same data must add nothing.
 */
class ServiceEndToEndTest {

    @TempDir
    static Path dataDir;
    static RunningService service;

    @BeforeAll
    static void start() throws Exception {
        service = RunningService.start(dataDir);
        System.out.printf("[e2e] first start: healthy with the corpus ingested after %.1f s%n", service.secondsToHealthy);
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    private static String cypherShell(int boltPort, String query) throws IOException, InterruptedException {
        String classpath = Files.readString(Path.of(System.getProperty("cypher-shell.classpath"))).strip();
        Process p = new ProcessBuilder(RunningService.javaBinary(), "-cp", classpath, "org.neo4j.shell.Main",
                "-a", "bolt://127.0.0.1:" + boltPort, "--format", "plain", "--non-interactive", query)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void cypherShellReadsTheGraphOverBolt() throws Exception {
        String out = cypherShell(service.boltPort, """
                MATCH (m:Mechanism)-[r:SERVES]->(b:Region {kind: 'Board'})
                WHERE m.name = '区域板块差异化发展机制'
                RETURN b.name AS board ORDER BY board""");
        List<String> lines = out.lines().map(String::strip).toList();
        assertThat(lines.get(0)).isEqualTo("board");
        assertThat(lines).contains("\"东部地区\"", "\"中部地区\"", "\"西部地区\"", "\"东北地区\"");
    }

    @Test
    void theApiAnswersTheHeadlineQuestion() throws Exception {
        String answer = service.get("/api/boards/mechanisms?rollup=true");
        assertThat(answer).contains("\"boards\"", "东部地区", "区域板块差异化发展机制", "\"direct\":false");
    }

    @Test
    void aRestartOnTheSameDataAddsNothing() throws Exception {
        String before = service.get("/api/stats");
        service.close();
        service = RunningService.start(dataDir);
        System.out.printf("[e2e] restart: healthy after %.1f s%n", service.secondsToHealthy);
        assertThat(service.log()).contains("0 new, 5 unchanged");
        // the class-data-sharing archive built at package time fits the jar: a stale or foreign one is refused with a warning
        assertThat(service.log()).doesNotContain("[warning][cds");
        assertThat(service.get("/api/stats").replaceAll("\"bolt\":\"[^\"]*\"|\"browser\":\"[^\"]*\"", ""))
                .isEqualTo(before.replaceAll("\"bolt\":\"[^\"]*\"|\"browser\":\"[^\"]*\"", ""));
    }
}
