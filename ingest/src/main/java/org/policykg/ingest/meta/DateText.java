package org.policykg.ingest.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.DocumentDate;

/**
 * A date as documents print it, in Arabic or Chinese numerals: {@code 2025年3月5日}, {@code 二〇二五年三月五日},
 * {@code 2024年06月}, {@code 2025-06-14}, {@code 2025/6/14}. The day or month may be missing; the year never.
 */
final class DateText {

    private static final String NUMBER = "(\\d{1,4}|[〇○零一二三四五六七八九十]{1,4})";
    private static final Pattern CHINESE = Pattern.compile(NUMBER + "年(?:" + NUMBER + "月(?:" + NUMBER + "日)?)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})(?:[-/](\\d{1,2}))?");

    private DateText() {
    }

    /** The date the text starts with, or empty when it is none or names a month or day that does not exist. */
    static Optional<DocumentDate> parse(String text) {
        Matcher m = CHINESE.matcher(text);
        if (!m.lookingAt()) {
            m = ISO.matcher(text);
            if (!m.lookingAt()) {
                return Optional.empty();
            }
        }
        try {
            int year = number(m.group(1), true);
            if (year < 1000) {
                return Optional.empty();
            }
            return Optional.of(DocumentDate.of(year, m.group(2) == null ? null : number(m.group(2), false),
                    m.group(3) == null ? null : number(m.group(3), false)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A number in Arabic or Chinese numerals. A year is read digit by digit (二〇二五 → 2025); a month or day by
     * tens (十二 → 12, 二十三 → 23, 三十 → 30).
     */
    static int number(String s, boolean digitByDigit) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (digitByDigit) {
            int value = 0;
            for (char c : s.toCharArray()) {
                value = value * 10 + digit(c);
            }
            return value;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0)) + (s.length() > 1 ? -1000 : 0);
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char c) {
        int d = "〇一二三四五六七八九".indexOf(c);
        if (c == '○' || c == '零') {
            return 0;
        }
        if (d < 0) {
            throw new IllegalArgumentException("not a numeral: " + c);
        }
        return d;
    }
}
