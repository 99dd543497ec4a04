package org.policykg.ingest.marks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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

    private LineMarks(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
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

    static LineMarks parse(Map<String, Object> yaml) {
        Object version = yaml.get("version");
        if (!Integer.valueOf(SUPPORTED_VERSION).equals(version)) {
            throw new IllegalStateException(RESOURCE + ": version " + version + ", expected " + SUPPORTED_VERSION);
        }
        Map<String, String> fragments = new HashMap<>(strings(yaml, "fragments"));
        fragments.put("organ", organ(map(yaml, "organs")));
        List<Kind> kinds = new ArrayList<>();
        EnumSet<Mark> seen = EnumSet.noneOf(Mark.class);
        for (Map.Entry<String, Object> e : map(yaml, "kinds").entrySet()) {
            Mark mark = Mark.valueOf(e.getKey());
            seen.add(mark);
            List<Pattern> patterns = ((List<?>) e.getValue()).stream()
                    .map(p -> Pattern.compile(expand(String.valueOf(p), fragments))).toList();
            kinds.add(new Kind(mark, patterns));
        }
        if (seen.size() < Mark.values().length) {
            throw new IllegalStateException(RESOURCE + " has no patterns for " + EnumSet.complementOf(seen));
        }
        return new LineMarks(kinds);
    }

    /** One organ: a listed name, or a name before a listed suffix in a line without a listed verb. */
    private static String organ(Map<String, Object> organs) {
        String names = alternation(organs.get("names"));
        String suffixes = alternation(organs.get("suffixes"));
        String verbs = alternation(organs.get("verbs"));
        return "(?:" + names + "|(?!\\p{IsHan}*?" + verbs + ")\\p{IsHan}{1,16}?" + suffixes + ")";
    }

    /** Longest first, so that 国务院办公厅 is tried before 国务院. */
    private static String alternation(Object words) {
        return ((List<?>) words).stream().map(String::valueOf).sorted(Comparator.comparingInt(String::length).reversed())
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (!(value instanceof Map)) {
            throw new IllegalStateException(RESOURCE + ": missing section " + key);
        }
        return (Map<String, Object>) value;
    }

    private static Map<String, String> strings(Map<String, Object> yaml, String key) {
        return map(yaml, key).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    private static Map<String, Object> load() {
        try (InputStream in = LineMarks.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
