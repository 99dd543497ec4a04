package org.policykg.ingest.eval;

import java.util.List;

/**
 * The {@code meta:} block of a gold file: the metadata the text states (ANNOTATION.md, "Document metadata").
 * A field the text does not state is null (or an empty list); {@code date} is {@code yyyy}, {@code yyyy-MM} or
 * {@code yyyy-MM-dd}, {@code kind} a {@code DocumentKind} name or label.
 */
record MetaGoldFile(String document, Meta meta) {

    record Meta(List<String> issuers, String number, String date, String kind, List<String> authors, String venue) {
        Meta {
            issuers = issuers == null ? List.of() : issuers;
            authors = authors == null ? List.of() : authors;
        }
    }
}
