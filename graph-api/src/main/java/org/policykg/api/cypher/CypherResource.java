package org.policykg.api.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.policykg.ingest.graph.CypherFile;

/**
 * A named query read from a {@code .cypher} resource, as Browser would run it (its {@code :param} and {@code //}
 * lines dropped, the parser is ingest's {@link CypherFile}). Each feature's query class keeps its files next to it
 * ({@code org/policykg/api/<feature>/<name>.cypher}); the Browser files of {@code cypher/queries/} are copied into
 * the jar at build time, so the service runs the very file Browser users run. Loaded once, when the query class is
 * built: a missing file fails the start, not a request.
 */
public final class CypherResource {

    private CypherResource() {
    }

    /**
     * The statement of {@code name}, relative to {@code owner}'s package ({@code "list.cypher"}) or absolute
     * ({@code "/cypher/queries/01_mechanisms_per_board.cypher"}).
     */
    public static String load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no query file " + name + " beside " + owner.getName());
            }
            return CypherFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).statement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
