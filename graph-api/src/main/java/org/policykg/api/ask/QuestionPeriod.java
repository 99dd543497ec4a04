package org.policykg.api.ask;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.api.evidence.Period;

/**
 * The period a question sets (2020年以来, 2024年, 2021至2023年, 2025年3月, 2022年以前), as the API's {@link Period}, with
 * the words that set it (left out when the rest of the question is read) and how the answer names it.
 */
record QuestionPeriod(Period period, int start, int end, String label) {

    static final QuestionPeriod NONE = new QuestionPeriod(Period.ALL, -1, -1, null);

    private record Shape(Pattern pattern, String from, String to, String label, boolean beforeTo) {

        Shape(Pattern pattern, String from, String to, String label) {
            this(pattern, from, to, label, false);
        }
    }

    /** In order: the first shape that matches sets the period. {@code $1}, {@code $2}: the years (and month) matched. */
    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("(?:从|自)?(\\d{4})年?\\s*(?:至|到|—|–|-|~|～)\\s*(\\d{4})年?(?:间|期间|之间)?"), "$1", "$2", "$1—$2年"),
            new Shape(Pattern.compile("(?:从|自)?(\\d{4})年(?:以来|之后|以后|后|起|开始|至今)"), "$1", null, "$1年以来"),
            new Shape(Pattern.compile("(?:从|自)(\\d{4})年"), "$1", null, "$1年以来"),
            new Shape(Pattern.compile("(\\d{4})年(?:以前|之前|前)"), null, "$1", "$1年以前", true),
            new Shape(Pattern.compile("(\\d{4})年(\\d{1,2})月(?:份)?"), "$1-$2", "$1-$2", "$1年$2月"),
            new Shape(Pattern.compile("(\\d{4})年(?:度)?"), "$1", "$1", "$1年"));

    static QuestionPeriod read(String question) {
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(question);
            if (m.find()) {
                String from = shape.from() == null ? null : month(expand(m, shape.from()));
                String to = shape.to() == null ? null : month(expand(m, shape.to()));
                if (shape.beforeTo()) { // 2024年以前: before 2024, up to the end of 2023
                    to = Integer.toString(Integer.parseInt(to) - 1);
                }
                String label = expand(m, shape.label());
                return new QuestionPeriod(Period.of(from, to), m.start(), m.end(), label);
            }
        }
        return NONE;
    }

    private static String expand(Matcher m, String template) {
        String out = template;
        for (int g = m.groupCount(); g >= 1; g--) {
            out = out.replace("$" + g, m.group(g) == null ? "" : m.group(g));
        }
        return out;
    }

    /** 2025-3 → 2025-03, as the date parser reads months. */
    private static String month(String value) {
        return value.matches("\\d{4}-\\d") ? value.substring(0, 5) + "0" + value.substring(5) : value;
    }

    boolean bounded() {
        return period.bounded();
    }
}
