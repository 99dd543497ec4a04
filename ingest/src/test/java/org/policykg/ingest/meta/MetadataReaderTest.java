package org.policykg.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.Fixtures;
import org.policykg.ingest.model.DatePrecision;
import org.policykg.ingest.model.DocumentDate;
import org.policykg.ingest.model.DocumentKind;
import org.policykg.ingest.model.DocumentMetadata;
import org.policykg.ingest.source.DocumentMeta;

class MetadataReaderTest {

    private static final String NOTICE = """
            国家发展改革委 财政部关于推进跨省飞地园区利益共享的通知

            发改地区〔2026〕88号

            各省、自治区、直辖市发展改革委、财政厅：

            为支持中西部地区承接产业转移，现就推进跨省飞地园区利益共享有关事项通知如下。

            一、园区新增税收由合作双方按约定比例分享。

            国家发展改革委
            财政部
            2026年1月9日
            """;

    private final MetadataReader reader = new MetadataReader();

    @Test
    void aJointNoticeGivesBothIssuersItsNumberAndItsDay() {
        DocumentMetadata m = reader.fromText(NOTICE);
        assertThat(m.issuers()).containsExactly("国家发展改革委", "财政部");
        assertThat(m.number()).isEqualTo("发改地区〔2026〕88号");
        assertThat(m.date()).isEqualTo(new DocumentDate("2026-01-09", 2026, DatePrecision.DAY));
        assertThat(m.kind()).isEqualTo(DocumentKind.NOTICE);
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void provincialDepartmentsSignUnderTheTitleOrInRowsAboveTheDate() {
        DocumentMetadata underTitle = reader.fromText("""
                两湖跨界水域协同保护工作方案

                湖北省生态环境厅　湖南省生态环境厅　湖北省财政厅

                一、总体要求

                两省共同建立跨界水域联合巡查机制。

                2026年3月2日
                """);
        assertThat(underTitle.issuers()).containsExactly("湖北省生态环境厅", "湖南省生态环境厅", "湖北省财政厅");
        DocumentMetadata rows = reader.fromText("""
                四省毗邻区域协同发展行动方案

                一、总体要求

                四省共同建立联席会议机制。

                湖北省发展和改革委员会　湖南省发展和改革委员会
                江西省发展和改革委员会　安徽省发展和改革委员会
                2026年5月8日
                """);
        assertThat(rows.issuers()).containsExactly("湖北省发展和改革委员会", "湖南省发展和改革委员会", "江西省发展和改革委员会",
                "安徽省发展和改革委员会");
    }

    @Test
    void aDatelineWithoutAYearGivesNoDateAndIsNeverGuessed() {
        DocumentMetadata m = reader.fromText("""
                三省签署流域补偿协议

                新华社南昌4月2日电（记者 林可）日前，三省签署流域横向生态保护补偿协议。
                """);
        assertThat(m.kind()).isEqualTo(DocumentKind.REPORT);
        assertThat(m.date()).isNull();
        assertThat(m.venue()).isEqualTo("新华社");
        assertThat(m.authors()).containsExactly("林可");
    }

    @Test
    void aDatelineTakesItsYearFromThePagesDateAndTheYearBeforeAcrossNewYear() {
        DocumentMetadata m = reader.fromText("""
                两省共建产业园区

                来源：经济日报 发布时间：2026-01-02 09:00

                本报广州12月31日讯（记者 何远）近日，两省共建产业园区揭牌。
                """);
        assertThat(m.date().iso()).isEqualTo("2025-12-31");
        assertThat(m.venue()).isEqualTo("经济日报");
    }

    @Test
    void givenValuesWinFieldByFieldAndTheRestComesFromTheText() {
        DocumentMeta given = new DocumentMeta("k", "t", List.of(), null, "2026-02", "test", List.of("国务院"), null, "意见");
        var graph = Fixtures.pipeline().process(given, NOTICE.getBytes(StandardCharsets.UTF_8));
        DocumentMetadata m = graph.metadata();
        assertThat(m.issuers()).containsExactly("国务院");
        assertThat(m.date()).isEqualTo(new DocumentDate("2026-02", 2026, DatePrecision.MONTH));
        assertThat(m.kind()).isEqualTo(DocumentKind.OPINION);
        assertThat(m.number()).isEqualTo("发改地区〔2026〕88号");
    }

    @Test
    void aHeaderInTraditionalCharactersIsReadAsSimplified() {
        String traditional = org.policykg.ingest.segment.TraditionalCopy.of(NOTICE);
        assertThat(traditional).isNotEqualTo(NOTICE);
        DocumentMeta nothingGiven = new DocumentMeta("k", "k", List.of(), null, null, "test");
        DocumentMetadata fromTraditional = Fixtures.pipeline().process(nothingGiven, traditional.getBytes(StandardCharsets.UTF_8)).metadata();
        DocumentMetadata fromSimplified = Fixtures.pipeline().process(nothingGiven, NOTICE.getBytes(StandardCharsets.UTF_8)).metadata();
        assertThat(fromTraditional.number()).isEqualTo("发改地区〔2026〕88号");
        assertThat(fromTraditional).isEqualTo(fromSimplified);
    }

    @Test
    void aGivenDateOrKindThatCannotBeReadIsRefused() {
        DocumentMeta badDate = new DocumentMeta("k", "t", List.of(), null, "2026-02-30", "test");
        assertThatThrownBy(() -> DocumentMetadata.given(badDate)).isInstanceOf(IllegalArgumentException.class);
        DocumentMeta badKind = new DocumentMeta("k", "t", List.of(), null, null, "test", List.of(), null, "memo");
        assertThatThrownBy(() -> DocumentMetadata.given(badKind)).hasMessageContaining("unknown document kind 'memo'");
    }

    @Test
    void aTextThatStatesNothingHasNoDateNoIssuerAndKindOther() {
        DocumentMetadata m = reader.fromText("推动京津冀协同发展，完善区际利益补偿机制。到2030年基本建成。");
        assertThat(m.date()).isNull();
        assertThat(m.issuers()).isEmpty();
        assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
    }
}
