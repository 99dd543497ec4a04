package org.policykg.ingest.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.Fixtures;
import org.policykg.ingest.segment.HanLpSimplifier;

import com.hankcs.hanlp.HanLP;

/** Detection of traditional text, and the simplified form later stages read, on real sentences of each kind. */
class ScriptStageTest {

    private static final ScriptStage SCRIPTS = new ScriptStage(new HanLpSimplifier());

    /** Every article with a gold file: the corpus and both development sets (notes such as SOURCES.md are no article). */
    private static List<Path> articles() throws IOException {
        Path realShapes = Fixtures.UNSEEN.resolveSibling("realshapes");
        try (Stream<Path> corpus = Files.list(Fixtures.CORPUS); Stream<Path> unseen = Files.list(Fixtures.UNSEEN);
             Stream<Path> shapes = Files.list(realShapes)) {
            return Stream.of(corpus, unseen, shapes).flatMap(s -> s)
                    .filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md"))
                    .filter(f -> Files.exists(f.resolveSibling("gold").resolve(f.getFileName().toString().replaceAll("\\.(txt|md)$", ".yaml"))))
                    .sorted().toList();
        }
    }

    @Test
    void everySimplifiedArticleIsReadExactlyAsWritten() throws IOException {
        List<Path> articles = articles();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(14);
        for (Path file : articles) {
            String text = Files.readString(file);
            ScriptReading reading = SCRIPTS.read(text);
            assertThat(reading.script()).as(file.toString()).isEqualTo(Script.SIMPLIFIED);
            assertThat(reading.form().of(text)).as(file.toString()).isSameAs(text);
            assertThat(SCRIPTS.traditionalShare(text)).as(file.toString()).isLessThan(0.001);
        }
    }

    @Test
    void theSameArticlesInTraditionalCharactersAreFarAboveTheThreshold() throws IOException {
        for (Path file : articles()) {
            String text = Files.readString(file);
            assertThat(SCRIPTS.traditionalShare(HanLP.s2t(text))).as(file.toString()).isGreaterThan(0.25);
            assertThat(SCRIPTS.traditionalShare(HanLP.s2hk(text))).as(file.toString()).isGreaterThan(0.25);
        }
    }

    @Test
    void standardTraditionalIsConvertedCharacterByCharacter() {
        String text = "推動東北地區與東部地區對口合作，健全區際利益補償機制，支持遼寧與江蘇共建產業園區。";
        assertThat(SCRIPTS.detect(text)).isEqualTo(Script.TRADITIONAL);
        assertThat(SCRIPTS.simplifiedForm(text)).isEqualTo("推动东北地区与东部地区对口合作，健全区际利益补偿机制，支持辽宁与江苏共建产业园区。");
    }

    @Test
    void taiwanTextIsReadWithMainlandVocabulary() {
        String text = "以高品質發展為目標，推動軟體產業與網路基礎設施建設，透過數位轉型帶動臺灣中南部地區發展。";
        assertThat(SCRIPTS.detect(text)).isEqualTo(Script.TRADITIONAL);
        assertThat(SCRIPTS.simplifiedForm(text))
                .isEqualTo("以高质量发展为目标，推动软件产业与网络基础设施建设，通过数字转型带动台湾中南部地区发展。");
    }

    @Test
    void hongKongTextIsReadWithItsOwnCharacterForms() {
        String text = "推動粵港澳大灣區資訊科技合作，加強衞生防疫綫上服務，啓動跨境專案，為市民提供便利。";
        assertThat(SCRIPTS.detect(text)).isEqualTo(Script.TRADITIONAL);
        assertThat(SCRIPTS.simplifiedForm(text)).isEqualTo("推动粤港澳大湾区信息技术合作，加强卫生防疫线上服务，启动跨境项目，为市民提供便利。");
    }

    @Test
    void wordsMainlandAndTraditionalWritingShareStayAsTheyAre() {
        // HanLP's Taiwan converter (tw2s) would write 创建, 支持, 集成, 显着, 内核, 在线 and 智能 here
        String text = "建立健全對口支援機制，整合資源，顯著提升核心競爭力，推動線上線下融合，建設智慧城市。";
        assertThat(SCRIPTS.simplifiedForm(text)).isEqualTo("建立健全对口支援机制，整合资源，显著提升核心竞争力，推动线上线下融合，建设智慧城市。");
    }

    @Test
    void aSimplifiedTextQuotingATraditionalWordStaysSimplifiedAndUntouched() {
        String text = "台湾学者所说的“高品質”，对应大陆的高质量发展。支持福建探索海峡两岸融合发展新路，推动闽台产业合作。";
        assertThat(SCRIPTS.detect(text)).isEqualTo(Script.SIMPLIFIED);
        assertThat(SCRIPTS.read(text).form().of(text)).isSameAs(text);
    }

    @Test
    void aTraditionalTextQuotingASimplifiedTitleIsTraditionalAndTheQuoteKeepsItsWords() {
        String text = "依據《关于建立更加有效的区域协调发展新机制的意见》，臺灣學者認為區域協調發展需要長期投入。";
        assertThat(SCRIPTS.detect(text)).isEqualTo(Script.TRADITIONAL);
        assertThat(SCRIPTS.simplifiedForm(text)).isEqualTo("依据《关于建立更加有效的区域协调发展新机制的意见》，台湾学者认为区域协调发展需要长期投入。");
    }

    @Test
    void textWithoutChineseCharactersIsSimplified() {
        assertThat(SCRIPTS.detect("Regional coordinated development, 2024.")).isEqualTo(Script.SIMPLIFIED);
        assertThat(SCRIPTS.simplifiedForm("")).isEmpty();
    }
}
