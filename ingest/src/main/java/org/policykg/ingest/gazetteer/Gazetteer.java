package org.policykg.ingest.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.yaml.YamlFiles;

/**
 * The domain dictionary, read from the YAML files under {@code gazetteer/}: every known region, strategy and
 * mechanism with its aliases, the composites that stand for several regions, and terms that look like regions
 * but are not. Lookup is by exact surface form; the segmenter keeps every term whole.
 */
public final class Gazetteer {

    /** The peoples an autonomous county is named after, and what follows them. */
    private static final String AUTONOMOUS_PEOPLES = "(?:土家|苗|藏|彝|回|蒙古|壮|侗|瑶|白|哈尼|傣|黎|羌|满|朝鲜|布依|仡佬|水|畲)族.*自治[县旗]$";

    private static final String[] PROVINCE_SUFFIXES =
            {"维吾尔自治区", "回族自治区", "壮族自治区", "特别行政区", "自治区", "省", "市"};

    private final Map<String, GazetteerEntry> byName = new LinkedHashMap<>();
    private final Map<String, List<GazetteerEntry>> bySurface = new LinkedHashMap<>();
    private final Set<String> blocked = new HashSet<>();
    private final Set<String> vocabulary = new LinkedHashSet<>();
    /** For each first character of a city's or prefecture's name, the provinces of the cities it opens. */
    private final Map<Character, Set<String>> provincesByCityInitial = new HashMap<>();
    private final Map<Character, List<GazetteerEntry>> citiesByInitial = new HashMap<>();
    /** County-level places outside the municipalities (琼海市, 和田市): no initial of theirs stands for them. */
    private final Set<String> counties = new HashSet<>();
    /** 白银 → 白银市: the cities known only with their 市, by the bare name the gazetteer does not know. */
    private final Map<String, String> citiesBySuffixlessName = new HashMap<>();
    private final Map<String, String> countiesByBareName = new HashMap<>();
    private final Map<String, String> provinceOfCounty = new HashMap<>();
    /** 珲春市 → 延边朝鲜族自治州: the prefecture of a county-level place whose full name no other place shares. */
    private final Map<String, String> prefectureOfCounty = new HashMap<>();
    /** Every county-level place by its bare name, shared names included (梨树 → 梨树县, 梨树区). */
    private final Map<String, List<String>> allCountiesByBare = new HashMap<>();
    /** Province names and aliases, longest first (宁夏回族自治区 before 宁夏). */
    private final List<String> provinceSurfaces = new ArrayList<>();

    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        GazetteerYaml.Regions regions = YamlFiles.resource("gazetteer/regions.yaml", GazetteerYaml.Regions.class);
        g.readRegions(regions);
        GazetteerYaml.Cities cities = YamlFiles.resource("gazetteer/cities.yaml", GazetteerYaml.Cities.class);
        g.readCities(cities);
        g.readComposites(regions.composites()); // once the cities are known: a composite may stand for cities
        g.readSimple(YamlFiles.resource("gazetteer/strategies.yaml", GazetteerYaml.Strategies.class).strategies(),
                EntityType.Strategy);
        g.readSimple(YamlFiles.resource("gazetteer/mechanisms.yaml", GazetteerYaml.Mechanisms.class).mechanisms(),
                EntityType.Mechanism);
        g.vocabulary.addAll(YamlFiles.resource("gazetteer/vocabulary.yaml", GazetteerYaml.Vocabulary.class).vocabulary());
        g.indexCityInitials();
        g.indexSurfaceForms();
        g.indexBareCounties(YamlFiles.resource("gazetteer/counties.yaml", GazetteerYaml.Counties.class), cities.bareIsAWord());
        return g;
    }

    private void indexSurfaceForms() {
        for (GazetteerEntry e : byName.values()) {
            if (e.type() != EntityType.Region) {
                continue;
            }
            String bare = e.name().substring(0, e.name().length() - 1);
            if (e.kind() == RegionKind.City && e.name().endsWith("市") && bare.length() >= 2 && lookup(bare).isEmpty()) {
                citiesBySuffixlessName.putIfAbsent(bare, e.name());
            }
            if (e.kind() == RegionKind.City) {
                // 定安县, 陵水县 (陵水黎族自治县): counties whose bare name runs into words are known bare in lists only
                java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream())
                        .filter(surface -> surface.endsWith("县") && surface.length() >= 3)
                        .map(surface -> surface.substring(0, surface.length() - 1))
                        .filter(county -> lookup(county).isEmpty())
                        .forEach(county -> citiesBySuffixlessName.putIfAbsent(county, e.name()));
            }
            if (e.kind() == RegionKind.Province) {
                provinceSurfaces.add(e.name());
                provinceSurfaces.addAll(e.aliases());
            }
        }
        provinceSurfaces.sort(java.util.Comparator.comparingInt(String::length).reversed());
    }

    /**
     * The bare names of the country's counties and districts (东明 → 东明县), known in lists only like the cities above:
     * none that two places share (龙华 is in 海口 and 深圳), that the gazetteer knows or that is a word.
     */
    private void indexBareCounties(GazetteerYaml.Counties yaml, List<String> bareIsAWord) {
        Map<String, List<String>> byBare = allCountiesByBare;
        yaml.counties().forEach((where, names) -> names.forEach(county -> provinceOfCounty.put(county, shortProvince(where))));
        Set<String> shared = new HashSet<>();
        yaml.counties().forEach((where, names) -> names.forEach(county -> {
            if (prefectureOfCounty.putIfAbsent(county, where.substring(where.indexOf('/') + 1)) != null) {
                shared.add(county);
            }
        }));
        prefectureOfCounty.keySet().removeAll(shared);
        yaml.counties().values().forEach(names -> names.forEach(county -> {
            // 木垒哈萨克自治县 → 木垒: an autonomous county's place name comes first, in two characters
            String bare = county.contains("自治") ? county.substring(0, 2) : county.substring(0, county.length() - 1);
            byBare.computeIfAbsent(bare, k -> new ArrayList<>()).add(county);
        }));
        byBare.forEach((bare, counties) -> {
            if (bare.length() >= 2 && counties.size() == 1 && lookup(bare).isEmpty() && !bareIsAWord.contains(bare) && !vocabulary.contains(bare)) {
                countiesByBareName.putIfAbsent(bare, counties.get(0));
            }
        });
    }

    /** 山东省/菏泽市 → 山东: the short name the gazetteer gives the province. */
    private static String shortProvince(String where) {
        String province = where.substring(0, where.indexOf('/'));
        return province.replaceFirst("(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "");
    }

    /**
     * The end of the longest county-level name of the country's list (two characters or more) that starts at
     * {@code at} in {@code text} (长汀县 in 龙岩市长汀县), or -1.
     */
    public int countyNameEnd(String text, int at) {
        for (int end = Math.min(text.length(), at + 10); end >= at + 2; end--) {
            if (provinceOfCounty.containsKey(text.substring(at, end))) {
                return end;
            }
        }
        return -1;
    }

    /** The province (short name) of a county or district by its full name (莘县 → 山东), if the country's list has it. */
    public Optional<String> provinceOfCounty(String fullName) {
        return Optional.ofNullable(provinceOfCounty.get(fullName));
    }

    /**
     * Whether the country's list of counties puts the county-level place {@code name} (full, 珲春市, or bare, 珲春) in
     * {@code region}: its prefecture (延边州) or its province (吉林).
     */
    public boolean countyLiesIn(String name, String region) {
        String full = java.util.stream.Stream.of(name, countiesByBareName.get(name), name + "市", name + "县")
                .filter(prefectureOfCounty::containsKey).findFirst().orElse(name);
        String prefecture = prefectureOfCounty.get(full);
        boolean inPrefecture = prefecture != null && java.util.stream.Stream.of(prefecture, shortPrefecture(prefecture))
                .anyMatch(surface -> lookup(surface).stream().anyMatch(e -> e.name().equals(region)));
        return inPrefecture || prefecture != null && region.equals(provinceOfCounty.get(full));
    }

    /** The county of {@code province} (short name) that goes by the bare name, even one other provinces share (梨树 in 吉林 → 梨树县). */
    public Optional<String> countyByBareNameIn(String bare, String province) {
        List<String> inProvince = allCountiesByBare.getOrDefault(bare, List.of()).stream()
                .filter(c -> province.equals(provinceOfCounty.get(c))).toList();
        return inProvince.size() == 1 ? Optional.of(inProvince.get(0)) : Optional.empty();
    }

    /** 延边朝鲜族自治州 → 延边州, 湘西土家族苗族自治州 → 湘西州: how the gazetteer names an autonomous prefecture. */
    private static String shortPrefecture(String prefecture) {
        java.util.regex.Matcher people = PREFECTURE_PEOPLES.matcher(prefecture);
        return prefecture.endsWith("自治州") && people.find() && people.start() >= 2 ? prefecture.substring(0, people.start()) + "州" : prefecture;
    }

    private static final java.util.regex.Pattern PREFECTURE_PEOPLES = java.util.regex.Pattern.compile(
            "(?:土家|苗|藏|彝|回|蒙古|壮|侗|瑶|白|哈尼|傣|黎|羌|满|朝鲜|布依|仡佬|水|畲|哈萨克|柯尔克孜|景颇|傈僳)族");

    /** The country's counties and districts by a bare name no other place shares (东明 → 东明县); may be common words. */
    public Map<String, String> countiesByBareName() {
        return java.util.Collections.unmodifiableMap(countiesByBareName);
    }

    /** The cities and counties known only with their 市 or 县, by the bare name that is also a word (白银 → 白银市, 定安 → 定安县). */
    public Map<String, String> citiesKnownOnlyWithSuffix() {
        return java.util.Collections.unmodifiableMap(citiesBySuffixlessName);
    }

    /** Every name and alias of a province, longest first. */
    public List<String> provinceSurfaces() {
        return java.util.Collections.unmodifiableList(provinceSurfaces);
    }

    /** Cities and prefectures, not the districts and counties of a municipality (城口县, 大足区; 神农架林区 is a city). */
    private void indexCityInitials() {
        for (GazetteerEntry e : byName.values()) {
            boolean county = e.name().matches(".*[县旗]$|.*[^林]区$");
            if (e.type() == EntityType.Region && e.kind() == RegionKind.City && !e.partOf().isEmpty() && !county && !counties.contains(e.name())) {
                provincesByCityInitial.computeIfAbsent(e.name().charAt(0), k -> new HashSet<>()).addAll(e.partOf());
                citiesByInitial.computeIfAbsent(e.name().charAt(0), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /** The provinces with a city or prefecture whose name opens with {@code c} (襄 → 湖北); empty when none. */
    public Set<String> provincesOfCitiesOpeningWith(char c) {
        return java.util.Collections.unmodifiableSet(provincesByCityInitial.getOrDefault(c, Set.of()));
    }

    /** The cities and prefectures whose name opens with {@code c} (德 → 德阳, 德州, 德宏州); empty when none. */
    public List<GazetteerEntry> citiesOpeningWith(char c) {
        return List.copyOf(citiesByInitial.getOrDefault(c, List.of()));
    }

    /** The entities a surface form stands for: one, several for a composite, none when unknown or blocked. */
    public List<GazetteerEntry> lookup(String surface) {
        return bySurface.getOrDefault(surface, List.of());
    }

    public Optional<GazetteerEntry> byName(String canonicalName) {
        return Optional.ofNullable(byName.get(canonicalName));
    }

    /** The entities {@code name} is part of, nearest first, following the gazetteer's partOf links. */
    public List<GazetteerEntry> ancestors(String name) {
        List<GazetteerEntry> result = new ArrayList<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(byName.containsKey(name) ? byName.get(name).partOf() : List.of());
        while (!todo.isEmpty()) {
            GazetteerEntry parent = byName.get(todo.poll());
            if (parent != null && !result.contains(parent)) {
                result.add(parent);
                todo.addAll(parent.partOf());
            }
        }
        return result;
    }

    /** Whether the gazetteer places {@code name} inside {@code region} (南京 inside 江苏, 江苏 inside 东部地区). */
    public boolean isInside(String name, String region) {
        return ancestors(name).stream().anyMatch(a -> a.name().equals(region));
    }

    /** The regional board (东部/中部/西部/东北地区) a region lies in, if the gazetteer knows it. */
    public Optional<GazetteerEntry> boardOf(String name) {
        GazetteerEntry self = byName.get(name);
        if (self != null && self.kind() == RegionKind.Board) {
            return Optional.of(self);
        }
        return ancestors(name).stream().filter(e -> e.kind() == RegionKind.Board).findFirst();
    }

    public boolean isBlocked(String surface) {
        return blocked.contains(surface);
    }

    public Collection<GazetteerEntry> entries() {
        return byName.values();
    }

    /** Every surface form the segmenter must keep whole: names, aliases, look-alikes and domain vocabulary. */
    public Set<String> terms() {
        Set<String> terms = new LinkedHashSet<>(bySurface.keySet());
        terms.addAll(blocked);
        terms.addAll(vocabulary);
        return terms;
    }

    private void readRegions(GazetteerYaml.Regions yaml) {
        for (GazetteerYaml.Item board : yaml.boards()) {
            add(entry(board, EntityType.Region, RegionKind.Board));
        }
        yaml.provinces().forEach((board, names) -> {
            for (String fullName : names) {
                String shortName = shortProvinceName(fullName);
                List<String> partOf = board.equals("none") ? List.of() : List.of(board);
                add(new GazetteerEntry(shortName, EntityType.Region, RegionKind.Province,
                        shortName.equals(fullName) ? List.of() : List.of(fullName), partOf, List.of()));
            }
        });
        for (GazetteerYaml.Item region : yaml.regions()) {
            add(entry(region, EntityType.Region, RegionKind.valueOf(region.kind())));
        }
        blocked.addAll(yaml.notRegions());
    }

    private void readComposites(List<GazetteerYaml.Composite> composites) {
        for (GazetteerYaml.Composite composite : composites) {
            List<GazetteerEntry> parts = new ArrayList<>();
            for (String part : composite.expands()) {
                GazetteerEntry entry = byName.get(part);
                if (entry == null) {
                    throw new IllegalStateException("composite " + composite.name() + " expands to " + part + ", which the gazetteer does not name");
                }
                parts.add(entry);
            }
            List<String> surfaces = new ArrayList<>(composite.aliases());
            surfaces.add(composite.name());
            for (String surface : surfaces) {
                bySurface.put(surface, List.copyOf(parts));
            }
        }
    }

    /** Prefecture-level cities and prefectures by province; an entry regions.yaml already made wins. */
    private void readCities(GazetteerYaml.Cities yaml) {
        yaml.cities().forEach((province, names) -> {
            for (String city : names) {
                addCity(city, List.of(city + "市"), province);
            }
        });
        // 来宾 is also "guests", 日照 "sunshine": these cities are names only with their 市
        yaml.citiesOnlyWithSuffix().forEach((province, names) -> {
            for (String name : names) {
                addCity(name + "市", List.of(), province);
            }
        });
        Set<String> bareIsAWord = new HashSet<>(yaml.bareIsAWord());
        yaml.districts().forEach((municipality, names) -> {
            for (String district : names) {
                String bare = district.replaceFirst("[区县]$", "");
                boolean bareIsName = bare.length() >= 2 && !district.contains("自治") && !bareIsAWord.contains(bare);
                // 石柱土家族自治县 is 石柱县 and 石柱 in most texts: the place before its peoples
                String place = district.replaceFirst(AUTONOMOUS_PEOPLES, "");
                List<String> aliases = bareIsName ? List.of(bare)
                        : !place.equals(district) && place.length() >= 2 && !bareIsAWord.contains(place) ? List.of(place + "县", place) : List.of();
                addCity(district, aliases, municipality);
            }
        });
        yaml.prefectures().forEach((province, names) -> {
            for (String prefecture : names) {
                String bare = prefecture.replaceAll("(州|地区)$", "");
                // 阿里地区, never 阿里; 怒江州 keeps its name when bare 怒江 is the river
                addCity(prefecture, bare.equals(prefecture) || bareIsAWord.contains(bare) || bySurface.containsKey(bare) ? List.of() : List.of(bare),
                        province); // a 盟 (兴安盟) goes by its whole name
            }
        });
        readCounties(yaml);
    }

    /**
     * County-level places that texts name bare although no municipality holds them (Hainan's 市县 under the province,
     * the seat city of a 地区): read after the prefectures, so 和田 stays 和田地区 and 和田市 is known by its whole name.
     */
    private void readCounties(GazetteerYaml.Cities yaml) {
        Set<String> bareIsAWord = new HashSet<>(yaml.bareIsAWord());
        yaml.counties().forEach((parent, names) -> {
            for (String county : names) {
                String bare = county.replaceFirst("[市县]$", "");
                String place = county.replaceFirst(AUTONOMOUS_PEOPLES, "");
                List<String> aliases = !place.equals(county) ? List.of(place + "县", place)
                        : bare.length() >= 2 ? List.of(bare) : List.of();
                aliases = aliases.stream().filter(a -> a.length() >= 2 && !bareIsAWord.contains(a) && !bySurface.containsKey(a)).toList();
                addCity(county, aliases, parent);
                counties.add(county);
            }
        });
    }

    private void addCity(String name, List<String> aliases, String province) {
        if (!byName.containsKey(name) && aliases.stream().noneMatch(bySurface::containsKey) && !bySurface.containsKey(name)) {
            add(new GazetteerEntry(name, EntityType.Region, RegionKind.City, aliases, List.of(province), List.of()));
        }
    }

    private void readSimple(List<GazetteerYaml.Item> items, EntityType type) {
        for (GazetteerYaml.Item item : items) {
            add(entry(item, type, null));
        }
    }

    private void add(GazetteerEntry entry) {
        if (byName.putIfAbsent(entry.name(), entry) != null) {
            throw new IllegalStateException("gazetteer names " + entry.name() + " twice");
        }
        bySurface.put(entry.name(), List.of(entry));
        for (String alias : entry.aliases()) {
            List<GazetteerEntry> previous = bySurface.putIfAbsent(alias, List.of(entry));
            if (previous != null && !previous.get(0).equals(entry)) {
                throw new IllegalStateException("alias " + alias + " names both " + previous.get(0).name() + " and " + entry.name());
            }
        }
    }

    private static GazetteerEntry entry(GazetteerYaml.Item item, EntityType type, RegionKind kind) {
        return new GazetteerEntry(item.name(), type, kind, item.aliases(), item.partOf(), item.covers(), item.askedAs());
    }

    static String shortProvinceName(String full) {
        for (String suffix : PROVINCE_SUFFIXES) {
            if (full.endsWith(suffix) && full.length() - suffix.length() >= 2) {
                return full.substring(0, full.length() - suffix.length());
            }
        }
        return full;
    }
}
