package org.policykg.ingest.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a YAML file into a record with Jackson. Scalars bound to {@code String} keep their text as written
 * ({@code 2024-12-26} stays that, not a timestamp). Keys the record does not name are ignored, as the map-based
 * readers did, so a file with notes of its own still loads.
 */
public final class YamlFiles {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private YamlFiles() {
    }

    public static <T> T read(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, type, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class-path resource; missing is an error, since the module ships it. */
    public static <T> T resource(String name, Class<T> type) {
        try (InputStream in = YamlFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return read(in, type, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(InputStream in, Class<T> type, String name) {
        try {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw new IllegalArgumentException(name + " is empty");
            }
            return value;
        } catch (JacksonException e) {
            throw new IllegalArgumentException(name + ": " + e.getOriginalMessage(), e);
        }
    }
}
