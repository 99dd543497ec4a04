package org.policykg.ingest.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.policykg.ingest.eval.Evaluation;
import org.policykg.ingest.eval.Evaluator;
import org.policykg.ingest.eval.MetadataEvaluation;
import org.policykg.ingest.pipeline.Pipeline;
import org.policykg.ingest.segment.TraditionalCopy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval}: precision, recall and F1 per entity type and relation type against the gold annotations. */
@Command(name = "eval", description = "Score extraction against gold annotations (no database needed).")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", defaultValue = "corpus", description = "Folder of articles (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--gold", description = "Folder of gold YAML files (default: <corpus>/gold).")
    Path gold;

    @Option(names = "--details", description = "Also list every missed and spurious item.")
    boolean details;

    @Option(names = "--traditional", description = "Score a traditional-character copy of each document (HanLP s2t) against the same gold.")
    boolean traditional;

    @Option(names = "--log-row", description = "Also print the row for the README's table of held-out scorings (date, commit, set, figures).")
    boolean logRow;

    @Option(names = "--meta", description = "Score document metadata (issuer, number, date, kind, authors, venue) against the gold files' meta: blocks instead.")
    boolean meta;

    @Override
    public Integer call() {
        Path goldDir = gold != null ? gold : corpus.resolve("gold");
        if (meta) {
            System.out.println("Metadata evaluation of " + corpus + " against " + goldDir);
            System.out.println(traditional ? "(traditional-character copies)" : "");
            MetadataEvaluation.of(corpus, goldDir, traditional ? TraditionalCopy::of : UnaryOperator.identity()).print(System.out, details);
            return 0;
        }
        Evaluation evaluation = new Evaluator(Pipeline.withDefaults())
                .evaluate(corpus, goldDir, traditional ? TraditionalCopy::of : UnaryOperator.identity());
        System.out.println("Evaluation of " + corpus + (traditional ? " (traditional-character copies)" : "") + " against " + goldDir);
        evaluation.print(System.out, details);
        if (logRow) {
            System.out.println(ScoringLogRow.of(traditional ? Path.of(corpus + " (traditional)") : corpus, evaluation));
        }
        if (!evaluation.failures().isEmpty()) {
            System.err.println(evaluation.failures().size() + " document(s) could not be analysed; scored as nothing found");
            return 1;
        }
        return 0;
    }
}
