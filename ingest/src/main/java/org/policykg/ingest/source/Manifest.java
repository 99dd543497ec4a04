package org.policykg.ingest.source;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * {@code manifest.yaml}, bound by Jackson: what is known about each file of a corpus folder. Dates stay the text
 * the manifest gives ({@code 2024-12-26}, {@code 2024-03}, {@code 2025}); {@code issuer} (one or a list), {@code number} and {@code kind} may be given too.
 */
record Manifest(List<Entry> documents) {

    Manifest {
        documents = documents == null ? List.of() : documents;
    }

    /** One file; without an id the file name is the key, without a title the key is, without a source the file. */
    record Entry(String file, String id, String title, List<String> authors, String venue, String date, String source,
                 @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> issuer, String number, String kind) {

        DocumentMeta meta() {
            String key = id != null ? id : file;
            return new DocumentMeta(key, title != null ? title : key, authors, venue, date, source != null ? source : file,
                    issuer, number, kind);
        }
    }
}
