package org.policykg.ingest.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.policykg.ingest.service.Progress;

/** A one-line progress bar on stderr, redrawn in place; shown only for runs of more than one file. */
final class ProgressBar implements Progress {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private final long start = System.nanoTime();

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void fileDone(int done, int total, Path file, long characters) {
        if (total < 2) {
            return;
        }
        int filled = (int) Math.round(WIDTH * (double) done / total);
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf("\r[%s%s] %d/%d documents  %,.0f chars/s  %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, seconds > 0 ? characters / seconds : 0.0, file.getFileName());
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
