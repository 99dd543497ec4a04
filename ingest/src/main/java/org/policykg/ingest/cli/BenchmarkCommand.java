package org.policykg.ingest.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.graph.GraphConnection;
import org.policykg.ingest.pipeline.Pipeline;
import org.policykg.ingest.service.IngestReport;
import org.policykg.ingest.service.IngestionService;
import org.policykg.ingest.service.Progress;
import org.policykg.ingest.segment.HanLpSegmenter;
import org.policykg.ingest.source.Corpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark}: ingest throughput end to end into a fresh embedded Neo4j on the corpus and on synthetic
 * corpora N times its size (corpus paragraphs recombined under new documents, so entities repeat as in real
 * corpora), next to HanLP segmentation alone on the same text, the ceiling. Writes a Markdown table.
 */
@Command(name = "benchmark", description = "Measure ingest throughput on the corpus and on synthetic corpora 10x and 100x its size.")
final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--corpus", defaultValue = "corpus", description = "Source articles (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--scales", split = ",", defaultValue = "1,10,100", description = "Corpus sizes to run, as multiples (default: ${DEFAULT-VALUE}).")
    List<Integer> scales;

    @Option(names = "--out", description = "Markdown file for the results (for example bench/results/ingest.md).")
    Path out;

    record Row(int scale, int documents, long characters, double seconds, long peakHeapMb, long retainedHeapMb,
               double segmentationCharsPerSecond, double analysisCharsPerSecond) {

        double documentsPerSecond() {
            return documents / seconds;
        }

        double charactersPerSecond() {
            return characters / seconds;
        }
    }

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = Pipeline.withDefaults();
        pipeline.warmUp();
        HanLpSegmenter segmenter = new HanLpSegmenter(Gazetteer.load().terms());
        List<String> paragraphs = paragraphs(corpus);
        List<Row> rows = new ArrayList<>();
        for (int scale : scales) {
            Path work = Files.createTempDirectory("policykg-bench-");
            try {
                Path articles = Files.createDirectories(work.resolve("articles"));
                long characters = synthesise(paragraphs, scale, articles);
                double segmentation = segmentationSpeed(segmenter, articles);
                double analysis = analysisSpeed(pipeline, articles);
                System.gc();
                try (GraphConnection graph = GraphConnection.open(null, "neo4j", null, null, work.resolve("db"))) {
                    java.util.concurrent.atomic.AtomicLong peakBytes = new java.util.concurrent.atomic.AtomicLong();
                    IngestReport report = withPeakHeap(peakBytes,
                            () -> new IngestionService(pipeline, graph).ingest(articles, Progress.NONE));
                    long peak = peakBytes.get() / (1024 * 1024);
                    Row row = new Row(scale, report.documents(), characters, report.seconds(), peak, retainedHeapMb(), segmentation, analysis);
                    rows.add(row);
                    System.out.printf("%4dx: %4d documents, %,11d characters in %7.1f s = %6.1f documents/s, %,8.0f characters/s; "
                                    + "peak heap %d MB, %d MB after a full GC; HanLP alone %,.0f characters/s (end to end at %.0f%%); analysis without writing %,.0f characters/s%n",
                            scale, row.documents(), characters, row.seconds(), row.documentsPerSecond(), row.charactersPerSecond(),
                            row.peakHeapMb(), row.retainedHeapMb(), segmentation, 100 * row.charactersPerSecond() / segmentation, analysis);
                }
            } finally {
                deleteTree(work);
            }
        }
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, markdown(rows));
            System.out.println("results written to " + out);
        }
        return 0;
    }

    /** Paragraphs of the corpus articles (blank-line separated), in file order. */
    static List<String> paragraphs(Path corpus) throws IOException {
        List<String> result = new ArrayList<>();
        for (Path file : Corpus.at(corpus).files()) {
            for (String p : Files.readString(file, StandardCharsets.UTF_8).split("\n\\s*\n")) {
                if (p.strip().length() > 20) {
                    result.add(p.strip());
                }
            }
        }
        return result;
    }

    /** {@code scale × 5} documents of about the corpus's average size, each a seeded recombination of paragraphs. */
    static long synthesise(List<String> paragraphs, int scale, Path dir) throws IOException {
        Random random = new Random(42L * scale);
        int documents = 5 * scale;
        long total = paragraphs.stream().mapToLong(String::length).sum();
        long perDocument = total / 5;
        long characters = 0;
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder("合成文档 ").append(scale).append('-').append(d).append("\n\n");
            while (text.length() < perDocument) {
                text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
            }
            Files.writeString(dir.resolve("synthetic-%05d.txt".formatted(d)), text, StandardCharsets.UTF_8);
            characters += text.length();
        }
        return characters;
    }

    private static double segmentationSpeed(HanLpSegmenter segmenter, Path dir) throws IOException {
        long characters = 0;
        long start = System.nanoTime();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        segmenter.segment(line);
                        characters += line.length();
                    }
                }
            }
        }
        return characters / ((System.nanoTime() - start) / 1e9);
    }

    /** Every stage but the write (read, clean, structure, segment, extract), one document after another. */
    private static double analysisSpeed(Pipeline pipeline, Path dir) throws IOException {
        long characters = 0;
        long start = System.nanoTime();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                characters += pipeline.process(org.policykg.ingest.source.DocumentMeta.untitled(f.getFileName().toString()),
                        Files.readAllBytes(f)).document().source().text().length();
            }
        }
        return characters / ((System.nanoTime() - start) / 1e9);
    }

    /** Samples heap in use every 10 ms while running {@code work}: the highest value seen (pool peaks do not add up). */
    private static <T> T withPeakHeap(java.util.concurrent.atomic.AtomicLong peak, java.util.function.Supplier<T> work) {
        Runtime rt = Runtime.getRuntime();
        var sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max),
                0, 10, java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            sampler.shutdownNow();
        }
    }

    /** Heap in use right after a full collection, with the database still open: what ingestion keeps. */
    private static long retainedHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder("# Ingest throughput\n\n");
        md.append("Measured %s with `bench/ingest.sh` on %d cores, max heap %d MB, Java %s. End to end: read, clean, structure, "
                .formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                        System.getProperty("java.version")));
        md.append("segment, extract and write into a fresh embedded Neo4j, one transaction per document. Segmentation alone: "
                + "HanLP over the same text, the ceiling. Analysis alone: every stage but the write, one thread, no database.\n\n");
        md.append("| corpus | documents | characters | seconds | documents/s | characters/s | peak heap in use MB | heap after full GC MB "
                + "| HanLP alone characters/s | end to end / HanLP | analysis alone characters/s | analysis alone / HanLP |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| %dx | %d | %,d | %.1f | %.1f | %,.0f | %d | %d | %,.0f | %.0f%% | %,.0f | %.0f%% |\n".formatted(r.scale(), r.documents(),
                    r.characters(), r.seconds(), r.documentsPerSecond(), r.charactersPerSecond(), r.peakHeapMb(), r.retainedHeapMb(),
                    r.segmentationCharsPerSecond(), 100 * r.charactersPerSecond() / r.segmentationCharsPerSecond(),
                    r.analysisCharsPerSecond(), 100 * r.analysisCharsPerSecond() / r.segmentationCharsPerSecond()));
        }
        return md.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
