package org.policykg.ingest.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policykg.ingest.marks.LineMarks;
import org.policykg.ingest.marks.Mark;
import org.policykg.ingest.script.AnalysisForm;
import org.policykg.ingest.text.Han;

/**
 * Rebuilds paragraphs from hard-wrapped text. Newspaper columns (about six to twelve characters wide), PDF
 * lines with blank lines between them, and paragraph-per-line text pass through the same rules, tuned by the
 * document's usual line width: a paragraph ends at closing punctuation, at a line clearly shorter than a full
 * line (in wrapped text), after a heading or metadata line, or after a line that stands alone like a headline.
 * Numbers and English words split across lines are joined back, and chart or caption lines are skipped.
 * A line that is a mark of its own (a signature, a date, 附件：…, a document number: see {@link LineMarks}) takes
 * no following line, so the close of an official document does not run into one paragraph.
 * Blocks keep the text as written; rules that read words (参考文献, captions, marks, a word across a break) read the
 * {@link AnalysisForm} of it, so a traditional text is laid out as its simplified form would be. Widths are the
 * written text's.
 */
final class LineJoiner {

    static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\\d{1,2}[.．、](?!\\d)|第[一二三四五六七八九十]+[章节部分]|专栏[\\d一二三四五六七八九十]+)");
    private static final Pattern STARTS_BLOCK = Pattern.compile(
            "^(?:#|摘\\s*要|内容摘要|关键词|关键字|参考文献|注释|Abstract|Key\\s*[Ww]ords|-?\\s*\\[\\d+]|中图分类号|作者简介|基金项目|收稿日期|DOI)");
    /** Journal metadata and a website's labelled fields (发布时间：… 来源：… [打印]): each line stands alone. */
    private static final Pattern METADATA_LINE = Pattern.compile("^(?:关键词|关键字|中图分类号|作者简介|基金项目|收稿日期|DOI|文章编号|\\*\\*DOI"
            + "|[（(【\\[]?(?:来源|文章来源|信息来源|稿件来源|发布时间|发布日期|索引号|主题分类|成文日期|发文字号|发文机关)[:：]"
            + "|[\\[【]\\s*(?:打印|关闭)\\s*[\\]】])");
    /** A line wholly in brackets (（本文原载于《经济日报》）, （记者 张三）): an editor's note, a paragraph of its own. */
    private static final Pattern BRACKETED_NOTE = Pattern.compile("^[（(][^（）()]{2,80}[）)]$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}$");
    /** 1 引言, 2.1 研究方法, 3.2　机制设计: a journal's section number, a space, a short title without punctuation. */
    private static final Pattern JOURNAL_HEADING = Pattern.compile("^\\d{1,2}(?:[.．]\\d{1,2}){0,2}[ \u3000]+\\p{IsHan}[^，。；：,;:]{1,24}$");
    private static final String TERMINAL = "。！？!?；;：:…";
    private static final int MAX_HEADING = 64;

    private final NoiseFilter noise = new NoiseFilter();
    private final WordBoundary words;
    private final LineMarks marks;

    LineJoiner(WordBoundary words, LineMarks marks) {
        this.words = words;
        this.marks = marks;
    }

    /** How lines are laid out: wrapped at a fixed width, or one paragraph per line. */
    private record Layout(int usualWidth) {
        boolean wrapped() {
            return usualWidth >= 8 && usualWidth <= 80;
        }

        boolean isShort(String line) {
            return wrapped() && width(line) < usualWidth * 0.7;
        }

        /** In PDF-like text (20 to 80 wide) a line of about full width is body text, never a headline. */
        boolean fullWidth(CharSequence line) {
            return usualWidth >= 20 && usualWidth <= 80 && Math.abs(width(line) - usualWidth) <= usualWidth * 0.15;
        }
    }

    /** A paragraph being built: the lines as written, and the same lines in the form the rules read. */
    private static final class Paragraph {
        final StringBuilder written;
        final StringBuilder readable;

        Paragraph(String line, String readableLine) {
            written = new StringBuilder(line);
            readable = new StringBuilder(readableLine);
        }

        void append(String line, String readableLine) {
            appendLine(written, line);
            appendLine(readable, readableLine);
        }
    }

    List<Block> join(String text, AnalysisForm form) {
        List<String> lines = Arrays.stream(text.split("\n", -1)).map(String::strip).toList();
        Layout layout = new Layout(usualWidth(lines));
        List<Block> blocks = new ArrayList<>();
        Paragraph current = null;
        String lastLine = "";
        int linesInCurrent = 0;
        boolean currentMarkdown = false;
        boolean blankBeforeCurrent = true;
        boolean noiseBeforeCurrent = false;
        boolean previousBlockClosed = true;
        boolean previousBlockMark = false;
        boolean blankSinceLast = true;
        boolean noiseSinceLast = false;

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                blankSinceLast = true;
                continue;
            }
            String readable = form.of(line);
            if ((PAGE_NUMBER.matcher(line).matches() && blankSinceLast && nextIsBlank(lines, i))
                    || noise.isNoiseLine(readable)) {
                noiseSinceLast = true;
                continue;
            }
            boolean markdown = line.startsWith("#");
            boolean headlineCandidate = current != null && linesInCurrent == 1 && blankBeforeCurrent && blankSinceLast
                    && previousBlockClosed && looksLikeHeadline(current.readable) && !layout.fullWidth(current.written);
            boolean join = current != null && !endsAtMark(current.readable, linesInCurrent, previousBlockMark)
                    && continues(current, linesInCurrent, currentMarkdown, lastLine, line, readable,
                    markdown, layout, blankSinceLast, headlineCandidate);
            if (join) {
                current.append(line, readable);
                linesInCurrent++;
            } else {
                if (current != null) {
                    blocks.add(block(current, currentMarkdown, linesInCurrent, blankBeforeCurrent, blankSinceLast,
                            noiseBeforeCurrent || noiseSinceLast, layout));
                    boolean mark = endsAtMark(current.readable, linesInCurrent, previousBlockMark);
                    previousBlockClosed = closed(current.readable) || looksLikeHeadline(current.readable) || mark;
                    previousBlockMark = mark;
                }
                current = new Paragraph(line, readable);
                currentMarkdown = markdown;
                linesInCurrent = 1;
                blankBeforeCurrent = blankSinceLast;
                noiseBeforeCurrent = noiseSinceLast;
            }
            lastLine = line;
            blankSinceLast = false;
            noiseSinceLast = false;
        }
        if (current != null) {
            blocks.add(block(current, currentMarkdown, linesInCurrent, blankBeforeCurrent, true, noiseBeforeCurrent, layout));
        }
        return blocks;
    }

    /** @param lastLine the previous line as written, for its width; {@code readable} is {@code line} as the rules read it */
    private boolean continues(Paragraph current, int linesInCurrent, boolean currentMarkdown, String lastLine, String line,
                              String readable, boolean markdown, Layout layout, boolean blankSinceLast, boolean headlineCandidate) {
        if (markdown || currentMarkdown) {
            return false;
        }
        char last = current.written.charAt(current.written.length() - 1);
        char first = line.charAt(0);
        // "3\n \n108 户" is one number; but a journal's metadata line ends with its own number (文章编号：…-09), and a
        // journal heading (1 引言, 2.1 研究方法) opens with its own
        if (Character.isDigit(last) && Character.isDigit(first) && !(linesInCurrent == 1 && METADATA_LINE.matcher(current.readable).find())
                && !JOURNAL_HEADING.matcher(line).matches()) {
            return true;
        }
        if (isLatin(last) && isLatin(first)) {
            return true; // an English abstract printed one word per line
        }
        if (STARTS_BLOCK.matcher(readable).find() || closed(current.readable)) {
            return false;
        }
        if (blankSinceLast && (BRACKETED_NOTE.matcher(readable).matches()
                || linesInCurrent == 1 && BRACKETED_NOTE.matcher(current.readable).matches())) {
            return false;
        }
        if (NUMBERED_HEADING.matcher(readable).find() && (blankSinceLast || layout.isShort(lastLine) || !layout.wrapped())) {
            return false;
        }
        if (linesInCurrent == 1 && width(current.written) <= MAX_HEADING && !endsOpen(current.readable)
                && (NUMBERED_HEADING.matcher(current.readable).find() || METADATA_LINE.matcher(current.readable).find()
                    || blankSinceLast && JOURNAL_HEADING.matcher(current.written).matches())) {
            return false;
        }
        boolean wordRunsOn = words.wordAcross(current.readable.toString(), readable);
        if (headlineCandidate && !wordRunsOn) {
            return false;
        }
        return wordRunsOn || !(layout.isShort(lastLine) && !endsOpen(current.readable));
    }

    /**
     * A single line that is a complete mark ends its paragraph, and so does a document's title right after one (the
     * attached plan's title after 附件 or the signature), which would otherwise run into the plan's first paragraph.
     * {@code current} is the paragraph as the rules read it (its analysis form).
     */
    private boolean endsAtMark(CharSequence current, int linesInCurrent, boolean afterMark) {
        if (linesInCurrent != 1 || endsOpen(current)) {
            return false;
        }
        Optional<Mark> mark = marks.classify(current.toString());
        return mark.filter(Mark::standsAlone).isPresent() || afterMark && mark.filter(m -> m == Mark.DOCUMENT_TITLE).isPresent();
    }

    private static Block block(Paragraph paragraph, boolean markdown, int lines, boolean blankBefore, boolean blankAfter,
                               boolean nearNoise, Layout layout) {
        String t = paragraph.written.toString();
        boolean standalone = lines == 1 && blankBefore && blankAfter && looksLikeHeadline(paragraph.readable)
                && !layout.fullWidth(t);
        // A headline-like line next to chart numbers or a caption is a figure title, not a heading.
        return new Block(t, markdown, standalone && !nearNoise);
    }

    private static boolean nextIsBlank(List<String> lines, int i) {
        return i + 1 >= lines.size() || lines.get(i + 1).isEmpty();
    }

    /** The 75th percentile of line widths: the width a full line has in this document. */
    static int usualWidth(List<String> lines) {
        int[] widths = lines.stream().filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .mapToInt(LineJoiner::width).sorted().toArray();
        return widths.length == 0 ? 0 : widths[(int) Math.floor(widths.length * 0.75)];
    }

    private static int width(CharSequence line) {
        String s = line.toString();
        return s.codePointCount(0, s.length());
    }

    private static boolean closed(CharSequence text) {
        String t = text.toString().strip();
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        if (TERMINAL.indexOf(last) >= 0 || NoiseFilter.endsWithPhotoCredit(t)) {
            return true;
        }
        if ((last == '”' || last == '"' || last == '’') && t.length() >= 2) {
            return TERMINAL.indexOf(t.charAt(t.length() - 2)) >= 0;
        }
        if (last == '）' || last == ')') {
            return t.startsWith("（") || t.startsWith("(");
        }
        return false;
    }

    /** A line ending in a comma, an opening bracket or a joiner continues on the next line whatever its width. */
    private static boolean endsOpen(CharSequence text) {
        String t = text.toString().strip();
        return !t.isEmpty() && "，、,（(“《—".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    static boolean looksLikeHeadline(CharSequence text) {
        String t = text.toString().strip();
        int len = width(t);
        return len >= 2 && len <= 40 && !closed(t) && !endsOpen(t)
                && t.chars().noneMatch(c -> "。；;：:？?！!".indexOf(c) >= 0)
                && !t.matches("^(?:第[一二三四五六七八九十]+|[一二三四五六七八九十]是|其[一二三四五六七八九十])[，,、].*")
                && Han.share(t) >= 0.5;
    }

    private static void appendLine(StringBuilder current, String line) {
        char last = current.charAt(current.length() - 1);
        char first = line.charAt(0);
        if (isLatin(last) && isLatin(first)) {
            current.append(' ');
        }
        current.append(line);
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ',' || c == '.';
    }
}
