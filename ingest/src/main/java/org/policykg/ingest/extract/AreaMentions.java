package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.gazetteer.GazetteerEntry;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;
import org.policykg.ingest.text.Han;

/** What the readers of names by their shape ({@link AreaNames}, {@link PlaceNames}) share: which words may stand in a name, and how a found name becomes a mention. */
final class AreaMentions {

    static final Set<String> NOT_IN_NAMES = Set.of("的", "等", "和", "与", "及", "、", "在", "对", "向", "将", "把", "是", "为", "到", "了");


    final Gazetteer gazetteer;
    final EntityRegistry registry;
    final AreaVocabulary words = AreaVocabulary.standard();

    AreaMentions(Gazetteer gazetteer, EntityRegistry registry) {
        this.gazetteer = gazetteer;
        this.registry = registry;
    }
    boolean nameLike(Token t) {
        if (t.text().matches("[A-Za-z0-9]{1,6}") || t.text().equals("沿")) {
            return true; // 长三角G60科创走廊, 宁夏沿黄城市群
        }
        if (t.isPunctuation() || NOT_IN_NAMES.contains(t.text()) || Han.share(t.text()) < 1.0) {
            return false;
        }
        if (!gazetteer.lookup(t.text()).isEmpty()) {
            return true;
        }
        String p = t.pos();
        return !(p.startsWith("v") && t.text().length() >= 2) && !p.startsWith("p") && !p.startsWith("c") && !p.startsWith("u")
                && !p.startsWith("d") && !p.startsWith("r") && !p.startsWith("m") && !p.startsWith("q");
    }

    /**
     * Whether an area's span is inside a region or strategy mention already found. A mechanism's name does not count:
     * the area that opens it (川渝毗邻地区 in 川渝毗邻地区合作机制) is read, and the longer name shadows it later.
     */
    boolean coveredByArea(List<Mention> found, List<Mention> added, int start, int end) {
        return java.util.stream.Stream.concat(found.stream(), added.stream())
                .anyMatch(m -> m.type() != EntityType.Mechanism && m.start() <= start && m.end() >= end);
    }

    boolean covered(List<Mention> found, List<Mention> added, int start, int end) {
        return found.stream().anyMatch(m -> m.start() <= start && m.end() >= end)
                || added.stream().anyMatch(m -> m.start() <= start && m.end() >= end);
    }

    /** 下游城市, 各援疆城市: a kind of place described, not a place's name. */
    private static final Pattern DESCRIBED_PLACES = Pattern.compile(
            "^(?:各|有关|相关|部分|其他|其余|这些|若干|多个)|(?:上游|下游|中游|援疆|援藏|沿江|沿海|沿线|周边|牵头|配合)(?:城市|地区|县市|县区|市县)$");

    /** Adds a place read by its shape; a phrase that only describes places (部分地区, 有关县级市, 下游城市) is none. */
    void add(Sentence sentence, List<Mention> added, String name, RegionKind kind, int start, int end, Method method) {
        if (DESCRIBED_PLACES.matcher(name).find()) {
            return;
        }
        Entity entity = registry.discovered(EntityType.Region, name, kind, method);
        registry.seen(entity.id(), sentence.analysisText().substring(start, end));
        added.add(new Mention(sentence.id(), entity.id(), EntityType.Region, sentence.analysisText().substring(start, end), start, end, method));
    }

}
