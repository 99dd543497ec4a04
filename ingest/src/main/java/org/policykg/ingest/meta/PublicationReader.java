package org.policykg.ingest.meta;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.DocumentDate;

/**
 * What a report's or an article's frame states: authors (the byline under the title, reporters after a dateline,
 * notes （作者：…）, a feature's 主讲人), venue (a page's 来源, a news agency's dateline, a newspaper's or journal's
 * issue line) and date. A dateline gives month and day only: its year comes from a date the page or paper prints
 * (发布时间, the paper's line), and without one the report has no date. A journal gives its year (and an English
 * issue line its month).
 */
final class PublicationReader {

    /** 2 to 4 characters, or a name of the peoples written with a middle dot (买买提·艾力). */
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{1,6}[·・•]\\p{IsHan}{1,8}");
    /** Roles a dateline's brackets name between the names: （记者 周启航 通讯员 买买提·艾力）. */
    private static final Set<String> ROLES = Set.of("记者", "通讯员", "实习生", "见习记者", "特约记者", "摄影", "摄影记者");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、，,\\s]+");
    private static final Set<String> NO_VENUE = Set.of("本报", "本刊", "");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    /** 周明远 陈思琪, 周明远，陈思琪, 周明远、陈思琪. */
    private static final String BYLINE_SEPARATORS = "[ ，、,]+";

    private final MetaCues cues;

    PublicationReader(MetaCues cues) {
        this.cues = cues;
    }

    List<String> authors(Head head) {
        Set<String> names = new LinkedHashSet<>();
        byline(head).ifPresent(l -> names.addAll(List.of(withoutMarks(l.spaced()).split(BYLINE_SEPARATORS))));
        head.head().stream().flatMap(l -> cues.find("reporter", l).stream()).findFirst().ifPresent(m -> names.addAll(names(m)));
        head.all().forEach(l -> cues.find("authorNote", l).ifPresent(m -> names.addAll(names(m))));
        if (names.isEmpty()) { // 2026年11月3日　何敏儀 under a commentary's title
            head.head().stream().flatMap(l -> cues.find("datedByline", l).stream()).findFirst().ifPresent(m -> names.addAll(names(m)));
        }
        return List.copyOf(names);
    }

    Optional<String> venue(Head head) {
        // 新华社贵阳4月15日电 on a page whose 来源 is 新华网: the agency wrote it, the website reposts it
        Optional<String> agency = dateline(head).map(m -> m.group("venue")).filter(v -> !NO_VENUE.contains(v) && v.endsWith("社"));
        if (agency.isPresent()) {
            return agency;
        }
        for (String role : List.of("sourceField", "newspaperLine", "journalLine")) {
            Optional<String> venue = (role.equals("newspaperLine") ? head.all() : head.edges()).stream().flatMap(l -> cues.find(role, l).stream()).map(m -> m.group("venue")).findFirst();
            if (venue.isPresent()) {
                return venue;
            }
        }
        return dateline(head).map(m -> m.group("venue")).filter(v -> !NO_VENUE.contains(v));
    }

    /**
     * A dateline's day in the year a printed date gives (the year before, when the dateline's month comes after
     * the printed date's); else the paper's date; else the page's; else the journal's issue.
     */
    Optional<DocumentDate> date(Head head) {
        Optional<DocumentDate> paper = first(head.all(), "newspaperLine");
        Optional<DocumentDate> page = first(head.edges(), "publishedField");
        Optional<DocumentDate> printed = paper.isPresent() ? paper : page;
        Optional<Matcher> dateline = dateline(head);
        if (dateline.isPresent()) {
            int month = Integer.parseInt(dateline.get().group("month"));
            int day = Integer.parseInt(dateline.get().group("day"));
            return printed.filter(p -> p.precision() != org.policykg.ingest.model.DatePrecision.YEAR).map(p -> {
                int pm = Integer.parseInt(p.iso().substring(5, 7));
                return DocumentDate.of(month > pm ? p.year() - 1 : p.year(), month, day);
            });
        }
        if (printed.isPresent()) {
            return printed;
        }
        for (Line line : head.edges()) {
            Optional<Matcher> volume = cues.find("volumeLine", line);
            if (volume.isPresent()) {
                String month = volume.get().group("month");
                return Optional.of(DocumentDate.of(Integer.parseInt(volume.get().group("year")),
                        month == null ? null : MONTHS.indexOf(month) + 1, null));
            }
        }
        Optional<DocumentDate> issue = head.edges().stream().flatMap(l -> cues.find("journalLine", l).or(() -> cues.find("articleNumber", l)).stream())
                .map(m -> DocumentDate.of(Integer.parseInt(m.group("year")), null, null)).findFirst();
        // a commentary's date alone on a line of its head (文：…, then 2026年10月8日), or with its author's name
        return issue.isPresent() ? issue : head.head().stream().flatMap(l -> cues.find("dateLine", l).stream())
                .filter(m -> m.group("organs").isEmpty()).flatMap(m -> DateText.parse(m.group("date")).stream()).findFirst()
                .or(() -> head.head().stream().flatMap(l -> cues.find("datedByline", l).stream())
                        .flatMap(m -> DateText.parse(m.group("date")).stream()).findFirst());
    }

    private Optional<Matcher> dateline(Head head) {
        return head.head().stream().flatMap(l -> cues.find("dateline", l).stream()).findFirst();
    }

    /**
     * A line right after the title made only of names (2 to 4 Han characters, spaced): two or more, or one with an
     * affiliation in brackets on the next line.
     */
    private Optional<Line> byline(Head head) {
        if (head.title().isEmpty()) {
            return Optional.empty();
        }
        int at = head.title().get().index() + 1;
        if (at >= head.all().size()) {
            return Optional.empty();
        }
        Line line = head.all().get(at);
        String[] tokens = withoutMarks(line.spaced()).split(BYLINE_SEPARATORS);
        boolean names = List.of(tokens).stream().allMatch(t -> NAME.matcher(t).matches());
        boolean affiliation = at + 1 < head.all().size() && head.all().get(at + 1).compact().matches("^[（(]\\d?.*");
        return names && (tokens.length >= 2 || affiliation) ? Optional.of(line) : Optional.empty();
    }

    /** 林思远1，陈晓岚2 or 张三*: the marks that point a name to its affiliation are no part of it. */
    private static String withoutMarks(String byline) {
        return byline.replaceAll("(?<=\\p{IsHan})[\\d¹²³⁴⁵⁶⁷⁸⁹⁰*＊]+(?:[,，][\\d¹²³⁴⁵⁶⁷⁸⁹⁰]+)*", "");
    }

    private static List<String> names(Matcher m) {
        return NAME_SEPARATORS.splitAsStream(m.group("names")).filter(n -> NAME.matcher(n).matches() && !ROLES.contains(n)).toList();
    }

    private Optional<DocumentDate> first(List<Line> lines, String role) {
        return lines.stream().flatMap(l -> cues.find(role, l).stream()).filter(m -> m.group("date") != null)
                .flatMap(m -> DateText.parse(m.group("date")).stream()).findFirst();
    }
}
