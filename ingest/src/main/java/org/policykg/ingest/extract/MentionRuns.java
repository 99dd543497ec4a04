package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.model.Mention;

/** How the mentions of a sentence group: lists of same-type mentions, and place names qualified by their province. */
final class MentionRuns {

    /** 、和与及; 分别与 (天津市分别与沧州市、廊坊市…: a hub and its partners, one run). */
    private static final Pattern ENUMERATION_JOIN = Pattern.compile("^(?:、|和|与|及|以及|、以及|分别与|分别同|分别和)$");

    private final EntityRegistry registry;
    private final Gazetteer gazetteer;

    MentionRuns(EntityRegistry registry, Gazetteer gazetteer) {
        this.registry = registry;
        this.gazetteer = gazetteer;
    }

    /** Runs of same-type mentions joined only by 、/和/与/及 (composite parts share a span and count once). */
    List<List<Mention>> of(AnnotatedSentence s) {
        List<List<Mention>> runs = new ArrayList<>();
        List<Mention> current = new ArrayList<>();
        Mention previous = null;
        for (Mention m : withoutQualifiers(s.mentions())) {
            if (previous != null && m.start() == previous.start()) {
                current.add(m);
                continue;
            }
            boolean joined = previous != null && m.type() == previous.type() && m.start() >= previous.end()
                    && ENUMERATION_JOIN.matcher(s.text().substring(previous.end(), m.start())).matches();
            if (!joined && !current.isEmpty()) {
                runs.add(current);
                current = new ArrayList<>();
            }
            current.add(m);
            previous = m;
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    /**
     * 江苏南京, 广西百色: a province written right before a place inside it only says where that place is. The pair
     * becomes one mention of the place, spanning both, so partners are paired across it.
     */
    List<Mention> withoutQualifiers(List<Mention> regions) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : regions) {
            Mention previous = result.isEmpty() ? null : result.get(result.size() - 1);
            if (previous != null && previous.end() == m.start() && qualifies(previous, m)) {
                result.set(result.size() - 1, new Mention(m.sentenceId(), m.entityId(), m.type(), previous.surface() + m.surface(),
                        previous.start(), m.end(), m.method()));
            } else {
                result.add(m);
            }
        }
        return result;
    }

    /**
     * The places of a sentence that are only ever written as qualifiers (四川 in 支持玉树州与四川甘孜州…): where another place
     * lies, no place the sentence acts on.
     */
    java.util.Set<String> onlyQualifying(List<Mention> mentions) {
        java.util.Set<String> qualifying = new java.util.HashSet<>();
        java.util.Map<String, Integer> written = new java.util.HashMap<>();
        Mention previous = null;
        for (Mention m : mentions) {
            written.merge(m.entityId(), 1, Integer::sum);
            if (previous != null && previous.end() == m.start() && qualifies(previous, m)) {
                qualifying.add(previous.entityId());
                written.merge(previous.entityId(), -1, Integer::sum);
            }
            previous = m;
        }
        qualifying.removeIf(id -> written.get(id) > 0);
        return qualifying;
    }

    /**
     * Whether {@code outer}, written right before {@code place}, only says where it is: the gazetteer puts it inside, or
     * the place is one the gazetteer does not know (云南省文山壮族苗族自治州富宁县) after a province or city.
     */
    private boolean qualifies(Mention outer, Mention place) {
        if (outer.type() != EntityType.Region || place.type() != EntityType.Region) {
            return false;
        }
        if (gazetteer.isInside(name(place), name(outer))) {
            return true;
        }
        Entity o = registry.get(outer.entityId());
        Entity p = registry.get(place.entityId());
        boolean discovered = p.method() == Method.PLACE_RECOGNITION || p.method() == Method.REGION_SUFFIX && p.kind() == RegionKind.City;
        return discovered && (o.kind() == RegionKind.Province || o.kind() == RegionKind.City) && p.kind() == RegionKind.City;
    }

    private String name(Mention m) {
        return registry.get(m.entityId()).name();
    }

    /** The text of {@code from}–{@code to} without the given mentions in it: what stands between the places of a list. */
    static String withoutMentions(String text, List<Mention> mentions, int from, int to) {
        StringBuilder rest = new StringBuilder();
        int at = from;
        for (Mention m : mentions.stream().sorted(java.util.Comparator.comparingInt(Mention::start)).toList()) {
            if (m.start() >= at && m.end() <= to) {
                rest.append(text, at, m.start());
                at = m.end();
            }
        }
        rest.append(text, at, Math.min(to, text.length()));
        return rest.toString();
    }
}
