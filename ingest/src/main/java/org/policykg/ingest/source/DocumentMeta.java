package org.policykg.ingest.source;

import java.util.List;

/**
 * What the manifest (or the caller) says about a document. {@code key} is the stable source name
 * (manifest id or file name): a new version of the same key replaces the old one. Issuers, number, date, kind,
 * authors and venue given here win over what the text states, field by field; null or empty gives nothing.
 */
public record DocumentMeta(String key, String title, List<String> authors, String venue, String date, String source,
                           List<String> issuers, String number, String kind) {

    public DocumentMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
    }

    public DocumentMeta(String key, String title, List<String> authors, String venue, String date, String source) {
        this(key, title, authors, venue, date, source, List.of(), null, null);
    }

    public static DocumentMeta untitled(String key) {
        return new DocumentMeta(key, key, List.of(), null, null, key);
    }
}
