package org.policykg.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HanLpSimplifierTest {

    private final HanLpSimplifier simplifier = new HanLpSimplifier();

    @Test
    void everyEntryOfTheRegionalVocabularyReadsAsItsMainlandWord() throws IOException {
        List<String[]> entries;
        try (InputStream in = getClass().getResourceAsStream("/script/regional-vocabulary.txt")) {
            entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")).toList();
        }
        assertThat(entries).hasSizeGreaterThan(10).allSatisfy(entry -> {
            assertThat(entry).hasSize(2);
            assertThat(simplifier.simplify(entry[0])).as(entry[0]).isEqualTo(entry[1]);
        });
        assertThat(simplifier.simplify("高品質發展")).isEqualTo("高质量发展");
    }

    @Test
    void theLongestListedWordWins() {
        RegionalVocabulary vocabulary = new RegionalVocabulary(Map.of("网路", "网络", "网际网路", "互联网", "资讯", "信息", "资讯科技", "信息技术"));
        assertThat(vocabulary.apply("发展网际网路与资讯科技，完善网路与资讯服务")).isEqualTo("发展互联网与信息技术，完善网络与信息服务");
    }

    @Test
    void textWithoutListedWordsIsReturnedAsItIs() {
        RegionalVocabulary vocabulary = new RegionalVocabulary(Map.of("网路", "网络"));
        String text = "完善区际利益补偿机制";
        assertThat(vocabulary.apply(text)).isSameAs(text);
    }
}
