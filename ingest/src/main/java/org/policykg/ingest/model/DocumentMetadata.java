package org.policykg.ingest.model;

import java.util.List;

import org.policykg.ingest.source.DocumentMeta;

/**
 * What a document is, as the Document node stores it: its issuers (发文机关, several for a joint issue), document
 * number (文号), date (null when neither the text nor the caller states one: never guessed), kind, and for articles
 * and reports the authors and venue.
 */
public record DocumentMetadata(List<String> issuers, String number, DocumentDate date, DocumentKind kind,
                               List<String> authors, String venue) {

    public static final DocumentMetadata NONE = new DocumentMetadata(List.of(), null, null, null, List.of(), null);

    public DocumentMetadata {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** What the caller or the manifest gives; a date or kind it gives that cannot be read is refused. */
    public static DocumentMetadata given(DocumentMeta meta) {
        return new DocumentMetadata(meta.issuers(), blankToNull(meta.number()),
                blankToNull(meta.date()) == null ? null : DocumentDate.parse(meta.date()),
                blankToNull(meta.kind()) == null ? null : DocumentKind.parse(meta.kind()), meta.authors(), blankToNull(meta.venue()));
    }

    /** Field by field, this metadata's value where it has one, else {@code read}'s: given values win. */
    public DocumentMetadata orElse(DocumentMetadata read) {
        return new DocumentMetadata(issuers.isEmpty() ? read.issuers : issuers, number != null ? number : read.number,
                date != null ? date : read.date, kind != null ? kind : read.kind, authors.isEmpty() ? read.authors : authors,
                venue != null ? venue : read.venue);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
