package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.structure.Sentence;

/**
 * A division of the Xinjiang Production and Construction Corps and the city it runs, one place by the whole name:
 * 新疆生产建设兵团第三师图木舒克市, 兵团第一师阿拉尔市, 第一师阿拉尔市 (新疆 inside the name is no recipient of its own).
 */
final class CorpsDivisions {

    private static final Pattern DIVISION = Pattern.compile(
            "(?:新疆生产建设兵团|兵团)?第[一二三四五六七八九十]{1,3}师(?:[\\p{IsHan}&&[^的和与及、，。]]{2,5}?市)?");

    private final AreaMentions mentions;

    CorpsDivisions(AreaMentions mentions) {
        this.mentions = mentions;
    }

    void find(Sentence sentence, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        Matcher m = DIVISION.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            found.removeIf(x -> x.start() >= start && x.end() <= end); // 新疆 in the Corps' name
            added.removeIf(x -> x.start() >= start && x.end() <= end);
            mentions.add(sentence, added, m.group().replaceFirst("^兵团", ""), RegionKind.City, start, end, Method.PLACE_RECOGNITION);
        }
    }
}
