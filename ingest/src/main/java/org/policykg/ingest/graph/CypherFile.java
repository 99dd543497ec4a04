package org.policykg.ingest.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Session;

/**
 * A query file as Neo4j Browser runs it (cypher/queries, bench/matrix.cypher): {@code :param name => literal}
 * lines set parameters, {@code //} lines are comments, the rest is one statement with an optional final {@code ;}.
 */
public record CypherFile(String statement, Map<String, String> paramLiterals) {

    private static final Pattern PARAM = Pattern.compile("^:param\\s+(\\w+)\\s*=>\\s*(.+)$");

    public static CypherFile parse(String text) {
        StringBuilder statement = new StringBuilder();
        Map<String, String> literals = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = PARAM.matcher(line.strip());
            if (m.matches()) {
                literals.put(m.group(1), m.group(2));
            } else if (!line.strip().startsWith("//")) {
                statement.append(line).append('\n');
            }
        }
        return new CypherFile(statement.toString().strip().replaceAll(";$", ""), literals);
    }

    /**
     * The parameters, each literal evaluated by Neo4j as Browser's {@code :param} does (so strings, booleans and
     * lists keep their types), in a read transaction: a literal cannot write.
     */
    public Map<String, Object> params(Session session) {
        Map<String, Object> params = new HashMap<>();
        paramLiterals.forEach((name, literal) -> params.put(name,
                session.executeRead(tx -> tx.run("RETURN " + literal + " AS value").single().get("value").asObject())));
        return params;
    }
}
