package org.policykg.ingest.segment;

/** A word with its part of speech (HanLP's PKU-style tags: n, ns, v, vn, ...) and its offset in the sentence. */
public record Token(String text, String pos, int start) {

    public int end() {
        return start + text.length();
    }

    public boolean isPlace() {
        return pos.startsWith("ns");
    }

    public boolean isPunctuation() {
        return pos.startsWith("w");
    }
}
