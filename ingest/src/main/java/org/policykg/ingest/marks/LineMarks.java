package org.policykg.ingest.marks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policykg.ingest.yaml.YamlFiles;

/**
 * Tells which lines frame a text rather than state its substance (see {@link Mark}), from the patterns in
 * {@code marks/line-marks.yaml}. Immutable and thread-safe; {@link #standard()} loads the file once.
 */
public final class LineMarks {

    static final String RESOURCE = "marks/line-marks.yaml";
    private static final int SUPPORTED_VERSION = 1;
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private static LineMarks standard;

    private record Kind(Mark mark, List<Pattern> patterns) {
    }

    private final List<Kind> kinds;
    /** One issuing organ at the start of a text. */
    private final Pattern organ;

    private LineMarks(List<Kind> kinds, Pattern organ) {
        this.kinds = List.copyOf(kinds);
        this.organ = organ;
    }

    public static synchronized LineMarks standard() {
        if (standard == null) {
            standard = parse(load());
        }
        return standard;
    }

    /** The kind of mark {@code line} is, judged on the whole line with its whitespace removed. */
    public Optional<Mark> classify(String line) {
        String compact = WHITESPACE.matcher(line).replaceAll("");
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        for (Kind kind : kinds) {
            for (Pattern p : kind.patterns()) {
                if (p.matcher(compact).find()) {
                    return Optional.of(kind.mark());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The issuing organs {@code text} is made of, in order ({@code 中共中央 国务院} → 中共中央, 国务院), or an empty
     * list when it is not only organs. Whitespace and 、 between them are allowed.
     */
    public List<String> organs(String text) {
        String rest = WHITESPACE.matcher(text).replaceAll("");
        List<String> found = new ArrayList<>();
        while (!rest.isEmpty()) {
            rest = rest.replaceFirst("^[、，,]", "");
            Matcher m = organ.matcher(rest);
            if (!m.find() || m.end() == 0) {
                return List.of();
            }
            found.add(m.group());
            rest = rest.substring(m.end());
        }
        return found;
    }

    /** The file as written; {@code kinds} in the file's order, which is the order they are tried in. */
    record MarksFile(Integer version, Organs organs, Map<String, String> fragments, LinkedHashMap<String, List<String>> kinds) {
    }

    record Organs(List<String> names, List<String> suffixes, List<String> verbs) {
    }

    static LineMarks parse(MarksFile file) {
        if (!Integer.valueOf(SUPPORTED_VERSION).equals(file.version())) {
            throw new IllegalStateException(RESOURCE + ": version " + file.version() + ", expected " + SUPPORTED_VERSION);
        }
        if (file.organs() == null || file.fragments() == null || file.kinds() == null) {
            throw new IllegalStateException(RESOURCE + ": organs, fragments and kinds are all needed");
        }
        Map<String, String> fragments = new HashMap<>(file.fragments());
        fragments.put("organ", organ(file.organs()));
        List<Kind> kinds = new ArrayList<>();
        EnumSet<Mark> seen = EnumSet.noneOf(Mark.class);
        file.kinds().forEach((name, patterns) -> {
            Mark mark = Mark.valueOf(name);
            seen.add(mark);
            kinds.add(new Kind(mark, patterns.stream().map(p -> Pattern.compile(expand(p, fragments))).toList()));
        });
        if (seen.size() < Mark.values().length) {
            throw new IllegalStateException(RESOURCE + " has no patterns for " + EnumSet.complementOf(seen));
        }
        return new LineMarks(kinds, Pattern.compile("^" + fragments.get("organ")));
    }

    /** One organ: a listed name, or a name before a listed suffix in a line without a listed verb. */
    private static String organ(Organs organs) {
        String names = alternation(organs.names());
        String suffixes = alternation(organs.suffixes());
        String verbs = alternation(organs.verbs());
        return "(?:" + names + "|(?!\\p{IsHan}*?" + verbs + ")\\p{IsHan}{1,16}?" + suffixes + ")";
    }

    /** Longest first, so that 国务院办公厅 is tried before 国务院. */
    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String expand(String pattern, Map<String, String> fragments) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String fragment = fragments.get(m.group(1));
            if (fragment == null) {
                throw new IllegalStateException(RESOURCE + ": unknown fragment {" + m.group(1) + "} in " + pattern);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(fragment));
        }
        return m.appendTail(out).toString();
    }

    private static MarksFile load() {
        return YamlFiles.resource(RESOURCE, MarksFile.class);
    }
}
