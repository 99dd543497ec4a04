package org.policykg.ingest.extract;

import java.util.List;
import java.util.Set;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;

/**
 * A county-level place written by its whole name from the country's list (七星关区是毕节市的中心城区), where HanLP
 * recognises no place: three characters or more, starting and ending where words do, not a name that is also a
 * common word (新城区, 老城区), and not running on into a longer word (城东区域).
 */
final class CountyNames {

    /** District names that are also plain words of city planning. */
    private static final Set<String> COMMON_WORDS = Set.of("新城区", "老城区", "城中区", "高新区", "开发区", "新市区", "市中区");
    private static final String RUNS_ON = "域划内外级属长委";
    /** 滇西山区, 宁南山区: a name ending in 山区 after a place's character is a mountain area, unless a word stands before. */
    private static final String OPENS = "的和与及在对从向把将是为即";

    private final Gazetteer gazetteer;
    private final AreaMentions mentions;

    CountyNames(Gazetteer gazetteer, AreaMentions mentions) {
        this.gazetteer = gazetteer;
        this.mentions = mentions;
    }

    void find(Sentence sentence, List<Token> tokens, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        Set<Integer> starts = new java.util.HashSet<>();
        Set<Integer> ends = new java.util.HashSet<>();
        tokens.forEach(t -> {
            starts.add(t.start());
            ends.add(t.end());
        });
        for (int at = 0; at + 3 <= text.length(); at++) {
            if (!starts.contains(at)) {
                continue; // the name starts and ends where words do: 海城市 is not in 沿海城市, 江源区 not in 东江源区
            }
            for (int end = Math.min(text.length(), at + 10); end >= at + 3; end--) {
                if (!ends.contains(end)) {
                    continue;
                }
                String name = text.substring(at, end);
                if (!COMMON_WORDS.contains(name) && gazetteer.provinceOfCounty(name).isPresent()
                        && (end == text.length() || RUNS_ON.indexOf(text.charAt(end)) < 0)
                        && !(name.endsWith("山区") && at > 0 && Character.isIdeographic(text.charAt(at - 1)) && OPENS.indexOf(text.charAt(at - 1)) < 0)
                        && !mentions.covered(found, added, at, end) && !overlaps(found, added, at, end)) {
                    mentions.add(sentence, added, name, RegionKind.City, at, end, Method.PLACE_RECOGNITION);
                    at = end - 1;
                    break;
                }
            }
        }
    }

    /** A mention that crosses the name's edges: the name is a piece of another word (西湖区 in 洱海西湖区域). */
    private static boolean overlaps(List<Mention> found, List<Mention> added, int start, int end) {
        return java.util.stream.Stream.concat(found.stream(), added.stream())
                .anyMatch(m -> m.start() < end && m.end() > start && (m.start() > start || m.end() < end) && !(m.start() >= start && m.end() <= end));
    }
}
