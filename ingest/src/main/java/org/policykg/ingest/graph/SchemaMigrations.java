package org.policykg.ingest.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Applies the versioned schema files {@code cypher/schema/V0001__Name.cypher} in order, once each, and records
 * each applied version as a {@code (:SchemaMigration)} node. Statements are idempotent, so a partial run is safe.
 */
public final class SchemaMigrations {

    private static final Pattern FILE = Pattern.compile("V(\\d{4})__(\\w+)\\.cypher");
    private static final String LOCATION = "cypher/schema";

    record Migration(int version, String description, String cypher) {

        List<String> statements() {
            List<String> result = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : cypher.split("\n")) {
                if (line.strip().startsWith("//")) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    result.add(current.toString().strip().replaceAll(";$", ""));
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                result.add(current.toString().strip());
            }
            return result;
        }
    }

    private SchemaMigrations() {
    }

    /** Applies what is missing; returns the versions applied now. */
    public static List<Integer> apply(Driver driver, String database) {
        List<Integer> applied = new ArrayList<>();
        try (Session session = Neo4jGraph.session(driver, database)) {
            for (Migration migration : load()) {
                boolean done = session.executeRead(tx -> tx.run(
                        "MATCH (m:SchemaMigration {version: $version}) RETURN count(m) > 0 AS done",
                        Map.of("version", migration.version())).single().get("done").asBoolean(false));
                if (done) {
                    continue;
                }
                for (String statement : migration.statements()) {
                    session.run(statement).consume(); // schema commands run in their own auto-commit transaction
                }
                session.executeWrite(tx -> tx.run("""
                        MERGE (m:SchemaMigration {version: $version})
                        SET m.description = $description, m.appliedAt = datetime()""",
                        Map.of("version", migration.version(), "description", migration.description())).consume());
                applied.add(migration.version());
            }
            session.run("CALL db.awaitIndexes(60)").consume();
        }
        return applied;
    }

    static List<Migration> load() {
        URL url = SchemaMigrations.class.getClassLoader().getResource(LOCATION);
        if (url == null) {
            throw new IllegalStateException("schema files not on the classpath: " + LOCATION);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(fs.getPath(LOCATION));
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    return read(FileSystems.getFileSystem(uri).getPath(LOCATION));
                }
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read schema files", e);
        }
    }

    private static List<Migration> read(Path dir) throws IOException {
        List<Migration> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = FILE.matcher(file.getFileName().toString());
                if (m.matches()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        result.add(new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return result;
    }
}
