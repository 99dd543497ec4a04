package org.policykg.ingest.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.policykg.ingest.eval.GoldDocument.GoldEntity;
import org.policykg.ingest.eval.GoldDocument.GoldRelation;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RelationType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads gold annotation files ({@code gold/*.yaml}, format and conventions in the test resources' ANNOTATION.md):
 * <pre>
 * document: u12_example.txt
 * entities:
 *   Region: [东北地区, [辽宁省, 辽宁]]
 *   Mechanism: [对口合作机制]
 * relations:
 *   - [COOPERATES_WITH, 辽宁, 江苏, 辽宁与江苏深化对口合作]
 * optional:
 *   relations:
 *     - [PART_OF, 沈阳, 辽宁]
 * </pre>
 * A relation naming an entity that is not listed is an error of the gold file, reported with the file's name.
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

    static GoldDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Map<?, ?> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<?, ?> optional = map(yaml.get("optional"));
            GoldDocument gold = new GoldDocument(String.valueOf(yaml.get("document")),
                    entities(map(yaml.get("entities"))), relations(file, list(yaml.get("relations"))),
                    entities(map(optional.get("entities"))), relations(file, list(optional.get("relations"))));
            validate(file, gold);
            return gold;
        }
    }

    private static List<GoldEntity> entities(Map<?, ?> byType) {
        List<GoldEntity> result = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            for (Object item : list(byType.get(type.name()))) {
                List<String> names = item instanceof List<?> alternatives
                        ? alternatives.stream().map(String::valueOf).toList() : List.of(String.valueOf(item));
                result.add(new GoldEntity(type, names));
            }
        }
        return result;
    }

    private static List<GoldRelation> relations(Path file, List<?> rows) {
        List<GoldRelation> result = new ArrayList<>();
        for (Object row : rows) {
            List<?> r = list(row);
            if (r.size() < 3) {
                throw new IllegalArgumentException(file + ": a relation needs type, from, to: " + r);
            }
            result.add(new GoldRelation(RelationType.parse(String.valueOf(r.get(0))), String.valueOf(r.get(1)),
                    String.valueOf(r.get(2)), r.size() > 3 ? String.valueOf(r.get(3)) : null));
        }
        return result;
    }

    private static void validate(Path file, GoldDocument gold) {
        for (GoldRelation r : Stream.concat(gold.relations().stream(), gold.optionalRelations().stream()).toList()) {
            for (String end : List.of(r.from(), r.to())) {
                if (gold.entityNamed(end).isEmpty()) {
                    throw new IllegalArgumentException(file + ": relation " + r.type() + " " + r.from() + " -> " + r.to()
                            + " names " + end + ", which is not a listed entity");
                }
            }
        }
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
