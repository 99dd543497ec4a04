package org.policykg.ingest.meta;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policykg.ingest.marks.LineMarks;
import org.policykg.ingest.model.DocumentKind;

/**
 * The kind of a document: the last word of an issuing line (关于印发…方案的通知 is a notice); a news dateline makes a
 * report; a journal's apparatus (摘要, 关键词, 文章编号, 参考文献) an article; then a title's shape (…行动方案);
 * a newspaper's marks (记者, 本版责编, 主讲人) at the head or tail a report; a note （作者：…） an article; else other.
 */
final class KindReader {

    private static final Pattern TITLE_TAIL = Pattern.compile("(?:[（(][^）)]{1,20}[）)])+$|》$");
    /** …规划纲要（节选）　第十一章　促进区域协调发展: a chapter's own heading after the document's title. */
    private static final Pattern CHAPTER_TAIL = Pattern.compile("第[一二三四五六七八九十百零〇\\d]+[章节篇].*$");

    private final MetaCues cues;
    private final LineMarks marks;

    KindReader(MetaCues cues, LineMarks marks) {
        this.cues = cues;
        this.marks = marks;
    }

    DocumentKind read(Head head) {
        if (head.issuingLine()) {
            Optional<DocumentKind> byTitle = byTitle(head.title().orElseThrow());
            if (byTitle.isPresent()) {
                return byTitle.get();
            }
        }
        if (head.head().stream().anyMatch(l -> cues.find("dateline", l).isPresent())) {
            return DocumentKind.REPORT;
        }
        if (head.all().stream().anyMatch(l -> matches(cues.articleCues, l))) {
            return DocumentKind.ARTICLE;
        }
        Optional<DocumentKind> shaped = head.shapedTitle(marks).flatMap(this::byTitle);
        if (shaped.isPresent()) {
            return shaped.get();
        }
        // a commentary's date and author on one line under its title (2026年11月3日　何敏儀), before the weaker signs of a report
        if (head.head().stream().anyMatch(l -> cues.find("datedByline", l).isPresent())) {
            return DocumentKind.ARTICLE;
        }
        if (head.edges().stream().anyMatch(l -> matches(cues.reportCues, l))) {
            return DocumentKind.REPORT;
        }
        if (head.all().stream().anyMatch(l -> cues.authorNoteCue.matcher(l.compact()).find())) {
            return DocumentKind.ARTICLE;
        }
        // a commentary: a note on where it first appeared, after no sign of a report
        if (head.edges().stream().anyMatch(l -> cues.find("repostNote", l).isPresent())) {
            return DocumentKind.ARTICLE;
        }
        return DocumentKind.OTHER;
    }

    /** The kind whose word ends the title, its bracketed tail (（2024—2026年）, （征求意见稿）) removed. */
    Optional<DocumentKind> byTitle(Line title) {
        String bare = TITLE_TAIL.matcher(CHAPTER_TAIL.matcher(title.compact()).replaceAll("")).replaceAll("");
        for (Map.Entry<DocumentKind, List<String>> kind : cues.kindsByTitle.entrySet()) {
            if (kind.getValue().stream().anyMatch(bare::endsWith)) {
                return Optional.of(kind.getKey());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<Pattern> patterns, Line line) {
        return patterns.stream().anyMatch(p -> p.matcher(line.compact()).find());
    }
}
