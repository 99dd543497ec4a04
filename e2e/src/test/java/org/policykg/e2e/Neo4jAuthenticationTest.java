package org.policykg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With authentication switched on by configuration, Bolt refuses clients without the password. */
class Neo4jAuthenticationTest {

    private static final String PASSWORD = "e2e-secret-42";

    @TempDir
    Path dataDir;

    private static int cypherShell(int boltPort, String password) throws IOException, InterruptedException {
        String classpath = Files.readString(Path.of(System.getProperty("cypher-shell.classpath"))).strip();
        List<String> command = new ArrayList<>(List.of(RunningService.javaBinary(), "-cp", classpath, "org.neo4j.shell.Main",
                "-a", "bolt://127.0.0.1:" + boltPort, "--format", "plain", "--non-interactive", "-u", "neo4j"));
        command.addAll(List.of("-p", password, "MATCH (d:Document) RETURN count(d) AS documents"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void boltNeedsThePasswordWhenAuthIsOn() throws Exception {
        try (RunningService service = RunningService.start(dataDir, "--policykg.neo4j.embedded.auth-enabled=true",
                "--policykg.neo4j.embedded.password=" + PASSWORD)) {
            assertThat(service.get("/api/stats")).contains("\"Document\":5");
            assertThat(cypherShell(service.boltPort, "wrong-password")).isNotZero();
            assertThat(cypherShell(service.boltPort, PASSWORD)).isZero();
        }
    }
}
