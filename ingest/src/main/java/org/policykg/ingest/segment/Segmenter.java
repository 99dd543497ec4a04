package org.policykg.ingest.segment;

import java.util.List;

/** The segmentation stage. Needs: a sentence. Adds: tokens, with domain terms kept whole. */
public interface Segmenter {

    List<Token> segment(String sentence);
}
