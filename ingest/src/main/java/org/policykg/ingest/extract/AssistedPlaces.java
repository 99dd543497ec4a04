package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.structure.Sentence;

/**
 * A county-level place named right after a word of directed help, up to the next separator, is a place even where the
 * segmenter does not see one: 温州市对口支援乌什县，台州市对口支援茫崖市 (pair lists name counties nobody lists); so is
 * the district or county that opens a clause of help as the helper (同安区结对帮扶康乐县).
 */
final class AssistedPlaces {

    private static final String HELP = "(?:对口支援|对口帮扶|结对帮扶|对口协作|帮扶|支援)";
    /** Characters no place name here holds: function words, and words of the help itself (省份要细化到市, 资源向脱贫县). */
    private static final String NAME = "[\\p{IsHan}&&[^、，。；：和与及的等各该本每其全要到向往于为是这些个多省区地在由对]]";
    /** A county of one character and 县 (康县, 文县) only right after the word of help and before a separator. */
    private static final String ONE = "[" + NAME + "&&[^城一二三四五六七八九十两贫困县市]]";
    private static final Pattern RECIPIENT = Pattern.compile(HELP + "(" + NAME + "{2,4}?(?:县|旗)|" + ONE + "县|" + NAME + "{2,3}市|" + NAME
            + "{2,12}?自治[县旗]|" + NAME + "{2,3}区)(?=[，。、；和与及]|$)");
    private static final Pattern HELPER = Pattern.compile(
            "(?<!\\p{IsHan})(" + NAME + "{2,3}(?:区|县|市)|" + NAME + "{2,4}新区)(?=(?:继续|持续|长期)?" + HELP + ")");

    /** 对口协作水源区: words for a kind of area, not a district's name. */
    private static final Pattern GENERIC_AREA = Pattern.compile(".*(?:水源|受水|库|园|景|牧|灾|矿|老|藏|边|社|示范|开发|保护|功能|贫困|脱贫)区");

    private final AreaMentions mentions;

    AssistedPlaces(AreaMentions mentions) {
        this.mentions = mentions;
    }

    void find(Sentence sentence, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        Matcher m = RECIPIENT.matcher(text);
        while (m.find()) {
            int end = m.end(1);
            int cue = m.start();
            // 结对帮扶东乡族自治县 read whole by the suffix: the word of help is no part of the name
            found.removeIf(x -> x.start() <= cue && x.end() == end && x.method() == Method.REGION_SUFFIX);
            added.removeIf(x -> x.start() <= cue && x.end() == end && x.method() == Method.REGION_SUFFIX);
            add(sentence, m.group(1), m.start(1), end, found, added);
        }
        Matcher h = HELPER.matcher(text);
        while (h.find()) {
            add(sentence, h.group(1), h.start(1), h.end(1), found, added);
        }
    }

    private void add(Sentence sentence, String name, int start, int end, List<Mention> found, List<Mention> added) {
        boolean overlaps = java.util.stream.Stream.concat(found.stream(), added.stream()).anyMatch(x -> x.start() < end && x.end() > start);
        boolean generic = mentions.words.notNames().stream().anyMatch(name::startsWith) || name.endsWith("城市") // 示范城市
                || GENERIC_AREA.matcher(name).matches();
        if (!overlaps && !generic) {
            mentions.add(sentence, added, name, RegionKind.City, start, end, Method.PLACE_RECOGNITION);
        }
    }
}
