package org.policykg.api.query;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of defence for user Cypher, applied to the text with comments and string literals removed and
 * Unicode normalised: one statement only, no LOAD CSV, no CALL … IN TRANSACTIONS, no write clause, no schema or
 * admin command, and only read-only procedures. Neo4j then decides for certain: EXPLAIN must report a read-only
 * query, and it runs in a read transaction.
 */
final class ReadOnlyCypherGuard {

    private static final Pattern WRITE = Pattern.compile(
            "\\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|ALTER|RENAME|GRANT|DENY|REVOKE|FOREACH|TERMINATE)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOAD_CSV = Pattern.compile("\\bLOAD\\s+CSV\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_TRANSACTIONS = Pattern.compile("\\bIN\\s+(\\d+\\s+)?(CONCURRENT\\s+)?TRANSACTIONS\\b|\\bPERIODIC\\s+COMMIT\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern USE = Pattern.compile("^\\s*(USE|SHOW|:)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROCEDURE_CALL = Pattern.compile("\\bCALL\\s+([A-Za-z_][\\w.]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern READ_PROCEDURES = Pattern.compile(
            "db\\.(labels|relationshipTypes|propertyKeys|index\\.fulltext\\.query(Nodes|Relationships)|schema\\.(visualization|nodeTypeProperties|relTypeProperties))");
    private static final int MAX_LENGTH = 10_000;

    private ReadOnlyCypherGuard() {
    }

    /** Throws {@link IllegalArgumentException} with the reason when the query is not a single read-only statement. */
    static void check(String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query must not be empty");
        }
        if (query.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("query is longer than " + MAX_LENGTH + " characters");
        }
        String code = codeOnly(Normalizer.normalize(query, Normalizer.Form.NFKC));
        String trimmed = code.strip();
        if (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.contains(";")) {
            throw new IllegalArgumentException("one statement per request: remove the ';' separated statements");
        }
        if (USE.matcher(trimmed).find()) {
            throw new IllegalArgumentException("administration and Browser commands are not allowed (USE, SHOW, :commands)");
        }
        if (LOAD_CSV.matcher(trimmed).find()) {
            throw new IllegalArgumentException("LOAD CSV is not allowed: the endpoint only reads the graph");
        }
        if (IN_TRANSACTIONS.matcher(trimmed).find()) {
            throw new IllegalArgumentException("CALL { … } IN TRANSACTIONS is not allowed: the endpoint only reads the graph");
        }
        Matcher write = WRITE.matcher(trimmed);
        if (write.find()) {
            throw new IllegalArgumentException("read-only endpoint: " + write.group(1).toUpperCase() + " is not allowed");
        }
        Matcher call = PROCEDURE_CALL.matcher(trimmed);
        while (call.find()) {
            if (!READ_PROCEDURES.matcher(call.group(1)).matches()) {
                throw new IllegalArgumentException("procedure " + call.group(1) + " is not allowed; read procedures: db.labels, "
                        + "db.relationshipTypes, db.propertyKeys, db.index.fulltext.queryNodes, db.schema.visualization");
            }
        }
    }

    /** The query with comments and the contents of string literals and escaped names blanked out. */
    static String codeOnly(String q) {
        StringBuilder out = new StringBuilder(q.length());
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (c == '/' && i + 1 < q.length() && q.charAt(i + 1) == '/') {
                while (i < q.length() && q.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < q.length() && q.charAt(i + 1) == '*') {
                int end = q.indexOf("*/", i + 2);
                i = end < 0 ? q.length() : end + 2;
                out.append(' ');
            } else if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < q.length() && q.charAt(j) != c) {
                    j += q.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c == '`' ? "name" : "''");
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
