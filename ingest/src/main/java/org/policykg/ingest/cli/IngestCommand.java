package org.policykg.ingest.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.graph.GraphConnection;
import org.policykg.ingest.pipeline.Pipeline;
import org.policykg.ingest.service.IngestReport;
import org.policykg.ingest.service.IngestionService;
import org.policykg.ingest.source.TextDecoder;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ingest corpus/ [more files]}: ingests into Neo4j and prints a summary. Exit code 2 when a file was rejected. */
@Command(name = "ingest", description = "Ingest a file or a folder of articles (.txt, .md, with manifest.yaml) into Neo4j.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths;

    @Mixin
    Neo4jOptions neo4j = new Neo4jOptions();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Pipeline pipeline = new Pipeline(Gazetteer.load(), TextDecoder.DEFAULT_MAX_BYTES, meters);
        try (GraphConnection graph = neo4j.open()) {
            out.println("Neo4j: " + graph.description());
            IngestionService ingestion = new IngestionService(pipeline, graph);
            int rejected = 0;
            for (Path path : paths) {
                StageTimes before = StageTimes.of(meters, ingestion.stageNames());
                IngestReport report = ingestion.ingest(path, new ProgressBar(System.err));
                Map<String, Long> counts = graph.counts();
                Summary.print(out, path, report, StageTimes.of(meters, ingestion.stageNames()).since(before), counts);
                rejected += report.rejected().size();
            }
            return rejected == 0 ? 0 : 2;
        }
    }
}
