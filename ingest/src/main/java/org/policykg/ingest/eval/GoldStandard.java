package org.policykg.ingest.eval;

import java.io.IOException;
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
import org.policykg.ingest.yaml.YamlFiles;

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
        GoldFile yaml = YamlFiles.read(file, GoldFile.class);
        GoldDocument gold = new GoldDocument(yaml.document(), entities(yaml.entities()), relations(file, yaml.relations()),
                entities(yaml.optional().entities()), relations(file, yaml.optional().relations()));
        validate(file, gold);
        return gold;
    }

    private static List<GoldEntity> entities(Map<String, List<GoldFile.Names>> byType) {
        List<GoldEntity> result = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            List<GoldFile.Names> listed = byType.get(type.name());
            for (GoldFile.Names names : listed == null ? List.<GoldFile.Names>of() : listed) {
                result.add(new GoldEntity(type, names.all()));
            }
        }
        return result;
    }

    private static List<GoldRelation> relations(Path file, List<List<String>> rows) {
        List<GoldRelation> result = new ArrayList<>();
        for (List<String> r : rows) {
            if (r.size() < 3) {
                throw new IllegalArgumentException(file + ": a relation needs type, from, to: " + r);
            }
            result.add(new GoldRelation(RelationType.parse(r.get(0)), r.get(1), r.get(2), r.size() > 3 ? r.get(3) : null));
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
}
