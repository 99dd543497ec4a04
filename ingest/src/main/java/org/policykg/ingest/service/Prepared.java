package org.policykg.ingest.service;

import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.source.SourceDocument;

/** One text after the read stage and, unless its hash is stored already, the analysis: {@code graph} null when stored. */
record Prepared(SourceDocument source, DocumentGraph graph) {

    boolean stored() {
        return graph == null;
    }
}
