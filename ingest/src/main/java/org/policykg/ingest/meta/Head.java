package org.policykg.ingest.meta;

import java.util.List;
import java.util.Optional;

import org.policykg.ingest.marks.LineMarks;
import org.policykg.ingest.marks.Mark;

/**
 * The lines of a document that can state what it is: its head (title, header fields, byline, dateline), its tail
 * (a page's source and editor, a notice's signature) and all lines, with the title found among the head's:
 * an issuing line (…关于…的通知) or a line shaped like a document's title (…实施方案), else the first line that is
 * neither metadata nor a mark.
 */
record Head(List<Line> all, List<Line> head, List<Line> tail, Optional<Line> title, boolean issuingLine) {

    /** Lines of these roles state metadata, not a title. */
    private static final List<String> NOT_TITLES = List.of("journalLine", "newspaperLine", "volumeLine", "issuerField",
            "numberField", "dateField", "publishedField", "sourceField", "dateline");

    static Head of(String text, MetaCues cues, LineMarks marks) {
        List<Line> all = Line.of(text);
        List<Line> head = all.subList(0, Math.min(all.size(), cues.headLines));
        List<Line> tail = all.subList(Math.max(0, all.size() - cues.headLines), all.size());
        Optional<Line> issuing = head.stream().filter(l -> is(marks, l, Mark.ISSUING_LINE)).findFirst();
        if (issuing.isPresent()) {
            return new Head(all, head, tail, issuing, true);
        }
        Optional<Line> shaped = head.stream().filter(l -> is(marks, l, Mark.DOCUMENT_TITLE)).findFirst();
        Optional<Line> first = head.stream()
                .filter(l -> marks.classify(l.compact()).isEmpty() && !l.compact().startsWith("【") && hanShare(l.compact()) > 0.5)
                .filter(l -> NOT_TITLES.stream().allMatch(role -> cues.find(role, l).isEmpty()))
                .findFirst();
        return new Head(all, head, tail, shaped.isPresent() ? shaped : first, false);
    }

    /** The title, if its shape says what kind of document it is (an issuing line or a title shape). */
    Optional<Line> shapedTitle(LineMarks marks) {
        return title.filter(t -> issuingLine || is(marks, t, Mark.DOCUMENT_TITLE));
    }

    /** Head and tail, each line once, in document order. */
    List<Line> edges() {
        return all.stream().filter(l -> l.index() < head.size() || l.index() >= all.size() - tail.size()).toList();
    }

    private static boolean is(LineMarks marks, Line line, Mark mark) {
        return marks.classify(line.compact()).filter(m -> m == mark).isPresent();
    }

    private static double hanShare(String s) {
        long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return s.isEmpty() ? 0 : (double) han / s.codePointCount(0, s.length());
    }
}
