package org.policykg.ingest.structure;

import java.util.List;

/**
 * A section of a document. {@code heading} is the heading as printed (with its numbering), {@code title}
 * without it; {@code path} holds the titles from the top-level section down to this one. The root section
 * (level 0) holds what comes before the first heading.
 */
public record Section(String id, String parentId, int level, int ordinal, String heading, String title, List<String> path) {

    public Section {
        path = List.copyOf(path);
    }

    public String pathText() {
        return String.join(" > ", path);
    }
}
