package org.policykg.ingest.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RelationType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads gold annotation files ({@code gold/*.yaml}):
 * <pre>
 * document: 002_xxx.txt
 * entities:
 *   Region: [东部地区, 京津冀]
 *   Strategy: [西部大开发]
 *   Mechanism: [区域板块差异化发展机制]
 * relations:
 *   - [SERVES, 基本公共服务均等化机制, 中部地区, 加大中央财政对中西部地区的转移支付力度]
 * </pre>
 */
public final class GoldStandard {

    private GoldStandard() {
    }

    public static List<GoldDocument> load(Path goldDir) {
        try (Stream<Path> files = Files.list(goldDir)) {
            List<GoldDocument> result = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                result.add(read(file));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static GoldDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<EntityType, Set<String>> entities = new EnumMap<>(EntityType.class);
            Map<String, Object> e = (Map<String, Object>) yaml.getOrDefault("entities", Map.of());
            for (EntityType type : EntityType.values()) {
                Set<String> names = new LinkedHashSet<>();
                for (Object name : (List<Object>) e.getOrDefault(type.name(), List.of())) {
                    names.add(String.valueOf(name));
                }
                entities.put(type, names);
            }
            List<GoldDocument.GoldRelation> relations = new ArrayList<>();
            for (Object o : (List<Object>) yaml.getOrDefault("relations", List.of())) {
                List<Object> r = (List<Object>) o;
                if (r.size() < 3) {
                    throw new IllegalArgumentException(file + ": a relation needs type, from, to: " + r);
                }
                relations.add(new GoldDocument.GoldRelation(RelationType.valueOf(String.valueOf(r.get(0))),
                        String.valueOf(r.get(1)), String.valueOf(r.get(2)), r.size() > 3 ? String.valueOf(r.get(3)) : null));
            }
            return new GoldDocument(String.valueOf(yaml.get("document")), entities, relations);
        }
    }
}
