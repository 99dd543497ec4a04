package org.policykg.ingest.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.policykg.ingest.eval.Evaluation;
import org.policykg.ingest.eval.Score;

/** One row of the README's table of held-out scorings: when, at which commit, which set, and the figures. */
final class ScoringLogRow {

    private ScoringLogRow() {
    }

    static String of(Path set, Evaluation e) {
        return "| " + LocalDate.now() + " | " + commit() + " | " + set + " | " + prf(e.allEntities()) + " | " + prf(e.allRelations())
                + " | " + perType(e.relations()) + " |";
    }

    private static String prf(Score s) {
        return String.format("%.2f / %.2f / %.2f", s.precision(), s.recall(), s.f1());
    }

    private static String perType(Map<String, Score> scores) {
        return scores.entrySet().stream().filter(e -> e.getValue().truePositives() + e.getValue().falseNegatives() + e.getValue().falsePositives() > 0)
                .map(e -> e.getKey() + " " + String.format("%.2f/%.2f", e.getValue().precision(), e.getValue().recall()))
                .collect(Collectors.joining(", "));
    }

    /** The commit being scored, so a row can be reproduced; "unknown" outside a git checkout. */
    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
