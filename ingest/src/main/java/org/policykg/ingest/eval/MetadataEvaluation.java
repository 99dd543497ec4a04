package org.policykg.ingest.eval;

import java.io.PrintStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.policykg.ingest.meta.MetadataReader;
import org.policykg.ingest.script.ScriptStage;
import org.policykg.ingest.segment.HanLpSimplifier;
import org.policykg.ingest.model.DocumentDate;
import org.policykg.ingest.model.DocumentKind;
import org.policykg.ingest.model.DocumentMetadata;
import org.policykg.ingest.source.TextDecoder;
import org.policykg.ingest.yaml.YamlFiles;

/**
 * Scores the meta stage, per field, against the {@code meta:} blocks of gold files, reading each text alone (no
 * manifest or caller values, which would win). A single value counts as a true positive when it equals the gold's,
 * a false positive when it is stated and differs (or the gold has none), a false negative when the gold's is missed
 * or differs; list fields (issuers, authors) count item by item. A date must match in its precision too.
 */
public final class MetadataEvaluation {

    /** The fields scored. */
    public enum Field { ISSUERS, NUMBER, DATE, KIND, AUTHORS, VENUE }

    private final Map<Field, Score> scores = new EnumMap<>(Field.class);
    private final List<String> details = new ArrayList<>();
    private int documents;

    private MetadataEvaluation() {
        for (Field f : Field.values()) {
            scores.put(f, Score.ZERO);
        }
    }

    /** Every gold file in {@code goldDir} with a {@code meta:} block, against its text in {@code corpus}. */
    public static MetadataEvaluation of(Path corpus, Path goldDir) {
        return of(corpus, goldDir, UnaryOperator.identity());
    }

    /**
     * The same with each text as {@code rewrite} gives it (a traditional-character copy, say), read as the pipeline
     * reads it: in its analysis form.
     */
    public static MetadataEvaluation of(Path corpus, Path goldDir, UnaryOperator<String> rewrite) {
        HanLpSimplifier simplifier = new HanLpSimplifier();
        ScriptStage scripts = new ScriptStage(simplifier);
        MetadataEvaluation evaluation = new MetadataEvaluation();
        MetadataReader reader = new MetadataReader();
        TextDecoder decoder = new TextDecoder();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                MetaGoldFile gold = YamlFiles.read(file, MetaGoldFile.class);
                if (gold.meta() != null) {
                    String text = rewrite.apply(decoder.decode(Files.readAllBytes(corpus.resolve(gold.document()))).text());
                    evaluation.add(gold.document(), simplified(gold.meta(), simplifier), reader.fromText(scripts.read(text).form().of(text)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return evaluation;
    }

    /** Names are stored simplified, as entity names are: a gold file may give them as a traditional text prints them. */
    private static MetaGoldFile.Meta simplified(MetaGoldFile.Meta gold, HanLpSimplifier simplifier) {
        return new MetaGoldFile.Meta(gold.issuers().stream().map(simplifier::simplify).toList(),
                gold.number() == null ? null : simplifier.simplify(gold.number()), gold.date(), gold.kind(),
                gold.authors().stream().map(simplifier::simplify).toList(), gold.venue() == null ? null : simplifier.simplify(gold.venue()));
    }

    void add(String document, MetaGoldFile.Meta gold, DocumentMetadata predicted) {
        documents++;
        list(document, Field.ISSUERS, gold.issuers(), predicted.issuers());
        single(document, Field.NUMBER, gold.number(), predicted.number());
        single(document, Field.DATE, gold.date() == null ? null : DocumentDate.parse(gold.date()).iso(),
                predicted.date() == null ? null : predicted.date().iso());
        single(document, Field.KIND, gold.kind() == null ? null : DocumentKind.parse(gold.kind()).name(),
                predicted.kind() == null ? null : predicted.kind().name());
        list(document, Field.AUTHORS, gold.authors(), predicted.authors());
        single(document, Field.VENUE, gold.venue(), predicted.venue());
    }

    private void single(String document, Field field, String gold, String predicted) {
        if (gold != null && gold.equals(predicted)) {
            count(field, new Score(1, 0, 0));
            return;
        }
        count(field, new Score(0, predicted != null ? 1 : 0, gold != null ? 1 : 0));
        if (!Objects.equals(gold, predicted)) {
            details.add("%s %s: gold %s, read %s".formatted(document, field, gold, predicted));
        }
    }

    private void list(String document, Field field, List<String> gold, List<String> predicted) {
        int hits = (int) predicted.stream().distinct().filter(gold::contains).count();
        count(field, new Score(hits, (int) predicted.stream().distinct().count() - hits, (int) gold.stream().distinct().count() - hits));
        if (!Set.copyOf(gold).equals(Set.copyOf(predicted))) {
            details.add("%s %s: gold %s, read %s".formatted(document, field, gold, predicted));
        }
    }

    private void count(Field field, Score score) {
        scores.merge(field, score, Score::plus);
    }

    public Score score(Field field) {
        return scores.get(field);
    }

    public int documents() {
        return documents;
    }

    /** Each difference from the gold, {@code document FIELD: gold …, read …}. */
    public List<String> details() {
        return List.copyOf(details);
    }

    public void print(PrintStream out, boolean withDetails) {
        out.printf("Document metadata, %d documents%n", documents);
        out.printf("  %-8s %9s %6s %6s   %s%n", "field", "precision", "recall", "F1", "TP/FP/FN");
        for (Field f : Field.values()) {
            Score s = scores.get(f);
            out.printf("  %-8s %9.2f %6.2f %6.2f   %d/%d/%d%n", f.name().toLowerCase(), s.precision(), s.recall(), s.f1(),
                    s.truePositives(), s.falsePositives(), s.falseNegatives());
        }
        if (withDetails) {
            details.forEach(d -> out.println("  " + d));
        }
    }
}
