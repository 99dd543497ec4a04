package org.policykg.ingest.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's date as far as it is stated: {@code 2025-03-05} (day), {@code 2025-03} (month) or {@code 2025}
 * (year). {@code iso} is what the graph stores; {@code year} serves range queries.
 */
public record DocumentDate(String iso, int year, DatePrecision precision) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    /** A year, a year and month, or a full date; a month or day that does not exist is refused. */
    public static DocumentDate of(int year, Integer month, Integer day) {
        try {
            if (month == null) {
                return new DocumentDate("%04d".formatted(year), year, DatePrecision.YEAR);
            }
            if (day == null) {
                return new DocumentDate(YearMonth.of(year, month).toString(), year, DatePrecision.MONTH);
            }
            return new DocumentDate(LocalDate.of(year, month, day).toString(), year, DatePrecision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date: " + year + "-" + month + "-" + day, e);
        }
    }

    /** {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; anything else is refused with the reason. */
    public static DocumentDate parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: give a year (2025), a month (2025-03) or a day (2025-03-05)");
        }
        return of(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    /** The first day of the period the date stands for (2025 → 2025-01-01). */
    public LocalDate firstDay() {
        return switch (precision) {
            case DAY -> LocalDate.parse(iso);
            case MONTH -> YearMonth.parse(iso).atDay(1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day of the period the date stands for (2025-02 → 2025-02-28). */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> LocalDate.parse(iso);
            case MONTH -> YearMonth.parse(iso).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }
}
