package org.policykg.ingest.structure;

import java.util.regex.Pattern;

import org.policykg.ingest.text.Han;

/**
 * Follows an article from front matter through abstract and body to references. Metadata lines
 * (keywords, funding, author notes, bylines) are front matter wherever they stand; English passages are ENGLISH.
 */
final class ZoneTracker {

    private static final Pattern ABSTRACT = Pattern.compile("^(?:摘\\s*要|内容摘要|内容提要|提\\s*要)\\s*[：:]");
    private static final Pattern REFERENCES = Pattern.compile("^(?:参考文献|注释|注\\s*释|References)\\s*[：:]?$");
    private static final Pattern METADATA = Pattern.compile(
            "^(?:关键词|关键字|中图分类号|文献标识码|文章编号|DOI|收稿日期|基金项目|作者简介|通讯作者|责任编辑|"
                    + "[（(]作者|[（(]人民网记者|[（(]责任编辑|本期主讲人|讲述人|主讲人|Vol\\.|第\\d+期|《[^》]+》[（(]\\d{4})");

    private Zone zone = Zone.FRONT_MATTER;

    /** @param numberedHeading a heading numbered 一、/（一）/1.: the body has begun */
    Zone next(String block, boolean heading, boolean numberedHeading) {
        if (Han.latinShare(block) > 0.5) {
            return Zone.ENGLISH;
        }
        if (METADATA.matcher(block).find()) {
            if (zone == Zone.ABSTRACT) {
                zone = Zone.FRONT_MATTER;
            }
            return Zone.FRONT_MATTER;
        }
        if (REFERENCES.matcher(block).find()) {
            zone = Zone.REFERENCES;
            return zone;
        }
        if (zone == Zone.REFERENCES) {
            return zone;
        }
        if (ABSTRACT.matcher(block).find()) {
            zone = Zone.ABSTRACT;
            return zone;
        }
        if (zone == Zone.ABSTRACT && !heading) {
            return zone;
        }
        if (heading && zone == Zone.FRONT_MATTER && !numberedHeading) {
            return zone;
        }
        if (zone == Zone.FRONT_MATTER && !numberedHeading && !looksLikeBody(block)) {
            return zone;
        }
        zone = Zone.BODY;
        return zone;
    }

    /** Before the body starts, a block counts as body once it reads as running text. */
    private static boolean looksLikeBody(String block) {
        return block.codePointCount(0, block.length()) >= 10 && block.matches("(?s).*[。！？].*");
    }
}
