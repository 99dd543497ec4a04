package org.policykg.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.policykg.ingest.yaml.YamlFiles;

/**
 * A folder of articles (.txt, .md) with an optional {@code manifest.yaml} giving each file's id, title,
 * authors, venue and date. Files are listed lazily so a large corpus streams.
 */
public final class Corpus {

    public static final String MANIFEST = "manifest.yaml";

    private final Path root;
    private final Map<String, DocumentMeta> byFile;

    private Corpus(Path root, Map<String, DocumentMeta> byFile) {
        this.root = root;
        this.byFile = byFile;
    }

    /** A folder, or a single file (its folder's manifest still applies). */
    public static Corpus at(Path path) {
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        return new Corpus(path, readManifest(dir.resolve(MANIFEST)));
    }

    public List<Path> files() {
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(root.resolve("gold")))
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase();
                        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DocumentMeta metaFor(Path file) {
        String name = file.getFileName().toString();
        DocumentMeta meta = byFile.get(name);
        return meta != null ? meta : DocumentMeta.untitled(name.replaceFirst("\\.[^.]+$", ""));
    }

    private static Map<String, DocumentMeta> readManifest(Path manifest) {
        Map<String, DocumentMeta> result = new LinkedHashMap<>();
        if (Files.exists(manifest)) {
            for (Manifest.Entry entry : YamlFiles.read(manifest, Manifest.class).documents()) {
                result.put(entry.file(), entry.meta());
            }
        }
        return result;
    }
}
