package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.RegionKind;

/**
 * An area's side in one province, named after the membership verb with its places: 补偿范围涵盖汀江—韩江流域福建段的
 * 三明市宁化县，龙岩市长汀县…，以及广东段的梅州市大埔县 → each place is part of the area (the province only says where).
 */
final class SectionLists {

    private static final Pattern SIDE_OF = Pattern.compile("(?:段|部分|一侧|境内)的");

    private final EntityRegistry registry;
    private final MemberLists lists;

    SectionLists(EntityRegistry registry, MemberLists lists) {
        this.registry = registry;
        this.lists = lists;
    }

    void apply(AnnotatedSentence s, List<Mention> regions, List<String> cues) {
        String text = s.text();
        for (int i = 0; i + 1 < regions.size(); i++) {
            Mention whole = regions.get(i);
            Mention province = regions.get(i + 1);
            if (province.start() != whole.end() || registry.get(province.entityId()).kind() != RegionKind.Province
                    || cues.stream().noneMatch(cue -> text.startsWith(cue, whole.start() - cue.length()))) {
                continue;
            }
            Matcher side = SIDE_OF.matcher(text).region(province.end(), text.length());
            if (side.lookingAt()) {
                lists.partOf(s, lists.members(s, regions, side.end()).stream()
                        .filter(m -> !m.entityId().equals(whole.entityId())).toList(), whole);
            }
        }
    }
}
