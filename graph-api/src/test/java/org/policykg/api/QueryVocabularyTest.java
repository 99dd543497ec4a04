package org.policykg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.graph.CypherFile;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.model.RelationType;

/**
 * Labels and relationship types cannot be Cypher parameters, so the query files write them out; this keeps them to
 * the closed vocabularies: every label, type and region kind in the service's and Browser's query files is one the
 * enums define, or part of the document structure ingestion writes. A renamed enum constant fails here, not in a
 * query that silently matches nothing.
 */
class QueryVocabularyTest {

    private static final Set<String> STRUCTURE_LABELS = Set.of("Entity", "Document", "Section", "Sentence", "GraphState");
    private static final Set<String> STRUCTURE_TYPES = Set.of("HAS_SECTION", "HAS_SUBSECTION", "HAS_SENTENCE", "MENTIONS");

    private static final Pattern LABEL = Pattern.compile("(?<=[\\w(]):([A-Z][a-z][A-Za-z]*)");
    private static final Pattern TYPES = Pattern.compile("\\[\\w*:([A-Z_|]+)");
    private static final Pattern KIND = Pattern.compile("kind:\\s*'(\\w+)'");

    @Test
    void everyLabelTypeAndKindInTheQueryFilesComesFromTheEnums() throws IOException {
        Set<String> labels = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        List<Path> files = queryFiles();
        assertThat(files).as("Browser files and the features' files").hasSizeGreaterThan(25);
        for (Path file : files) {
            String cypher = CypherFile.parse(Files.readString(file)).statement();
            collect(LABEL, cypher, labels);
            Set<String> alternatives = new HashSet<>();
            collect(TYPES, cypher, alternatives);
            alternatives.forEach(a -> types.addAll(Arrays.asList(a.split("\\|"))));
            collect(KIND, cypher, kinds);
        }
        Set<String> knownLabels = new HashSet<>(STRUCTURE_LABELS);
        Arrays.stream(EntityType.values()).map(EntityType::label).forEach(knownLabels::add);
        Set<String> knownTypes = new HashSet<>(STRUCTURE_TYPES);
        Arrays.stream(RelationType.values()).map(Enum::name).forEach(knownTypes::add);

        assertThat(labels).contains("Region", "Mechanism", "Sentence").isSubsetOf(knownLabels);
        assertThat(types).contains("SERVES", "PART_OF", "MENTIONS").isSubsetOf(knownTypes);
        assertThat(kinds).contains("Board").isSubsetOf(Arrays.stream(RegionKind.values()).map(Enum::name).toList());
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static List<Path> queryFiles() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path root : List.of(Path.of("..", "cypher", "queries"), Path.of("src", "main", "resources", "org", "policykg", "api"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".cypher")).forEach(files::add);
            }
        }
        return files;
    }
}
