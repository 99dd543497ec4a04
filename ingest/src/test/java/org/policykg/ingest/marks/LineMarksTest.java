package org.policykg.ingest.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shapes are those official documents and reprints take; the texts are made up. */
class LineMarksTest {

    private final LineMarks marks = LineMarks.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            国务院关于健全区际利益补偿机制的意见                              | ISSUING_LINE
            财政部 国家发展改革委关于印发《某某方案》的通知                    | ISSUING_LINE
            某省人民政府办公厅转发省发展改革委关于推进山区协作的实施意见的通知  | ISSUING_LINE
            国家发展和改革委员会文件                                          | ISSUING_ORGAN
            国家发展改革委                                                    | ISSUING_ORGAN
            财政部   国家发展改革委   自然资源部                              | ISSUING_ORGAN
            某某省人民政府                                                    | ISSUING_ORGAN
            推动长江经济带发展领导小组办公室                                  | ISSUING_ORGAN
            某某省发展和改革委员会                                            | ISSUING_ORGAN
            国办发〔2025〕12号                                                | DOCUMENT_NUMBER
            发改地区[2024]123号                                               | DOCUMENT_NUMBER
            各省、自治区、直辖市人民政府，国务院各部委、各直属机构：          | SALUTATION
            各省、自治区、直辖市及新疆生产建设兵团发展改革委:                 | SALUTATION
            北京市、天津市财政局，河北省财政厅（局）：                        | SALUTATION
            2025年3月12日                                                     | DATE
            二〇二五年三月十二日                                              | DATE
            （2025年3月12日）                                                 | DATE
            国家发展改革委    2025年4月8日                                    | DATE
            抄送：国务院办公厅，审计署。                                      | DISTRIBUTION
            国务院办公厅 2025年3月14日印发                                    | DISTRIBUTION
            附件                                                              | ATTACHMENT_MARKER
            附件2                                                             | ATTACHMENT_MARKER
            附件：1.某某实施方案                                              | ATTACHMENT_LIST
            附件：                                                            | ATTACHMENT_LIST
            特此通知。                                                        | CLOSING_FORMULA
            （此件公开发布）                                                  | PUBLICATION_NOTE
            (此件主动公开)                                                    | PUBLICATION_NOTE
            （联系人：张某，电话：010-12345678）                              | CONTACT
            主题词：区域 协调 通知                                            | SUBJECT_WORDS
            来源：国家发展改革委网站                                          | PUBLICATION_METADATA
            【责任编辑：刘某】                                                | PUBLICATION_METADATA
            发布时间：2025-03-12                                              | PUBLICATION_METADATA
            关键词：区域协调发展                                              | PUBLICATION_METADATA
            东北地区与东部地区对口合作深化实施方案                            | DOCUMENT_TITLE
            某某城市群发展规划（2025—2035年）                                 | DOCUMENT_TITLE
            """)
    void recognisesTheMarksOfOfficialDocumentsAndReprints(String line, Mark expected) {
        assertThat(marks.classify(line)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "构建新发展格局",                                   // ends like an organ (局) but is a heading
            "建立健全区域协调发展领导小组",                     // names an organ, with a verb: a heading
            "一、总体要求",
            "（三）强化各级党委的领导责任",
            "推动区域协调发展是实现共同富裕的内在要求。",
            "有关方面要做好以下几项工作：",                     // ends in a colon, but not with an addressee
            "为推进京津冀协同发展，现就有关事项通知如下：",
            "2025年3月12日，国家发展改革委召开专题会议。",    // a date that opens a sentence
            "国家发展改革委会同有关部门加强统筹协调。",
            "附件所列项目由各地负责组织实施。"})
    void leavesHeadingsAndSentencesAlone(String line) {
        assertThat(marks.classify(line).filter(Mark::officialApparatus)).isEmpty();
    }

    @Test
    void aKindWithoutPatternsOrAnUnknownVersionIsRefused() {
        LinkedHashMap<String, List<String>> kinds = new LinkedHashMap<>(Map.of("DATE", List.of("^{date}$")));
        LineMarks.Organs organs = new LineMarks.Organs(List.of("国务院"), List.of("人民政府"), List.of("建立"));
        Map<String, String> fragments = Map.of("date", "\\d{4}年");
        assertThatThrownBy(() -> LineMarks.parse(new LineMarks.MarksFile(1, organs, fragments, kinds)))
                .hasMessageContaining("no patterns for").hasMessageContaining("SALUTATION");
        assertThatThrownBy(() -> LineMarks.parse(new LineMarks.MarksFile(2, organs, fragments, kinds))).hasMessageContaining("version 2");
    }
}
