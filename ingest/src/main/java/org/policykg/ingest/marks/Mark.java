package org.policykg.ingest.marks;

/**
 * What a line that frames a text is. The patterns of each kind are data, in {@code marks/line-marks.yaml};
 * the order there (not here) decides which kind a line that fits two of them takes.
 */
public enum Mark {
    /** Journal, newspaper and website metadata: keywords, bylines, 来源, 责任编辑, a website's header and tail. */
    PUBLICATION_METADATA,
    /** An official document's title: organs, 关于, the matter, 的, the kind of document. */
    ISSUING_LINE,
    /** Issuing organs alone on a line: the mark at the head (…文件) or the signature at the end. */
    ISSUING_ORGAN,
    /** 发文字号: 国办发〔2025〕12号. */
    DOCUMENT_NUMBER,
    /** 主送机关: the addressees, closed by a colon. */
    SALUTATION,
    /** 成文日期, alone or after the signing organ. */
    DATE,
    /** 版记: 抄送 and the printing line (…2025年3月14日印发). */
    DISTRIBUTION,
    /** 附件 or 附件1 alone: an attached document follows. */
    ATTACHMENT_MARKER,
    /** 附件：1.… — attachments listed by name. */
    ATTACHMENT_LIST,
    /** 特此通知。 */
    CLOSING_FORMULA,
    /** （此件公开发布） */
    PUBLICATION_NOTE,
    /** （联系人：…电话：…） */
    CONTACT,
    /** 主题词：… */
    SUBJECT_WORDS,
    /** Not a mark: a line shaped like a document's title (…实施方案), which may open an attached document. */
    DOCUMENT_TITLE;

    /** An element of an official document's apparatus: neither a title nor metadata, and never substance. */
    public boolean officialApparatus() {
        return this != PUBLICATION_METADATA && this != ISSUING_LINE && this != DOCUMENT_TITLE;
    }

    /**
     * A mark complete on its own line: what follows it starts a new paragraph. A title shape may wrap, and so may
     * publication metadata (a byline or funding note broken across the lines of a newspaper column or PDF).
     */
    public boolean standsAlone() {
        return this != DOCUMENT_TITLE && this != PUBLICATION_METADATA;
    }
}
