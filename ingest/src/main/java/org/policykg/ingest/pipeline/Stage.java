package org.policykg.ingest.pipeline;

import java.util.Set;
import java.util.function.Consumer;

/**
 * One step of the analysis: its name (the {@code stage} tag of its timer), the artefacts it needs from earlier
 * stages, the artefacts it adds, and the work, which reads and fills one document's {@link Analysis}.
 */
record Stage(String name, Set<Artefact> needs, Set<Artefact> adds, Consumer<Analysis> work) {

    Stage {
        needs = Set.copyOf(needs);
        adds = Set.copyOf(adds);
    }
}
