package org.policykg.ingest.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.policykg.ingest.marks.LineMarks;
import org.policykg.ingest.model.DocumentDate;

/**
 * What an official document's frame states: the issuers (a page's 发文机关 field, else the organs that open the
 * issuing line, else the signature), the number (a 发文字号 field, else the 文号 line under the title) and the
 * date (a 成文日期 field, else the first line that is only a date, after its organs or in brackets; else the
 * printing line).
 */
final class OfficialReader {

    private final MetaCues cues;
    private final LineMarks marks;

    OfficialReader(MetaCues cues, LineMarks marks) {
        this.cues = cues;
        this.marks = marks;
    }

    List<String> issuers(Head head) {
        for (Line line : head.edges()) {
            Optional<Matcher> field = cues.find("issuerField", line);
            if (field.isPresent()) {
                return canonical(split(field.get().group("value")));
            }
        }
        String title = head.title().map(Line::compact).orElse("");
        if (title.indexOf("关于") > 0) {
            String organs = title.substring(0, title.indexOf("关于"));
            int forwarded = organs.indexOf("转发");
            List<String> found = marks.organs(forwarded >= 0 ? organs.substring(0, forwarded) : organs);
            if (!found.isEmpty()) {
                return canonical(found);
            }
        }
        return signature(head).or(() -> underTitle(head)).map(this::canonical).orElse(List.of());
    }

    /** 江苏省生态环境厅　安徽省生态环境厅…: a joint plan's organs, alone on the line under its title. */
    private Optional<List<String>> underTitle(Head head) {
        return head.title().filter(t -> t.index() + 1 < head.all().size()).map(t -> head.all().get(t.index() + 1))
                .map(l -> marks.organs(l.compact())).filter(l -> !l.isEmpty());
    }

    Optional<String> number(Head head) {
        for (Line line : head.edges()) {
            Optional<Matcher> field = cues.find("numberField", line);
            if (field.isPresent()) {
                return Optional.of(field.get().group("value"));
            }
        }
        return head.head().stream().flatMap(l -> cues.find("number", l).stream()).map(m -> m.group("value")).findFirst();
    }

    /** A 成文日期 field; else the date closing the notice or under its title; else the printing line. */
    Optional<DocumentDate> date(Head head) {
        Optional<DocumentDate> field = first(head.edges(), "dateField");
        if (field.isPresent()) {
            return field;
        }
        Optional<DocumentDate> dateLine = dateLine(head).flatMap(l -> cues.find("dateLine", l)).flatMap(m -> DateText.parse(m.group("date")));
        return dateLine.isPresent() ? dateLine : first(head.all(), "printedLine");
    }

    /** The first line that is only a date, maybe after the organs that sign it. */
    private Optional<Line> dateLine(Head head) {
        return head.all().stream().filter(l -> cues.find("dateLine", l).filter(m -> {
            String organs = m.group("organs");
            return organs.isEmpty() || !marks.organs(organs).isEmpty();
        }).isPresent()).findFirst();
    }

    /** The organs that sign: before the date on its line, or alone on the line above it. */
    private Optional<List<String>> signature(Head head) {
        Optional<Line> date = dateLine(head);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        String organs = cues.find("dateLine", date.get()).orElseThrow().group("organs");
        if (!organs.isEmpty()) {
            return Optional.of(marks.organs(organs));
        }
        // four organs signing in two rows of two: every line of organs right above the date
        List<String> signers = new java.util.ArrayList<>();
        for (int at = date.get().index() - 1; at >= 0 && date.get().index() - at <= 4; at--) {
            List<String> row = marks.organs(head.all().get(at).compact());
            if (row.isEmpty()) {
                break;
            }
            signers.addAll(0, row);
        }
        return Optional.of(List.copyOf(signers)).filter(l -> !l.isEmpty());
    }

    private Optional<DocumentDate> first(List<Line> lines, String role) {
        return lines.stream().flatMap(l -> cues.find(role, l).stream()).flatMap(m -> DateText.parse(m.group("date")).stream()).findFirst();
    }

    private List<String> split(String value) {
        List<String> organs = marks.organs(value);
        return organs.isEmpty() ? List.of(value.split("[、，,\\s]+")) : organs;
    }

    private List<String> canonical(List<String> organs) {
        return organs.stream().map(cues::canonicalIssuer).distinct().toList();
    }
}
