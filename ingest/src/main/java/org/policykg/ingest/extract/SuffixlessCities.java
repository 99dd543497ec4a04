package org.policykg.ingest.extract;

import java.util.List;
import java.util.Set;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.structure.Sentence;

/**
 * Cities the gazetteer knows only with their 市 (白银市, 安康市, 长治市: the bare names are also words) written bare in a
 * list of places: 兰州、白银、定西三市; 汉中、安康和商洛. A list vouches for them: the bare name is an item right next to a
 * place already found, across one of 、和与及. Alone (长治久安, 白银价格) it stays a word.
 */
final class SuffixlessCities {

    private static final Set<Character> JOINERS = Set.of('、', '和', '与', '及');
    /** What may follow a list's item: a joiner, punctuation, 等, a count (三市), 的. */
    private static final String ITEM_END = "、和与及等，。；：）)两二三四五六七八九十的";

    private final Gazetteer gazetteer;
    private final AreaMentions mentions;

    SuffixlessCities(Gazetteer gazetteer, AreaMentions mentions) {
        this.gazetteer = gazetteer;
        this.mentions = mentions;
    }

    void find(Sentence sentence, List<Mention> all, List<Mention> added) {
        String text = sentence.analysisText();
        gazetteer.citiesKnownOnlyWithSuffix().forEach((bare, city) -> {
            for (int at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
                int start = at;
                int end = at + bare.length();
                // the item ends there: 白银高新区 is another name, 白银市 the gazetteer's own
                boolean itemEnds = end == text.length() || ITEM_END.indexOf(text.charAt(end)) >= 0 || Character.isDigit(text.charAt(end));
                if (itemEnds && (placeEndsAt(all, text, start - 1) || placeStartsAt(all, text, end + 1))
                        && !mentions.covered(all, added, start, end)) {
                    mentions.add(sentence, added, city, RegionKind.City, start, end, Method.PLACE_RECOGNITION);
                }
            }
        });
    }

    /** A place found ends right before the joiner at {@code joiner}. */
    private static boolean placeEndsAt(List<Mention> all, String text, int joiner) {
        return joiner > 0 && JOINERS.contains(text.charAt(joiner))
                && all.stream().anyMatch(m -> m.type() == EntityType.Region && m.end() == joiner);
    }

    /** A place found starts right after the joiner before {@code start}. */
    private static boolean placeStartsAt(List<Mention> all, String text, int start) {
        int joiner = start - 1;
        return joiner < text.length() && JOINERS.contains(text.charAt(joiner))
                && all.stream().anyMatch(m -> m.type() == EntityType.Region && m.start() == start);
    }
}
