package org.policykg.api.evidence;

import java.util.HashMap;
import java.util.Map;

import org.policykg.ingest.model.DocumentDate;

/**
 * A period of documents' dates: each end a year, a month or a day ({@code from=2024&to=2025-06}), either open. A
 * document is in the period when its date overlaps it, a date stated as a year or a month standing for all its days;
 * a document without a date is in no bounded period. Every endpoint that filters by period reads it here, so its
 * parsing, its refusals (an end that is no date, from after to: 400) and its query parameters are one.
 *
 * <p>The Cypher that filters by it takes {@code $from} and {@code $to}, the first and last day ({@code yyyy-MM-dd})
 * or null, and selects the documents as {@code document/list.cypher} does:
 * {@code ($from IS NULL OR (d.year >= date($from).year AND d.date + '~' >= $from)) AND ($to IS NULL OR (d.year <= date($to).year AND d.date <= $to))}.
 */
public record Period(DocumentDate from, DocumentDate to) {

    /** No bounds: every document, the undated too. */
    public static final Period ALL = new Period(null, null);

    public Period {
        if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
            throw new IllegalArgumentException("from (" + from.iso() + ") is after to (" + to.iso() + ")");
        }
    }

    /** The period of request parameters {@code from} and {@code to}, either null or blank for an open end. */
    public static Period of(String from, String to) {
        return of("from", from, "to", to);
    }

    /** The same, for an endpoint whose {@code from} and {@code to} mean something else: refusals name its parameters. */
    public static Period of(String fromName, String from, String toName, String to) {
        DocumentDate start = end(fromName, from);
        DocumentDate end = end(toName, to);
        if (start != null && end != null && start.firstDay().isAfter(end.lastDay())) {
            throw new IllegalArgumentException(fromName + " (" + from.strip() + ") is after " + toName + " (" + to.strip() + ")");
        }
        return new Period(start, end);
    }

    private static DocumentDate end(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DocumentDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /** The start as given ({@code 2024}, {@code 2024-06}, {@code 2024-06-13}), null when open; for answers to echo. */
    public String fromIso() {
        return from == null ? null : from.iso();
    }

    /** The end as given, null when open. */
    public String toIso() {
        return to == null ? null : to.iso();
    }

    public boolean bounded() {
        return from != null || to != null;
    }

    /** {@code from} and {@code to}: the period's first and last day, null where open. */
    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from == null ? null : from.firstDay().toString());
        params.put("to", to == null ? null : to.lastDay().toString());
        return params;
    }

    /** {@link #params()} with the query's own parameters. */
    public Map<String, Object> params(Map<String, Object> others) {
        Map<String, Object> params = new HashMap<>(others);
        params.putAll(params());
        return params;
    }
}
