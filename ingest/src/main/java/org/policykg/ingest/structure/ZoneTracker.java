package org.policykg.ingest.structure;

import java.util.Optional;
import java.util.regex.Pattern;

import org.policykg.ingest.marks.LineMarks;
import org.policykg.ingest.marks.Mark;
import org.policykg.ingest.structure.HeadingRecognizer.Heading;
import org.policykg.ingest.text.Han;

/**
 * Follows a document from front matter through abstract and body to references. Publication metadata (keywords,
 * funding, author notes, bylines, a website's 来源 and 责任编辑) is front matter wherever it stands; the marks of an
 * official document (number, salutation, signature, date, attachment list, 抄送) are {@link Zone#OFFICIAL_MARKS}
 * wherever they stand; English passages are ENGLISH. Once the running text has closed with such marks, a title
 * opens an attached or forwarded document (so does an issuing line met in the body): the title is front matter,
 * and the attached document's body starts right after it.
 */
final class ZoneTracker {

    private static final Pattern ABSTRACT = Pattern.compile("^(?:摘\\s*要|内容摘要|内容提要|提\\s*要)\\s*[：:]");
    private static final Pattern REFERENCES = Pattern.compile("^(?:参考文献|注释|注\\s*释|References)\\s*[：:]?$");
    /** Numbered lines under 附件： name the attachments in the 1. style. */
    private static final int LISTED_ATTACHMENT_LEVEL = 3;

    /** Where a block goes; {@code opensAttachedDocument}: the block is the title of an attached document. */
    record Placement(Zone zone, boolean opensAttachedDocument) {

        static Placement in(Zone zone) {
            return new Placement(zone, false);
        }
    }

    private final LineMarks marks;
    private Zone zone = Zone.FRONT_MATTER;
    /** The running text has ended in official marks (a signature, 附件): a title now opens an attached document. */
    private boolean textClosed;
    private boolean inAttachmentList;

    ZoneTracker(LineMarks marks) {
        this.marks = marks;
    }

    /** @param heading the block read as a heading, if it is one: a numbered heading means the body has begun */
    Placement next(String block, Optional<Heading> heading) {
        if (Han.latinShare(block) > 0.5) {
            return Placement.in(Zone.ENGLISH);
        }
        Optional<Mark> mark = marks.classify(block);
        boolean listedAttachment = inAttachmentList && heading.filter(h -> h.level() == LISTED_ATTACHMENT_LEVEL).isPresent();
        inAttachmentList = listedAttachment || mark.filter(m -> m == Mark.ATTACHMENT_LIST).isPresent();
        if (listedAttachment) {
            return Placement.in(Zone.OFFICIAL_MARKS);
        }
        if (mark.filter(m -> m == Mark.PUBLICATION_METADATA).isPresent()) {
            if (zone == Zone.ABSTRACT) {
                zone = Zone.FRONT_MATTER;
            }
            return Placement.in(Zone.FRONT_MATTER);
        }
        if (REFERENCES.matcher(block).find()) {
            zone = Zone.REFERENCES;
            return Placement.in(zone);
        }
        if (zone == Zone.REFERENCES) {
            return Placement.in(zone);
        }
        if (mark.filter(Mark::officialApparatus).isPresent()) {
            textClosed |= zone == Zone.BODY || mark.get() == Mark.ATTACHMENT_MARKER;
            return Placement.in(Zone.OFFICIAL_MARKS);
        }
        if (ABSTRACT.matcher(block).find()) {
            zone = Zone.ABSTRACT;
            return Placement.in(zone);
        }
        if (zone == Zone.ABSTRACT && heading.isEmpty()) {
            return Placement.in(zone);
        }
        boolean numbered = heading.filter(Heading::numbered).isPresent();
        boolean issuingLine = mark.filter(m -> m == Mark.ISSUING_LINE).isPresent();
        boolean titleShaped = !numbered && (heading.isPresent() || issuingLine || mark.filter(m -> m == Mark.DOCUMENT_TITLE).isPresent());
        if (titleShaped && (textClosed || issuingLine && zone == Zone.BODY)) {
            // an attached document's front matter is its title: what follows is its body, even a table's rows
            textClosed = false;
            zone = Zone.BODY;
            return new Placement(Zone.FRONT_MATTER, true);
        }
        textClosed = false;
        if (zone == Zone.FRONT_MATTER && !numbered && (heading.isPresent() || !looksLikeBody(block))) {
            return Placement.in(zone);
        }
        zone = Zone.BODY;
        return Placement.in(zone);
    }

    /**
     * Before the body starts, a block counts as body once it reads as running text: a sentence, or a clause that
     * announces what follows (现就有关事项通知如下：). A salutation also ends in a colon, but is a mark.
     */
    private static boolean looksLikeBody(String block) {
        return block.codePointCount(0, block.length()) >= 10 && (block.matches("(?s).*[。！？].*") || block.endsWith("："));
    }
}
