package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;

/**
 * Areas pointed back to (该经济带, 这个“圈”, 流域内): the area of each kind a document last spoke of, by the head of
 * its name, for {@link MembershipRules}.
 */
final class AreaAnaphora {

    /** Heads an anaphor may name its area by; 圈 alone (这个“圈”) stands for a 经济圈 or 都市圈. */
    private static final List<String> ANAPHOR_HEADS = List.of("示范区", "经济带", "都市圈", "城市群", "经济圈", "合作区", "新区", "试验区", "走廊",
            "流域", "片区", "老区", "协作区", "通道", "圈");
    private static final Pattern ANAPHOR = Pattern.compile("^(?:该|本|这一|此|这个|本文所(?:用|称|指|研究)的)?[“「『\"]?(" + String.join("|", ANAPHOR_HEADS)
            + ")[”」』\"]?(?:范围|规划范围)?$");

    private final EntityRegistry registry;
    private final java.util.Map<String, Mention> lastByHead = new java.util.HashMap<>();

    AreaAnaphora(EntityRegistry registry) {
        this.registry = registry;
    }

    /** Whether {@code lead} (the words before a membership cue) is an anaphor such as 该经济带 or 这个“圈”. */
    static boolean isAnaphor(String lead) {
        return ANAPHOR.matcher(lead).matches();
    }

    /** The area last remembered with this head (经济带, 流域, 圈), or null. */
    Mention lastArea(String head) {
        return lastByHead.get(head);
    }

    /** 该经济带, 示范区 opening a clause: the last area named with that head, in this sentence or one before. */
    Mention resolve(String text, int clauseStart, int cueAt, List<Mention> current) {
        Matcher m = ANAPHOR.matcher(text.substring(clauseStart, cueAt));
        if (!m.matches()) {
            return null;
        }
        String head = m.group(1);
        Mention found = null;
        for (Mention r : current) {
            if (r.end() <= clauseStart && named(r, head)) {
                found = r;
            }
        }
        if (found == null && lastByHead.containsKey(head)) {
            found = lastByHead.get(head);
        }
        return found;
    }

    /** 该都市圈以贵阳市为中心，范围涵盖…: the area an anaphor opening the sentence points back to, and where the anaphor ends. */
    Opening opening(String text, List<Mention> current) {
        for (int end = Math.min(8, text.length()); end >= 2; end--) {
            if (ANAPHOR.matcher(text.substring(0, end)).matches() && !text.substring(0, end).matches("^[\\p{IsHan}]*范围$")) {
                Mention area = resolve(text, 0, end, current);
                return area == null ? null : new Opening(area, end);
            }
        }
        return null;
    }

    record Opening(Mention area, int end) {
    }

    /** Remembers the area of each kind a sentence is about, for 该经济带, 流域内 and the like in later sentences. */
    void remember(AnnotatedSentence s) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Mention> areas = new ArrayList<>(s.of(EntityType.Region));
        // 推进成渝地区双城经济圈建设。这个“圈”包括…: the area a strategy's name is aimed at can be pointed back to
        for (Mention strategy : s.of(EntityType.Strategy)) {
            for (Entity region : registry.coveredBy(entity(strategy))) {
                areas.add(new Mention(s.id(), region.id(), EntityType.Region, strategy.surface(), strategy.start(), strategy.end(), strategy.method()));
            }
        }
        areas.sort(java.util.Comparator.comparingInt(Mention::start));
        for (Mention r : areas) {
            String name = entity(r).name();
            for (String head : ANAPHOR_HEADS) {
                // the first area of a kind in a sentence is what it is about (赤水河是长江上游的支流: 赤水河, not 长江)
                if (named(r, head) && Math.min(name.length(), r.surface().length()) > head.length() && seen.add(head)) {
                    lastByHead.put(head, r);
                }
            }
        }
    }

    /** 六盘山片区 is the gazetteer's 六盘山区: the head as written counts too. */
    private boolean named(Mention area, String head) {
        return entity(area).name().endsWith(head) || area.surface().endsWith(head);
    }

    private Entity entity(Mention m) {
        return registry.get(m.entityId());
    }
}
