package org.policykg.ingest.model;

import java.util.Locale;

/**
 * What kind of text a document is (a closed vocabulary): the kinds of 公文 this corpus meets, a news report, an
 * article (论文, a journal's or a newspaper's theory page), or something else. {@code label} is the Chinese word.
 */
public enum DocumentKind {
    OPINION("意见"), PLAN("规划"), SCHEME("方案"), NOTICE("通知"), DECISION("决定"), REPORT("报道"), ARTICLE("论文"),
    OTHER("其他");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A kind by its name ({@code NOTICE}, any case) or its label ({@code 通知}); anything else is refused. */
    public static DocumentKind parse(String value) {
        String v = value == null ? "" : value.strip();
        for (DocumentKind kind : values()) {
            if (kind.name().equals(v.toUpperCase(Locale.ROOT)) || kind.label.equals(v)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown document kind '" + value + "': one of " + java.util.Arrays.toString(values())
                + " or their labels (意见, 规划, 方案, 通知, 决定, 报道, 论文, 其他)");
    }
}
