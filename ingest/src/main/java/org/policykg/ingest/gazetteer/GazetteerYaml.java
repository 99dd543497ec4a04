package org.policykg.ingest.gazetteer;

import java.util.List;
import java.util.Map;

/** The shapes of the YAML files under {@code gazetteer/}, bound by Jackson; an absent list or map reads as empty. */
final class GazetteerYaml {

    private GazetteerYaml() {
    }

    /** A region, strategy or mechanism; {@code kind} only for regions. */
    record Item(String name, String kind, List<String> aliases, List<String> partOf, List<String> covers, List<String> askedAs) {
        Item {
            aliases = orEmpty(aliases);
            partOf = orEmpty(partOf);
            covers = orEmpty(covers);
            askedAs = orEmpty(askedAs);
        }
    }

    /** A name that stands for several regions (京津冀 for 北京, 天津, 河北). */
    record Composite(String name, List<String> aliases, List<String> expands) {
        Composite {
            aliases = orEmpty(aliases);
            expands = orEmpty(expands);
        }
    }

    /** {@code regions.yaml}: boards, provinces by board ({@code none} for none), other regions, composites, look-alikes. */
    record Regions(List<Item> boards, Map<String, List<String>> provinces, List<Item> regions, List<Composite> composites,
                   List<String> notRegions) {
        Regions {
            boards = orEmpty(boards);
            provinces = provinces == null ? Map.of() : provinces;
            regions = orEmpty(regions);
            composites = orEmpty(composites);
            notRegions = orEmpty(notRegions);
        }
    }

    /**
     * {@code cities.yaml}: prefecture-level cities by province, those known only in their 市 form, municipal districts
     * by municipality (with the bare names that are common words), prefectures by province, and county-level places
     * outside the municipalities by the province or prefecture they belong to.
     */
    record Cities(Map<String, List<String>> cities, Map<String, List<String>> citiesOnlyWithSuffix,
                  List<String> bareIsAWord, Map<String, List<String>> districts, Map<String, List<String>> prefectures,
                  Map<String, List<String>> counties) {
        Cities {
            cities = cities == null ? Map.of() : cities;
            citiesOnlyWithSuffix = citiesOnlyWithSuffix == null ? Map.of() : citiesOnlyWithSuffix;
            bareIsAWord = orEmpty(bareIsAWord);
            districts = districts == null ? Map.of() : districts;
            prefectures = prefectures == null ? Map.of() : prefectures;
            counties = counties == null ? Map.of() : counties;
        }
    }

    record Strategies(List<Item> strategies) {
        Strategies {
            strategies = orEmpty(strategies);
        }
    }

    record Mechanisms(List<Item> mechanisms) {
        Mechanisms {
            mechanisms = orEmpty(mechanisms);
        }
    }

    /** {@code counties.yaml}: every county-level place, by "province/prefecture". */
    record Counties(Map<String, List<String>> counties) {
        Counties {
            counties = counties == null ? Map.of() : counties;
        }
    }

    record Vocabulary(List<String> vocabulary) {
        Vocabulary {
            vocabulary = orEmpty(vocabulary);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
