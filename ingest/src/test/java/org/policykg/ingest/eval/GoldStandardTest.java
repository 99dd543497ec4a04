package org.policykg.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.ingest.eval.GoldDocument.GoldEntity;
import org.policykg.ingest.eval.GoldDocument.GoldRelation;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RelationType;

/** A gold file as ANNOTATION.md writes it: single names and alternatives, rows, the optional part, and its errors. */
class GoldStandardTest {

    @Test
    void singleNamesAlternativesRelationsAndTheOptionalPart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("u1.yaml");
        Files.writeString(file, """
                document: u1_example.txt
                entities:
                  Region: [东北地区, [辽宁省, 辽宁], 江苏]
                  Strategy:
                  Mechanism: [对口合作机制]
                relations:
                  - [COOPERATES_WITH, 辽宁, 江苏, 辽宁与江苏深化对口合作]
                  - [serves, 对口合作机制, 辽宁]
                optional:
                  relations:
                    - [PART_OF, 辽宁, 东北地区]
                """);
        GoldDocument gold = GoldStandard.read(file);

        assertThat(gold.file()).isEqualTo("u1_example.txt");
        assertThat(gold.entities()).containsExactly(
                new GoldEntity(EntityType.Region, List.of("东北地区")),
                new GoldEntity(EntityType.Region, List.of("辽宁省", "辽宁")),
                new GoldEntity(EntityType.Region, List.of("江苏")),
                new GoldEntity(EntityType.Mechanism, List.of("对口合作机制")));
        assertThat(gold.relations()).containsExactly(
                new GoldRelation(RelationType.COOPERATES_WITH, "辽宁", "江苏", "辽宁与江苏深化对口合作"),
                new GoldRelation(RelationType.SERVES, "对口合作机制", "辽宁", null));
        assertThat(gold.optionalEntities()).isEmpty();
        assertThat(gold.optionalRelations()).containsExactly(new GoldRelation(RelationType.PART_OF, "辽宁", "东北地区", null));
    }

    @Test
    void aRelationToAnUnlistedEntityOrWithoutEndsIsAnErrorOfTheFile(@TempDir Path dir) throws Exception {
        Path unlisted = dir.resolve("bad.yaml");
        Files.writeString(unlisted, """
                document: bad.txt
                entities:
                  Region: [辽宁]
                relations:
                  - [COOPERATES_WITH, 辽宁, 江苏]
                """);
        assertThatThrownBy(() -> GoldStandard.read(unlisted))
                .hasMessageContaining("bad.yaml").hasMessageContaining("names 江苏, which is not a listed entity");
        Path short_ = dir.resolve("short.yaml");
        Files.writeString(short_, """
                document: short.txt
                entities:
                  Region: [辽宁]
                relations:
                  - [PART_OF, 辽宁]
                """);
        assertThatThrownBy(() -> GoldStandard.read(short_)).hasMessageContaining("a relation needs type, from, to: [PART_OF, 辽宁]");
    }
}
