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

    /** A forwarding notice, the document it forwards, and two attachments: each document its own top-level section. */
    @Test
    void opensASectionForEachForwardedOrAttachedDocument() {
        StructuredDocument doc = structure("""
                某省人民政府办公厅转发省发展改革委关于推进山区与沿海结对协作的实施意见的通知

                某政办发〔2025〕8号

                各市、县（区）人民政府，省政府各部门：

                省发展改革委《关于推进山区与沿海结对协作的实施意见》已经省政府同意，现转发给你们，请认真贯彻执行。

                某省人民政府办公厅

                二〇二五年六月三日

                某省发展改革委关于推进山区与沿海结对协作的实施意见

                为推动山区与沿海协调发展，提出如下意见。

                一、建立结对协作机制

                沿海城市与山区县结对开展产业协作。

                附件：

                1.结对名单

                2.任务分工表

                附件1

                山区与沿海结对名单

                甲市与乙县结对，丙市与丁县结对。

                附件2

                任务分工表

                健全结对协作机制，省发展改革委牵头
                开展干部双向挂职，省委组织部牵头
                """);
        String opinion = "某省发展改革委关于推进山区与沿海结对协作的实施意见";
        assertThat(doc.sections()).extracting(Section::level, Section::pathText).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, ""),
                org.assertj.core.groups.Tuple.tuple(1, opinion),
                org.assertj.core.groups.Tuple.tuple(2, opinion + " > 建立结对协作机制"),
                org.assertj.core.groups.Tuple.tuple(1, "山区与沿海结对名单"),
                org.assertj.core.groups.Tuple.tuple(1, "任务分工表"));
        assertThat(zoneOf(doc, "某省人民政府办公厅转发")).isEqualTo(Zone.FRONT_MATTER);
        assertThat(zoneOf(doc, "省发展改革委《关于")).isEqualTo(Zone.BODY);
        for (String mark : List.of("某政办发", "各市、县（区）", "某省人民政府办公厅", "二〇二五年六月三日", "附件：", "1.结对名单",
                "2.任务分工表", "附件1", "附件2")) {
            assertThat(zoneOf(doc, mark)).as(mark).isEqualTo(Zone.OFFICIAL_MARKS);
        }
        assertThat(zoneOf(doc, opinion)).isEqualTo(Zone.FRONT_MATTER);
        assertThat(zoneOf(doc, "为推动山区与沿海")).isEqualTo(Zone.BODY);
        assertThat(zoneOf(doc, "甲市与乙县")).isEqualTo(Zone.BODY);
        assertThat(zoneOf(doc, "健全结对协作机制")).as("a table's rows after an attachment's title").isEqualTo(Zone.BODY);
        assertThat(doc.sentences()).filteredOn(s -> s.zone() == Zone.OFFICIAL_MARKS)
                .allSatisfy(s -> assertThat(s.sectionId()).isEqualTo(doc.sections().get(0).id()));
    }

    /** A news item that quotes a notice in full: the notice's title opens its own section, not a heading of the report. */
    @Test
    void anIssuingLineInTheBodyOpensTheDocumentItTitles() {
        StructuredDocument doc = structure("""
                近日，国家发展改革委印发通知，部署深化对口合作工作。通知全文如下。

                国家发展改革委关于深化对口合作的通知

                各省、自治区、直辖市发展改革委：

                一、明确合作重点

                东部地区与东北地区结对开展产业合作。
                """);
        String notice = "国家发展改革委关于深化对口合作的通知";
        assertThat(doc.sections()).extracting(Section::level, Section::pathText).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, ""),
                org.assertj.core.groups.Tuple.tuple(1, notice),
                org.assertj.core.groups.Tuple.tuple(2, notice + " > 明确合作重点"));
        assertThat(zoneOf(doc, notice)).isEqualTo(Zone.FRONT_MATTER);
        assertThat(zoneOf(doc, "各省、自治区")).isEqualTo(Zone.OFFICIAL_MARKS);
        assertThat(zoneOf(doc, "东部地区与东北地区")).isEqualTo(Zone.BODY);
    }

    /** The zone of the sentence that reads {@code text}, or else of the first that starts with it. */
    private static Zone zoneOf(StructuredDocument doc, String text) {
        return doc.sentences().stream().filter(s -> s.text().equals(text)).findFirst()
                .or(() -> doc.sentences().stream().filter(s -> s.text().startsWith(text)).findFirst()).orElseThrow().zone();
    }
}
