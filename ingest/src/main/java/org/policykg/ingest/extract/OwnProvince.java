package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.gazetteer.GazetteerEntry;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.structure.Sentence;

/**
 * 我省, 我区, 本省: a province's own documents (its plan, its work plan) name it so, as one party of a pair (推动我区与
 * 宁夏、甘肃建立…机制, 我省与宁夏回族自治区建立对口协作关系). The province is the first one the
 * title names; a title that names none (国务院办公厅关于…) leaves these words alone.
 */
final class OwnProvince {

    /** Only as one party of a pair (我区与宁夏、甘肃建立…): elsewhere the words say whose something is, no fact of the province. */
    private static final Pattern SELF = Pattern.compile("(?:我省|我区|本省|本自治区|我自治区)(?=(?:还|也|将|要|已|继续)?[与同])");

    private final GazetteerEntry province;
    private final EntityRegistry registry;

    OwnProvince(Gazetteer gazetteer, EntityRegistry registry, String title) {
        this.registry = registry;
        this.province = title == null ? null : provinceIn(gazetteer, title);
    }

    private static GazetteerEntry provinceIn(Gazetteer gazetteer, String title) {
        int first = Integer.MAX_VALUE;
        GazetteerEntry found = null;
        for (String surface : gazetteer.provinceSurfaces()) {
            int at = title.indexOf(surface);
            if (at >= 0 && at < first) {
                GazetteerEntry entry = gazetteer.lookup(surface).stream().filter(e -> e.kind() == RegionKind.Province).findFirst().orElse(null);
                if (entry != null) {
                    first = at;
                    found = entry;
                }
            }
        }
        return found;
    }

    /** The mentions of the own province this sentence makes with 我省 or 我区, where no other mention stands. */
    List<Mention> find(Sentence sentence, List<Mention> found) {
        if (province == null) {
            return List.of();
        }
        String text = sentence.analysisText();
        List<Mention> added = new ArrayList<>();
        Matcher m = SELF.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().noneMatch(x -> x.start() < end && x.end() > start)) {
                added.add(new Mention(sentence.id(), registry.known(province).id(), EntityType.Region, m.group(), start, end, Method.GAZETTEER));
            }
        }
        return added;
    }
}
