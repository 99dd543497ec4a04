package org.policykg.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.gazetteer.Gazetteer;

class HanLpSegmenterTest {

    private final HanLpSegmenter segmenter = new HanLpSegmenter(Gazetteer.load().terms());

    @Test
    void keepsDomainTermsWhole() {
        List<String> words = segmenter.segment("推动粤港澳大湾区、成渝地区双城经济圈建设，重点构建区域板块差异化发展机制。")
                .stream().map(Token::text).toList();
        assertThat(words).contains("粤港澳大湾区", "成渝地区双城经济圈建设", "区域板块差异化发展机制");
    }

    @Test
    void keepsLookalikesApart() {
        List<String> words = segmenter.segment("打造面向东北亚国际开放高地，推动东北全面振兴。").stream().map(Token::text).toList();
        assertThat(words).contains("东北亚").doesNotContain("东北");
        assertThat(words).anyMatch(w -> w.endsWith("东北全面振兴"));
    }

    @Test
    void reportsOffsetsIntoTheSentence() {
        String sentence = "支持中部地区积极承接产业转移。";
        for (Token token : segmenter.segment(sentence)) {
            assertThat(sentence.substring(token.start(), token.end())).isEqualTo(token.text());
        }
    }

    @Test
    void tellsAWordRunningAcrossALineBreak() {
        assertThat(segmenter.wordAcross("成为诸多东部地", "区和企业")).isTrue();
        assertThat(segmenter.wordAcross("认识促进区域协调发展的重大意义", "促进区域协调发展")).isFalse();
    }
}
