package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.gazetteer.GazetteerEntry;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.structure.Sentence;

/**
 * Cities written by their first characters and counted right after: 成德眉资四市 names 成都, 德阳, 眉山 and 资阳; 深莞惠三地
 * 深圳, 东莞 and 惠州. The count says how many characters make the group; each must open the name of exactly one city
 * of a province all of them share, else the group is left alone (金昌两市 is no group: 金昌 is one city). Without a
 * count, only before words of joint work (北钦防一体化). A name that
 * goes on after the group (成德眉资同城化示范区) is read by {@link AreaNames}.
 */
final class CityInitialGroups {

    private static final Pattern COUNT = Pattern.compile("([两二三四五六])个?(?:市|城市|地市|地)");
    private static final Map<Character, Integer> NUMERALS = Map.of('两', 2, '二', 2, '三', 3, '四', 4, '五', 5, '六', 6);

    /**
     * Uncounted, a group of three or four initials is read only before words of joint work or of a joint area
     * (北钦防一体化, 厦漳泉同城化): there the characters must name places, and each must still open exactly one city of one
     * province.
     */
    private static final Pattern JOINT_WORK = Pattern.compile("(?=一体化|同城化|协同发展|协同|城市群|都市圈|经济圈|地区)");
    private static final int UNCOUNTED_MIN = 3;
    private static final int UNCOUNTED_MAX = 4;

    private final Gazetteer gazetteer;
    private final EntityRegistry registry;

    CityInitialGroups(Gazetteer gazetteer, EntityRegistry registry) {
        this.gazetteer = gazetteer;
        this.registry = registry;
    }

    void find(Sentence sentence, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            int count = NUMERALS.get(m.group(1).charAt(0));
            int start = m.start() - count;
            if (start < 0 || java.util.stream.Stream.concat(found.stream(), added.stream())
                    .anyMatch(x -> x.start() < m.start() && x.end() > start)) {
                continue; // 武威、金昌两市: the characters are a name already
            }
            add(sentence, cities(text.substring(start, m.start())), start, added);
        }
        Matcher joint = JOINT_WORK.matcher(text);
        while (joint.find()) {
            for (int count = UNCOUNTED_MAX; count >= UNCOUNTED_MIN; count--) {
                int start = joint.start() - count;
                if (start < 0 || java.util.stream.Stream.concat(found.stream(), added.stream())
                        .anyMatch(x -> x.type() != EntityType.Mechanism && x.start() < joint.start() && x.end() > start)) {
                    continue; // inside a mechanism's name the group still names its cities (北钦防一体化发展协调机制)
                }
                List<GazetteerEntry> cities = cities(text.substring(start, joint.start()));
                if (!cities.isEmpty()) {
                    add(sentence, cities, start, added);
                    break;
                }
            }
        }
    }

    /** The cities an uncounted group of initials opening a name stands for (北钦防一体化发展协调机制), or none. */
    List<GazetteerEntry> opening(String name) {
        for (int count = UNCOUNTED_MAX; count >= UNCOUNTED_MIN; count--) {
            if (name.length() > count && JOINT_WORK.matcher(name).region(count, name.length()).lookingAt()) {
                List<GazetteerEntry> cities = cities(name.substring(0, count));
                if (!cities.isEmpty()) {
                    return cities;
                }
            }
        }
        return List.of();
    }

    private void add(Sentence sentence, List<GazetteerEntry> cities, int start, List<Mention> added) {
        String text = sentence.analysisText();
        for (int i = 0; i < cities.size(); i++) {
            GazetteerEntry city = cities.get(i);
            added.add(new Mention(sentence.id(), registry.known(city).id(), city.type(), text.substring(start + i, start + i + 1),
                    start + i, start + i + 1, Method.COMPOSITE));
        }
    }

    /** The city each character opens, all in one province, or none. */
    private List<GazetteerEntry> cities(String initials) {
        for (String province : gazetteer.provincesOfCitiesOpeningWith(initials.charAt(0))) {
            List<GazetteerEntry> cities = new ArrayList<>();
            for (char c : initials.toCharArray()) {
                List<GazetteerEntry> opening = gazetteer.citiesOpeningWith(c).stream().filter(e -> e.partOf().contains(province)).toList();
                if (opening.size() != 1) {
                    break;
                }
                cities.add(opening.get(0));
            }
            if (cities.size() == initials.length()) {
                return cities;
            }
        }
        return List.of();
    }
}
