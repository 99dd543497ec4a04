package org.policykg.ingest.source;

import java.util.List;

/**
 * What the manifest (or the caller) says about a document. {@code key} is the stable source name
 * (manifest id or file name): a new version of the same key replaces the old one.
 */
public record DocumentMeta(String key, String title, List<String> authors, String venue, String date, String source) {

    public DocumentMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public static DocumentMeta untitled(String key) {
        return new DocumentMeta(key, key, List.of(), null, null, key);
    }
}
