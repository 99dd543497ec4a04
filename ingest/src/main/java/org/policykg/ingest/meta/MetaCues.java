package org.policykg.ingest.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.DocumentKind;
import org.policykg.ingest.yaml.YamlFiles;

/**
 * The cue words and patterns of {@code meta/metadata-cues.yaml}, compiled: each pattern by its role
 * ({@code dateField}, {@code dateline}, …), issuer aliases, the kind a title's last word names, and the lines that
 * make a text an article or a report. Immutable; {@link #standard()} loads the file once.
 */
final class MetaCues {

    static final String RESOURCE = "meta/metadata-cues.yaml";
    private static final int SUPPORTED_VERSION = 1;
    private static MetaCues standard;

    /** The file as written. */
    record File(Integer version, Map<String, String> fragments, Map<String, String> issuerAliases, Integer headLines,
                LinkedHashMap<String, List<Cue>> patterns, LinkedHashMap<String, List<String>> kindsByTitle,
                List<String> articleCues, List<String> reportCues, String authorNoteCue) {
    }

    /** One pattern with its example ({@code line => value}); {@code spaced}: read the line with its spaces. */
    record Cue(String pattern, String example, Boolean spaced) {
    }

    /** A compiled pattern. */
    record Compiled(Pattern pattern, boolean spaced, String example) {

        Optional<Matcher> find(Line line) {
            Matcher m = pattern.matcher(spaced ? line.spaced() : line.compact());
            return m.find() ? Optional.of(m) : Optional.empty();
        }
    }

    final Map<String, List<Compiled>> patterns;
    final Map<String, String> issuerAliases;
    final int headLines;
    final Map<DocumentKind, List<String>> kindsByTitle;
    final List<Pattern> articleCues;
    final List<Pattern> reportCues;
    final Pattern authorNoteCue;

    private MetaCues(File file) {
        if (!Integer.valueOf(SUPPORTED_VERSION).equals(file.version())) {
            throw new IllegalStateException(RESOURCE + ": version " + file.version() + ", expected " + SUPPORTED_VERSION);
        }
        Map<String, List<Compiled>> compiled = new LinkedHashMap<>();
        file.patterns().forEach((role, cues) -> compiled.put(role, cues.stream().map(c -> new Compiled(
                Pattern.compile(expand(c.pattern(), file.fragments())), Boolean.TRUE.equals(c.spaced()), c.example())).toList()));
        this.patterns = Map.copyOf(compiled);
        this.issuerAliases = Map.copyOf(file.issuerAliases());
        this.headLines = file.headLines();
        Map<DocumentKind, List<String>> kinds = new LinkedHashMap<>();
        file.kindsByTitle().forEach((kind, words) -> kinds.put(DocumentKind.parse(kind), List.copyOf(words)));
        this.kindsByTitle = kinds;
        this.articleCues = file.articleCues().stream().map(Pattern::compile).toList();
        this.reportCues = file.reportCues().stream().map(Pattern::compile).toList();
        this.authorNoteCue = Pattern.compile(file.authorNoteCue());
    }

    static synchronized MetaCues standard() {
        if (standard == null) {
            standard = new MetaCues(YamlFiles.resource(RESOURCE, File.class));
        }
        return standard;
    }

    /** The patterns of one role; a role the file lacks is an error of the file. */
    List<Compiled> role(String role) {
        List<Compiled> cues = patterns.get(role);
        if (cues == null) {
            throw new IllegalStateException(RESOURCE + " has no patterns for " + role);
        }
        return cues;
    }

    /** The first match of a role's patterns on the line. */
    Optional<Matcher> find(String role, Line line) {
        for (Compiled cue : role(role)) {
            Optional<Matcher> m = cue.find(line);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    String canonicalIssuer(String name) {
        return issuerAliases.getOrDefault(name, name);
    }

    private static String expand(String pattern, Map<String, String> fragments) {
        String result = pattern;
        for (Map.Entry<String, String> f : fragments.entrySet()) {
            result = result.replace("{" + f.getKey() + "}", f.getValue());
        }
        return result;
    }

    /** Every role's compiled patterns in the file's order, for the examples' test. */
    List<Map.Entry<String, Compiled>> all() {
        List<Map.Entry<String, Compiled>> result = new ArrayList<>();
        patterns.forEach((role, cues) -> cues.forEach(c -> result.add(Map.entry(role, c))));
        return result;
    }
}
