package org.policykg.ingest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar policykg-ingest.jar <command>}: ingest, eval, delete, stats, benchmark, query-benchmark. */
@Command(name = "policykg-ingest", mixinStandardHelpOptions = true, version = "PolicyKG ingest 0.1",
        description = "Builds the PolicyKG graph from Chinese policy articles.",
        subcommands = {IngestCommand.class, EvalCommand.class, DeleteCommand.class, StatsCommand.class, BenchmarkCommand.class, QueryBenchmarkCommand.class})
public final class IngestCli {

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        System.exit(new CommandLine(new IngestCli()).execute(args));
    }
}
