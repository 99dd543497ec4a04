package org.policykg.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** How texts name areas the gazetteer does not list ({@code rules/area-names.yaml}); longer heads first. */
record AreaVocabulary(Map<Character, String> abbreviations, List<String> heads, Set<String> properNameHeads, List<String> notNames,
                      List<String> riverFollowers, Set<String> riverExclusions, List<String> districtSuffixes, List<String> ethnicGroups) {

    private static final AreaVocabulary STANDARD = load("/rules/area-names.yaml");

    static AreaVocabulary standard() {
        return STANDARD;
    }

    private static AreaVocabulary load(String resource) {
        try (InputStream in = AreaVocabulary.class.getResourceAsStream(resource)) {
            Map<?, ?> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<Character, String> abbreviations = new LinkedHashMap<>();
            ((Map<?, ?>) yaml.get("abbreviations")).forEach((k, v) -> abbreviations.put(String.valueOf(k).charAt(0), String.valueOf(v)));
            return new AreaVocabulary(abbreviations, longestFirst(yaml, "heads"), Set.copyOf(longestFirst(yaml, "properNameHeads")), longestFirst(yaml, "notNames"),
                    longestFirst(yaml, "riverFollowers"), Set.copyOf(longestFirst(yaml, "riverExclusions")),
                    longestFirst(yaml, "districtSuffixes"), longestFirst(yaml, "ethnicGroups"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static List<String> longestFirst(Map<?, ?> yaml, String key) {
        return ((List<?>) yaml.get(key)).stream().map(String::valueOf)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Whether {@code name} is only ethnic groups and an autonomous unit (藏族自治州): the place that opens it is missing. */
    boolean onlyEthnicGroups(String name) {
        String rest = name.replaceFirst("自治[州县旗]$", "");
        while (!rest.isEmpty()) {
            String r = rest;
            String group = ethnicGroups.stream().filter(g -> r.startsWith(g + "族")).findFirst().orElse(null);
            if (group == null) {
                return false;
            }
            rest = rest.substring(group.length() + 1);
        }
        return !name.equals(rest);
    }

    boolean isAbbreviation(char c) {
        return abbreviations.containsKey(c);
    }
}
