package org.policykg.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.Fixtures;
import org.policykg.ingest.clean.TextCleaner;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.source.DocumentMeta;
import org.policykg.ingest.source.SourceDocument;
import org.policykg.ingest.source.TextDecoder;

class DocumentStructurerTest {

    private static StructuredDocument structure(String text) {
        SourceDocument source = SourceDocument.of(DocumentMeta.untitled("t"), new TextDecoder.Decoded(text, "UTF-8"));
        return new DocumentStructurer().structure(source, new TextCleaner().clean(text));
    }

    @Test
    void nestsSectionsByNumberingStyle() {
        StructuredDocument doc = structure("""
                摘要：本文讨论区域协调发展机制。

                关键词：区域协调发展

                我国幅员辽阔，区域发展差异大，统筹区域发展从来都是重大问题。

                一、完善实施区域协调发展战略机制的重点

                （一）健全区域战略统筹机制

                1.完善基本公共服务均等化机制

                加大中央财政对中西部地区的转移支付力度。重点支持教育、医疗、社保、就业等领域！

                二、保障措施

                积极推进区域协调发展法治化。

                参考文献

                [1]刘宝玲.区域发展差异与区域协调发展关系思考[J].经济问题,2007(4).

                # Abstract

                Improving the mechanism for implementing the regional strategy.
                """);
        assertThat(doc.sections()).extracting(Section::level, Section::pathText).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, ""),
                org.assertj.core.groups.Tuple.tuple(1, "完善实施区域协调发展战略机制的重点"),
                org.assertj.core.groups.Tuple.tuple(2, "完善实施区域协调发展战略机制的重点 > 健全区域战略统筹机制"),
                org.assertj.core.groups.Tuple.tuple(3, "完善实施区域协调发展战略机制的重点 > 健全区域战略统筹机制 > 完善基本公共服务均等化机制"),
                org.assertj.core.groups.Tuple.tuple(1, "保障措施"),
                org.assertj.core.groups.Tuple.tuple(1, "参考文献"));
        List<Sentence> body = doc.sentences().stream().filter(s -> s.text().startsWith("加大") || s.text().startsWith("重点支持")).toList();
        assertThat(body).hasSize(2).allSatisfy(s -> {
            assertThat(s.zone()).isEqualTo(Zone.BODY);
            assertThat(s.sectionId()).isEqualTo(doc.sections().get(3).id());
            assertThat(s.documentId()).isEqualTo(doc.id());
        });
        assertThat(zoneOf(doc, "摘要")).isEqualTo(Zone.ABSTRACT);
        assertThat(zoneOf(doc, "关键词")).isEqualTo(Zone.FRONT_MATTER);
        assertThat(zoneOf(doc, "[1]刘宝玲")).isEqualTo(Zone.REFERENCES);
        assertThat(zoneOf(doc, "Improving")).isEqualTo(Zone.ENGLISH);
        assertThat(doc.sentences()).extracting(Sentence::ordinal).isSorted();
    }

    @Test
    void splitsSentencesAfterClosingQuotes() {
        StructuredDocument doc = structure("习近平总书记指出，“统筹区域发展从来都是一个重大问题。”区域协调发展旨在缩小差距？是的！");
        assertThat(doc.sentences()).extracting(Sentence::text)
                .containsExactly("习近平总书记指出，“统筹区域发展从来都是一个重大问题。”", "区域协调发展旨在缩小差距？", "是的！");
    }

    @Test
    void findsTheSectionsOfTheCorpusArticles() {
        DocumentGraph doc = Fixtures.corpusDocument("002_");
        assertThat(doc.document().sections()).extracting(Section::title).contains(
                "实施区域协调发展战略机制的现状与挑战",
                "完善区域一体化发展机制，构建跨行政区合作发展新机制",
                "完善基本公共服务均等化机制，在发展中不断保障和改善民生",
                "参考文献");
        DocumentGraph newspaper = Fixtures.corpusDocument("001_");
        assertThat(newspaper.document().sections()).extracting(Section::title)
                .contains("统筹区域协调发展是一个重大问题", "区域协调发展为中国式现代化建设提供重要支撑");
        DocumentGraph pdf = Fixtures.corpusDocument("000_");
        assertThat(pdf.document().sections()).extracting(Section::level, Section::title).contains(
                org.assertj.core.groups.Tuple.tuple(1, "推进实施区域协调发展机制，是新时代十二年促进中国区域发展实践的有效举措"),
                org.assertj.core.groups.Tuple.tuple(2, "新时代中国区域协调发展实践取得的成效"));
    }

    private static Zone zoneOf(StructuredDocument doc, String prefix) {
        return doc.sentences().stream().filter(s -> s.text().startsWith(prefix)).findFirst().orElseThrow().zone();
    }
}
