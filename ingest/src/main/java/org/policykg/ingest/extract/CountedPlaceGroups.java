package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.structure.Sentence;

/**
 * Counties counted by province, as scope lists write them: 陕西富平、旬邑、淳化，甘肃会宁，宁夏灵武等9个县（市）. Each group
 * opens with its province and the count closes the last; the names in the groups are places, though the gazetteer
 * lists no counties. A group that does not open with a province, or an item that is no short name, ends the walk.
 */
final class CountedPlaceGroups {

    private static final Pattern CLOSING = Pattern.compile(
            "(?:等)?[两二三四五六七八九十\\d]+个?(?:县级市|县|市|区|旗|县市|区县)(?:[（(][市区县旗、]+[）)])?");
    private static final Pattern ITEM = Pattern.compile("[\\p{IsHan}&&[^的和与及等]]{2,4}");
    private static final Pattern GROUP_LEAD = Pattern.compile("^(?:以及|及|和|还有|包括|涵盖|覆盖)");

    private final AreaMentions mentions;
    /** Province names and aliases, longest first (宁夏回族自治区 before 宁夏). */
    private final List<String> provinces;

    CountedPlaceGroups(Gazetteer gazetteer, AreaMentions mentions) {
        this.mentions = mentions;
        this.provinces = gazetteer.provinceSurfaces();
    }

    void find(Sentence sentence, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        Matcher m = CLOSING.matcher(text);
        while (m.find()) {
            List<int[]> items = new ArrayList<>();
            int groupEnd = m.start();
            while (true) {
                int groupStart = Math.max(text.lastIndexOf('，', groupEnd - 1), Math.max(text.lastIndexOf('；', groupEnd - 1),
                        text.lastIndexOf('：', groupEnd - 1))) + 1;
                List<int[]> group = group(text, groupStart, groupEnd);
                if (group.isEmpty()) {
                    break;
                }
                items.addAll(group);
                if (groupStart == 0 || text.charAt(groupStart - 1) != '，') {
                    break;
                }
                groupEnd = groupStart - 1;
            }
            for (int[] item : items) {
                if (!mentions.covered(found, added, item[0], item[1])) {
                    mentions.add(sentence, added, text.substring(item[0], item[1]), RegionKind.City, item[0], item[1],
                            Method.PLACE_RECOGNITION);
                }
            }
        }
    }

    /** The items of a group that opens with its province (以及陕西富平、旬邑), or none. */
    private List<int[]> group(String text, int start, int end) {
        Matcher lead = GROUP_LEAD.matcher(text).region(start, end);
        int opening = lead.lookingAt() ? lead.end() : start;
        String province = provinces.stream().filter(p -> text.startsWith(p, opening)).findFirst().orElse(null);
        if (province == null) {
            return List.of();
        }
        int at = opening + province.length();
        List<int[]> items = new ArrayList<>();
        for (String part : text.substring(at, end).split("、", -1)) {
            if (!ITEM.matcher(part).matches()) {
                return List.of();
            }
            items.add(new int[] {at, at + part.length()});
            at += part.length() + 1;
        }
        return items;
    }
}
