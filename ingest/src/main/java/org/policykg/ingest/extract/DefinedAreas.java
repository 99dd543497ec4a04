package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.structure.Sentence;

/**
 * An area a text defines by its members: a name that opens a clause, ends as an area's name does (区, 带, 圈, 群) and
 * is followed by a verb of membership and the places in it (中部创新转型核心区涵盖长春市、吉林市…, 万达开川渝统筹发展示范区
 * 由重庆市万州区…组成). The whole name is one area, whatever words it holds (中部 in it is no board).
 */
final class DefinedAreas {

    private static final Pattern DEFINED = Pattern.compile(
            "(?:^|[，；：。])([\\p{IsHan}—－]{3,16}?(?:区|带|圈|群))(?:的)?(?:范围)?(?:主要|具体|共)?(?:涵盖|包括|包含|覆盖|由)");
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[的所称内其该本这此上述以]");
    /** How far after the verb the first member may start (由重庆市…, 包括长春市…). */
    private static final int MEMBER_REACH = 2;

    private final Gazetteer gazetteer;
    private final AreaMentions mentions;

    DefinedAreas(Gazetteer gazetteer, AreaMentions mentions) {
        this.gazetteer = gazetteer;
        this.mentions = mentions;
    }

    void find(Sentence sentence, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            int start = m.start(1);
            int end = m.end(1);
            int verbEnd = m.end();
            boolean membersFollow = java.util.stream.Stream.concat(found.stream(), added.stream())
                    .anyMatch(x -> x.type() == EntityType.Region && x.start() >= verbEnd && x.start() <= verbEnd + MEMBER_REACH);
            // 本方案所称皖北地区, 流域内的城市群: words of the clause, not a name; a known area's name ends it: that area
            boolean knownEnd = java.util.stream.Stream.concat(found.stream(), added.stream())
                    .anyMatch(x -> x.type() == EntityType.Region && x.end() == end && x.start() > start);
            if (!membersFollow || knownEnd || NOT_IN_A_NAME.matcher(name).find() || !gazetteer.lookup(name).isEmpty()
                    || mentions.words.notNames().stream().anyMatch(name::startsWith) || mentions.coveredByArea(found, added, start, end)) {
                continue;
            }
            RegionKind kind = name.endsWith("群") || name.endsWith("圈") ? RegionKind.CityCluster
                    : name.endsWith("带") ? RegionKind.EconomicBelt : RegionKind.CooperationZone;
            mentions.add(sentence, added, name, kind, start, end, Method.REGION_SUFFIX);
        }
    }
}
