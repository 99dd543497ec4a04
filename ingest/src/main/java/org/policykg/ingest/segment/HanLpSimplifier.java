package org.policykg.ingest.segment;

import org.policykg.ingest.script.Simplifier;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional to simplified Chinese with HanLP's tables: {@code hk2s} (HanLP's traditional-to-simplified table
 * together with Hong Kong glyph variants such as 衞 and 啓; standard and Taiwan characters convert the same way),
 * then the Taiwan and Hong Kong words whose mainland equivalent is another word ({@link RegionalVocabulary}).
 * HanLP's {@code tw2s} is not used: its Taiwan table rewrites mainland words that traditional texts share
 * (建立 → 创建, 显著 → 显着); see {@code script/regional-vocabulary.txt}. Thread-safe: HanLP's tables are read-only
 * once loaded (on first use, a few hundred milliseconds).
 */
public final class HanLpSimplifier implements Simplifier {

    private final RegionalVocabulary vocabulary = RegionalVocabulary.load(HanLP::hk2s);

    @Override
    public String simplify(String text) {
        return text.isEmpty() ? text : vocabulary.apply(HanLP.hk2s(text));
    }
}
