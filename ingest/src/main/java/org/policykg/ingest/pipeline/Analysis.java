package org.policykg.ingest.pipeline;

import java.util.List;

import org.policykg.ingest.clean.Block;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.DocumentMetadata;
import org.policykg.ingest.script.ScriptReading;
import org.policykg.ingest.segment.SegmentedSentences;
import org.policykg.ingest.source.SourceDocument;
import org.policykg.ingest.structure.StructuredDocument;

/**
 * One document on its way through the stages: each slot is filled by the stage that adds it. Reading a slot no
 * stage has filled yet fails loudly; {@link Pipeline} checks the order of the stages so that it cannot happen.
 */
final class Analysis {

    private final SourceDocument source;
    private ScriptReading script;
    private List<Block> blocks;
    private StructuredDocument structured;
    private SegmentedSentences tokens;
    private DocumentGraph graph;
    private DocumentMetadata metadata;

    Analysis(SourceDocument source) {
        this.source = source;
    }

    SourceDocument source() {
        return source;
    }

    ScriptReading script() {
        return present(script, Artefact.SCRIPT);
    }

    void script(ScriptReading script) {
        this.script = script;
    }

    List<Block> blocks() {
        return present(blocks, Artefact.CLEAN_TEXT);
    }

    void blocks(List<Block> blocks) {
        this.blocks = blocks;
    }

    StructuredDocument structured() {
        return present(structured, Artefact.SENTENCES);
    }

    void structured(StructuredDocument structured) {
        this.structured = structured;
    }

    SegmentedSentences tokens() {
        return present(tokens, Artefact.TOKENS);
    }

    void tokens(SegmentedSentences tokens) {
        this.tokens = tokens;
    }

    DocumentMetadata metadata() {
        return present(metadata, Artefact.METADATA);
    }

    void metadata(DocumentMetadata metadata) {
        this.metadata = metadata;
    }

    DocumentGraph graph() {
        return present(graph, Artefact.RELATIONS);
    }

    void graph(DocumentGraph graph) {
        this.graph = graph;
    }

    private static <T> T present(T value, Artefact artefact) {
        if (value == null) {
            throw new IllegalStateException(artefact + " is not there yet: no earlier stage added it");
        }
        return value;
    }
}
