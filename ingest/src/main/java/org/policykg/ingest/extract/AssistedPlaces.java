package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.structure.Sentence;

/**
 * A county or banner named right after a word of directed help, up to the next separator, is a place even where the
 * segmenter does not see one: 温州市对口支援乌什县，绍兴市对口支援阿瓦提县 (pair lists name counties nobody lists).
 */
final class AssistedPlaces {

    private static final Pattern RECIPIENT = Pattern.compile(
            "(?:对口支援|对口帮扶|结对帮扶|对口协作|帮扶|支援)([\\p{IsHan}&&[^、，。；：和与及的等各该本每其全]]{2,4}?(?:县|旗))(?=[，。、；和与及]|$)");

    private final AreaMentions mentions;

    AssistedPlaces(AreaMentions mentions) {
        this.mentions = mentions;
    }

    void find(Sentence sentence, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        Matcher m = RECIPIENT.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            boolean overlaps = java.util.stream.Stream.concat(found.stream(), added.stream()).anyMatch(x -> x.start() < end && x.end() > start);
            if (!overlaps) {
                mentions.add(sentence, added, m.group(1), RegionKind.City, start, end, Method.PLACE_RECOGNITION);
            }
        }
    }
}
