package org.policykg.ingest.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policykg.ingest.yaml.YamlFiles;

/** How texts name areas the gazetteer does not list ({@code rules/area-names.yaml}); longer heads first. */
record AreaVocabulary(Map<Character, String> abbreviations, List<String> heads, Set<String> properNameHeads, List<String> notNames,
                      List<String> riverFollowers, Set<String> riverExclusions, List<String> districtSuffixes, List<String> ethnicGroups,
                      Set<Character> directionalPartOpeners, Map<Character, String> pairAbbreviations) {

    private static final AreaVocabulary STANDARD = load("rules/area-names.yaml");

    static AreaVocabulary standard() {
        return STANDARD;
    }

    /** The file as written. */
    record AreaFile(Map<String, String> abbreviations, List<String> heads, List<String> properNameHeads, List<String> notNames,
                    List<String> riverFollowers, List<String> riverExclusions, List<String> districtSuffixes, List<String> ethnicGroups,
                    List<String> directionalPartOpeners, Map<String, String> pairAbbreviations) {
    }

    private static AreaVocabulary load(String resource) {
        AreaFile file = YamlFiles.resource(resource, AreaFile.class);
        Map<Character, String> abbreviations = new LinkedHashMap<>();
        file.abbreviations().forEach((k, v) -> abbreviations.put(k.charAt(0), v));
        return new AreaVocabulary(abbreviations, longestFirst(file.heads()), Set.copyOf(file.properNameHeads()), longestFirst(file.notNames()),
                longestFirst(file.riverFollowers()), Set.copyOf(file.riverExclusions()),
                longestFirst(file.districtSuffixes()), longestFirst(file.ethnicGroups()),
                file.directionalPartOpeners().stream().map(o -> o.charAt(0)).collect(java.util.stream.Collectors.toUnmodifiableSet()),
                pairs(abbreviations, file.pairAbbreviations()));
    }

    /** Every abbreviation that may stand in a pair that opens a mechanism's name: the provinces' and the pair-only ones. */
    private static Map<Character, String> pairs(Map<Character, String> provinces, Map<String, String> pairOnly) {
        Map<Character, String> all = new LinkedHashMap<>(provinces);
        if (pairOnly != null) {
            pairOnly.forEach((k, v) -> all.put(k.charAt(0), v));
        }
        return Map.copyOf(all);
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
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

    /** Whether {@code c}, a province's abbreviation, opens a part of it named by compass points (辽西北地区, 川东北). */
    boolean opensDirectionalPart(char c) {
        return directionalPartOpeners.contains(c);
    }

    boolean isAbbreviation(char c) {
        return abbreviations.containsKey(c);
    }

    /** How many province abbreviations stand in a row from {@code from}, before {@code limit} (赣粤东江 → 2). */
    int abbreviationRun(CharSequence text, int from, int limit) {
        int at = from;
        while (at < Math.min(limit, text.length()) && isAbbreviation(text.charAt(at))) {
            at++;
        }
        return at - from;
    }
}
