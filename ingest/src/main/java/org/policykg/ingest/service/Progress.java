package org.policykg.ingest.service;

import java.nio.file.Path;

/** Told after each file of a run; the command line draws its progress bar from it. */
public interface Progress {

    Progress NONE = (done, total, file, characters) -> { };

    void fileDone(int done, int total, Path file, long charactersSoFar);
}
