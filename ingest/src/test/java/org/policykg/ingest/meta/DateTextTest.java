package org.policykg.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.model.DatePrecision;
import org.policykg.ingest.model.DocumentDate;

class DateTextTest {

    @Test
    void chineseNumeralsParse() {
        assertThat(DateText.parse("二〇二五年三月五日")).contains(new DocumentDate("2025-03-05", 2025, DatePrecision.DAY));
        assertThat(DateText.parse("二〇二三年十一月二十三日")).contains(new DocumentDate("2023-11-23", 2023, DatePrecision.DAY));
        assertThat(DateText.parse("二○二二年十月")).contains(new DocumentDate("2022-10", 2022, DatePrecision.MONTH));
        assertThat(DateText.parse("二〇二四年十二月三十一日").orElseThrow().iso()).isEqualTo("2024-12-31");
        assertThat(DateText.parse("二〇二四年十二月十日").orElseThrow().iso()).isEqualTo("2024-12-10");
    }

    @Test
    void arabicAndIsoFormsParseWithTheirPrecision() {
        assertThat(DateText.parse("2024年06月12日").orElseThrow().iso()).isEqualTo("2024-06-12");
        assertThat(DateText.parse("2025-06-14 08:12").orElseThrow().iso()).isEqualTo("2025-06-14");
        assertThat(DateText.parse("2025/6/4").orElseThrow().iso()).isEqualTo("2025-06-04");
        assertThat(DateText.parse("2025年").orElseThrow().precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void daysThatDoNotExistAndNonDatesAreNoDate() {
        assertThat(DateText.parse("2025年2月30日")).isEmpty();
        assertThat(DateText.parse("2025年13月")).isEmpty();
        assertThat(DateText.parse("三月五日")).isEmpty();
        assertThat(DateText.parse("第四期")).isEmpty();
    }
}
