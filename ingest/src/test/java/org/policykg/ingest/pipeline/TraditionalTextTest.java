package org.policykg.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.ingest.Fixtures;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.script.Script;
import org.policykg.ingest.source.DocumentMeta;
import org.policykg.ingest.structure.Section;
import org.policykg.ingest.structure.Sentence;

import com.hankcs.hanlp.HanLP;

/**
 * A development article (the articles in {@code unseen}, and the official-document shapes in {@code realshapes}:
 * notices with issuing lines, document numbers, salutations, signatures, 附件 and 抄送), converted to traditional
 * characters by HanLP (standard traditional with {@code s2t}, Hong Kong forms with {@code s2hk}), yields the same
 * entities and relations as the simplified original, is cut into the same sentences in the same zones, and its
 * sentences keep the traditional text. HanLP's {@code s2tw} is not used to make the copies: it also localises
 * vocabulary word by word with an IT glossary (宏观 becomes 巨集觀, 支持 becomes 支援), text no Taiwanese writer
 * produces and no converter can read back; Taiwan vocabulary has its own tests ({@code ScriptStageTest}).
 */
class TraditionalTextTest {

    private static final Path UNSEEN = Fixtures.UNSEEN;
    private static final Path REALSHAPES = Path.of("src", "test", "resources", "realshapes");

    static Stream<Arguments> articles() throws IOException {
        List<Path> files;
        try (Stream<Path> unseen = Files.list(UNSEEN); Stream<Path> realShapes = Files.list(REALSHAPES)) {
            files = Stream.concat(unseen, realShapes).filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("u\\d+_.*\\.(?:txt|md)")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(14);
        Stream<Arguments> standard = files.stream().map(f -> Arguments.of(f.getFileName().toString(), "s2t"));
        return Stream.concat(standard, Stream.of(Arguments.of("u7_duikou.txt", "s2hk")));
    }

    private static final Map<String, UnaryOperator<String>> CONVERSIONS = Map.of("s2t", HanLP::s2t, "s2hk", HanLP::s2hk);

    @ParameterizedTest(name = "{0} converted with {1}")
    @MethodSource("articles")
    void aTraditionalCopyYieldsTheSameEntitiesAndRelations(String file, String conversion) throws IOException {
        Path path = Files.exists(UNSEEN.resolve(file)) ? UNSEEN.resolve(file) : REALSHAPES.resolve(file);
        String simplifiedText = Files.readString(path);
        String traditionalText = CONVERSIONS.get(conversion).apply(simplifiedText);
        assertThat(traditionalText).isNotEqualTo(simplifiedText);

        DocumentMeta meta = DocumentMeta.untitled(file);
        DocumentGraph simplified = Fixtures.pipeline().process(meta, simplifiedText.getBytes(StandardCharsets.UTF_8));
        DocumentGraph traditional = Fixtures.pipeline().process(meta, traditionalText.getBytes(StandardCharsets.UTF_8));

        assertThat(simplified.document().script()).isEqualTo(Script.SIMPLIFIED);
        assertThat(traditional.document().script()).isEqualTo(Script.TRADITIONAL);
        assertThat(entityNames(traditional)).isNotEmpty().isEqualTo(entityNames(simplified));
        assertThat(relations(traditional)).isNotEmpty().isEqualTo(relations(simplified));

        // sentence by sentence: the same cut and zone, analysed as the simplified original reads, kept as written
        List<Sentence> original = simplified.document().sentences();
        List<Sentence> copy = traditional.document().sentences();
        assertThat(copy).hasSameSizeAs(original);
        for (int i = 0; i < copy.size(); i++) {
            assertThat(copy.get(i).zone()).isEqualTo(original.get(i).zone());
            assertThat(copy.get(i).analysisText()).isEqualTo(original.get(i).text());
        }
        // evidence is the traditional text as written (cleaning only touches spaces and punctuation)
        Map<String, Sentence> byId = copy.stream().collect(Collectors.toMap(Sentence::id, Function.identity()));
        String writtenCharacters = hanCharacters(traditionalText);
        traditional.relations().stream().flatMap(r -> r.evidence().stream()).distinct().map(byId::get).forEach(evidence -> {
            assertThat(evidence.converted()).as(evidence.text()).isTrue();
            assertThat(writtenCharacters).contains(hanCharacters(evidence.text()));
        });
    }

    private static String hanCharacters(String text) {
        return text.replaceAll("\\P{IsHan}", "");
    }

    private static Set<String> entityNames(DocumentGraph graph) {
        return graph.entities().stream().map(Entity::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Type, from and to by name, and the positions of the evidence sentences in the document. */
    private static Set<String> relations(DocumentGraph graph) {
        Map<String, String> names = graph.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        Map<String, Integer> ordinals = graph.document().sentences().stream().collect(Collectors.toMap(Sentence::id, Sentence::ordinal));
        return graph.relations().stream()
                .map(r -> r.type() + " " + names.get(r.fromId()) + " → " + names.get(r.toId()) + " "
                        + r.evidence().stream().map(ordinals::get).sorted().toList())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aPlanChapterInTraditionalCharactersKeepsItsSectionsAndPlaceNames() {
        String simplifiedText = """
                第十一章 促进区域协调发展

                第一节 做大做强长春都市圈

                支持四平市对口帮扶乾安县，推动长春与吉林同城化发展。

                第二节 健全区域协调发展机制

                完善省内对口帮扶机制，支持乾安县、通榆县加快发展。
                """;
        String traditionalText = HanLP.s2t(simplifiedText);
        assertThat(traditionalText).contains("第一節", "乾安縣");
        DocumentMeta meta = DocumentMeta.untitled("plan.txt");
        DocumentGraph simplified = Fixtures.pipeline().process(meta, simplifiedText.getBytes(StandardCharsets.UTF_8));
        DocumentGraph traditional = Fixtures.pipeline().process(meta, traditionalText.getBytes(StandardCharsets.UTF_8));

        // 第一節 is a section of its chapter as 第一节 is, its title kept as written
        assertThat(traditional.document().sections()).extracting(Section::level)
                .isEqualTo(simplified.document().sections().stream().map(Section::level).toList());
        assertThat(traditional.document().sections()).extracting(Section::title)
                .contains("健全區域協調發展機制");
        // 乾安 stays 乾安, though the character table reads 乾 as 干
        assertThat(entityNames(traditional)).contains("乾安县").doesNotContain("干安县").isEqualTo(entityNames(simplified));
        assertThat(relations(traditional)).isEqualTo(relations(simplified));
    }
}
