package org.policykg.api.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykg.api.ApiTestSupport;
import org.policykg.api.Http;
import org.policykg.api.PolicyKgTest;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The question benchmark: every question of {@code ask/questions.yaml} (written by the team, answers computed by
 * hand-written Cypher on the corpus graph) and of each held-out set once scored, asked through GET /api/ask. A question is right when it is read as its
 * intent and answered with exactly its answer set, or, for intent {@code none}, refused. Prints the accuracy per
 * intent and guards it with {@code ask/accuracy-floors.properties}; refusals must all be refused (no confident wrong
 * answer about what the graph lacks).
 *
 * <p>Another question file (a held-out set) is scored the same way, without floors:
 * {@code mvn -pl graph-api verify -Dtest=AskBenchmarkTest -Dpolicykg.ask.questions=path/to/questions.yaml}.
 */
@PolicyKgTest
class AskBenchmarkTest extends ApiTestSupport {

    record Question(String q, String intent, List<String> answer) {
    }

    /** The team's questions, and each held-out set once it was scored (README, Asking in Chinese). */
    @ParameterizedTest
    @ValueSource(strings = {"questions", "questions-heldout-2026-11-23", "questions-heldout-2026-11-23b",
            "questions-heldout-2026-11-23c", "questions-heldout-2026-11-23d",
            "questions-heldout-2026-11-23e", "questions-heldout-2026-11-23f", "questions-heldout-2026-11-23g",
            "questions-heldout-2026-11-23h", "questions-heldout-2026-11-23i", "questions-heldout-2026-11-23j",
            "questions-heldout-2026-11-23k", "questions-heldout-2026-11-23l",
            "questions-heldout-2026-11-23m", "questions-heldout-2026-11-23n",
            "questions-heldout-2026-11-23o", "questions-heldout-2026-11-23p"})
    void questionsAreReadAndAnsweredRight(String set) throws IOException {
        String other = System.getProperty("policykg.ask.questions");
        if (other != null && !"questions".equals(set)) {
            return; // a file given on the command line is scored once, by the first run
        }
        List<Question> questions = load(other == null ? "/ask/" + set + ".yaml" : null, other);
        Map<String, int[]> perIntent = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Question question : questions) {
            Http.Response r = http().get("/api/ask", Map.of("q", question.q()));
            assertThat(r.status()).as(question.q() + ": " + r.body()).isEqualTo(200);
            JsonNode answer = r.json();
            String intent = answer.get("understood").asBoolean() ? answer.get("intent").asString() : "none";
            TreeSet<String> items = new TreeSet<>(answer.get("answer").get("items").valueStream().map(i -> i.get("name").asString()).toList());
            boolean right = intent.equals(question.intent())
                    && ("none".equals(question.intent()) || items.equals(new TreeSet<>(question.answer() == null ? List.of() : question.answer())));
            int[] counts = perIntent.computeIfAbsent(question.intent(), k -> new int[2]);
            counts[0] += right ? 1 : 0;
            counts[1]++;
            if (!right) {
                wrong.add(question.q() + "  expected " + question.intent() + " " + question.answer() + ", got " + intent + ": "
                        + answer.get("answer").get("text").asString());
            }
        }
        int right = perIntent.values().stream().mapToInt(c -> c[0]).sum();
        StringBuilder report = new StringBuilder("\nQuestion benchmark " + (other == null ? "ask/" + set + ".yaml" : other) + "\n");
        perIntent.forEach((intent, c) -> report.append(String.format("  %-22s %3d / %3d  %.3f%n", intent, c[0], c[1], c[0] / (double) c[1])));
        report.append(String.format("  %-22s %3d / %3d  %.3f%n", "all", right, questions.size(), right / (double) questions.size()));
        wrong.forEach(w -> report.append("  wrong: ").append(w).append('\n'));
        System.out.println(report);
        if (other != null) {
            return; // a held-out set is scored once and logged, not guarded
        }
        Properties floors = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/ask/accuracy-floors.properties")) {
            floors.load(in);
        }
        assertThat(right / (double) questions.size()).as("overall accuracy" + report)
                .isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty(set + ".all")));
        perIntent.forEach((intent, c) -> assertThat(c[0] / (double) c[1]).as(intent + report)
                .isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty(set + "." + intent, "0.66"))));
        assertThat(perIntent.get("none")[0]).as("refusals refused" + report).isEqualTo(perIntent.get("none")[1]);
    }

    private static List<Question> load(String resource, String path) {
        YAMLMapper yaml = YAMLMapper.builder().build();
        try (InputStream in = path == null ? AskBenchmarkTest.class.getResourceAsStream(resource) : Files.newInputStream(Path.of(path))) {
            return yaml.readValue(in, new TypeReference<List<Question>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
