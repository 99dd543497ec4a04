package org.policykg.ingest.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;

/**
 * Finds the schema files in the one place the class loader has them. neo4j-migrations' default scanner (ClassGraph)
 * opens every jar on the class path to look for the location, which in the service's fat jar (some 250 nested jars)
 * costs seconds of start-up; this lists the folder itself, in a jar or on disk.
 */
final class SchemaFiles implements ClasspathResourceScanner {

    @Override
    public List<URL> scan(List<String> locations) {
        List<URL> files = new ArrayList<>();
        for (String location : locations) {
            URL folder = SchemaFiles.class.getClassLoader().getResource(location.replaceFirst("^/", ""));
            if (folder == null) {
                throw new IllegalStateException("schema files not on the class path: " + location);
            }
            try {
                URI uri = folder.toURI();
                if ("jar".equals(uri.getScheme())) {
                    files.addAll(list(jarFileSystem(uri).provider().getPath(uri)));
                } else {
                    files.addAll(list(Path.of(uri)));
                }
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException("cannot list schema files in " + folder, e);
            }
        }
        return files;
    }

    /** The jar's file system, opened once and left open: the URLs handed back are read after this returns. */
    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            try {
                return FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException raced) {
                return FileSystems.getFileSystem(uri);
            }
        }
    }

    private static List<URL> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            List<URL> result = new ArrayList<>();
            for (Path file : entries.filter(f -> f.getFileName().toString().endsWith(".cypher")).sorted().toList()) {
                result.add(file.toUri().toURL());
            }
            return result;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
