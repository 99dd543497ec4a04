package org.policykg.ingest.clean;

/**
 * Whether a word runs across the break between two lines ("…通港大道一" + "路向东…" share 一路): then the
 * first line is a broken paragraph, not a headline. The segmentation stage provides the real answer.
 */
@FunctionalInterface
public interface WordBoundary {

    WordBoundary NONE = (left, right) -> false;

    boolean wordAcross(String left, String right);
}
