package org.policykg.ingest.structure;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policykg.ingest.script.Script;
import org.policykg.ingest.source.SourceDocument;

/** A document split into sections and sentences, and the script it is written in. */
public record StructuredDocument(SourceDocument source, Script script, List<Section> sections, List<Sentence> sentences) {

    public StructuredDocument {
        sections = List.copyOf(sections);
        sentences = List.copyOf(sentences);
    }

    public String id() {
        return source.id();
    }

    public Map<String, Section> sectionsById() {
        return sections.stream().collect(Collectors.toMap(Section::id, Function.identity()));
    }
}
