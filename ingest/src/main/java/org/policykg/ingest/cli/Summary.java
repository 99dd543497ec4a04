package org.policykg.ingest.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.service.IngestReport;

/** The end-of-run summary: what this run did, then what the graph holds. */
final class Summary {

    private Summary() {
    }

    static void print(PrintStream out, Path path, IngestReport r, StageTimes stages, Map<String, Long> graph) {
        out.printf("Ingested %s%n", path);
        out.printf("  documents   %d (new %d, unchanged %d, replaced %d, rejected %d)%n",
                r.documents() + r.rejected().size(), r.created(), r.unchanged(), r.replaced(), r.rejected().size());
        out.printf("  sentences   %,d%n", r.sentences());
        out.printf("  characters  %,d in %.2f s = %,.0f characters/s%n", r.characters(), r.seconds(), r.charactersPerSecond());
        out.printf("  stages      %s%n", stages.seconds().entrySet().stream()
                .map(e -> String.format("%s %.2f s (%d)", e.getKey(), e.getValue(), stages.documents().get(e.getKey())))
                .collect(Collectors.joining(", ")));
        for (IngestReport.Rejected rejected : r.rejected()) {
            out.printf("  rejected    %s: %s%n", rejected.file(), rejected.reason());
        }
        out.println("Graph now holds");
        out.printf("  nodes       Document %d, Section %d, Sentence %d%n", graph.get("Document"), graph.get("Section"), graph.get("Sentence"));
        out.printf("  entities    Region %d, Strategy %d, Mechanism %d%n", graph.get("Region"), graph.get("Strategy"), graph.get("Mechanism"));
        String relations = Arrays.stream(RelationType.values()).map(t -> t.name() + " " + graph.get(t.name()))
                .collect(Collectors.joining(", "));
        out.printf("  relations   %s (MENTIONS %d)%n", relations, graph.get("MENTIONS"));
    }
}
