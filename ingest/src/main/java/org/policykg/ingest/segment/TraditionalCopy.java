package org.policykg.ingest.segment;

import com.hankcs.hanlp.HanLP;

/**
 * A text written out in standard traditional characters (HanLP's {@code s2t}), for scoring how extraction holds on
 * reposts from Hong Kong and Taiwan ({@code eval --traditional}).
 */
public final class TraditionalCopy {

    private TraditionalCopy() {
    }

    public static String of(String simplified) {
        return HanLP.s2t(simplified);
    }
}
