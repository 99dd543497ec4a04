package org.policykg.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.model.RelationType;

/**
 * Membership stated by a role in a whole: 滇中城市群地处长江上游，是长江经济带的重要组成部分; 作为东部地区经济大省，广东要…;
 * 赣州市…，也是江西省承接产业转移的前沿地带 → the region PART_OF the whole whose role it holds. The role nouns are data
 * ({@code membership.roles} in {@code rules/relation-cues.yaml}).
 * <p>
 * The member is the region before 是 in its clause, or, where the clause has none (是…, 也是…), the sentence's first
 * region; after a 作为 clause it is the region the next clause opens with. Where the whole is an administrative area
 * (a board, a province, a city) that the gazetteer maps, the member must lie in it there: 安徽是东部地区产业转移的
 * 承接区域 says where industry goes, not that 安徽 is an eastern province.
 */
final class RoleMembership {

    /** The verb right before the whole: 是, 也是, 作为, 成为. */
    private static final Pattern ROLE_VERB = Pattern.compile("(?:是|作为|成为)$");
    /** 长江上游生态屏障: a stretch of a river, not the river's area. */
    private static final Pattern SECTION_OF_RIVER = Pattern.compile("上游|中游|下游|中上游|中下游|沿岸|两岸|干流");
    private static final Set<RegionKind> ADMINISTRATIVE = Set.of(RegionKind.Board, RegionKind.Province, RegionKind.City,
            RegionKind.MacroRegion);
    /** Two of these are never part of one another: two boards, two provinces, two macro regions. */
    private static final Set<RegionKind> ONE_LEVEL = Set.of(RegionKind.Board, RegionKind.Province, RegionKind.MacroRegion);

    private final EntityRegistry registry;
    private final RelationCollector out;
    private final Gazetteer gazetteer;
    private final Pattern role;

    RoleMembership(EntityRegistry registry, RelationCollector out, Gazetteer gazetteer, RuleBook rules) {
        this.registry = registry;
        this.out = out;
        this.gazetteer = gazetteer;
        // the whole, then (上/中)的 and a few words, then the role noun closing its clause: 的重要组成部分, 经济大省
        this.role = Pattern.compile("^(?:上|中|内)?的?[^，；。：,;]{0,20}?(?:" + String.join("|", rules.roleNouns())
                + ")(?:之一)?(?:[，；。：,;]|$)");
    }

    void apply(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        for (Mention whole : regions) {
            if (whole.method() == Method.COMPOSITE) {
                continue; // 中西部 names two boards at once: no single whole
            }
            int clauseStart = Clauses.startOf(text, whole.start());
            String before = text.substring(clauseStart, whole.start());
            String after = text.substring(whole.end());
            if (!ROLE_VERB.matcher(before).find() || SECTION_OF_RIVER.matcher(after).lookingAt() || !role.matcher(after).find()) {
                continue;
            }
            Mention member = before.endsWith("作为") && before.length() <= 4
                    ? openerOfNextClause(text, regions, whole)
                    : subjectOf(regions, whole, clauseStart);
            if (member != null && fits(registry.get(member.entityId()), registry.get(whole.entityId()))) {
                out.add(RelationType.PART_OF, registry.get(member.entityId()), registry.get(whole.entityId()), Method.ENUMERATION, s.id());
            }
        }
    }

    /** 作为东部地区经济大省，广东要…: the region the next clause opens with. */
    private static Mention openerOfNextClause(String text, List<Mention> regions, Mention whole) {
        int next = Clauses.endOf(text, whole.end()) + 1;
        return regions.stream().filter(r -> r.start() == next).findFirst().orElse(null);
    }

    /**
     * The region before 是 in the clause; else the region that closes the clause before (以武汉为中心的长江中游城市群，
     * 是…: the head of that noun phrase); else the sentence's first region when it comes before the clause.
     */
    private static Mention subjectOf(List<Mention> regions, Mention whole, int clauseStart) {
        Mention inClause = null;
        Mention closesClauseBefore = null;
        for (Mention r : regions) {
            if (r.start() >= clauseStart && r.end() <= whole.start() && r.method() != Method.COMPOSITE) {
                inClause = r;
            }
            if (r.end() == clauseStart - 1 && r.method() != Method.COMPOSITE) {
                closesClauseBefore = r;
            }
        }
        if (inClause != null) {
            return inClause;
        }
        if (closesClauseBefore != null) {
            return closesClauseBefore;
        }
        Mention first = regions.isEmpty() ? null : regions.get(0);
        return first != null && first.end() <= clauseStart && first.method() != Method.COMPOSITE ? first : null;
    }

    private boolean fits(Entity member, Entity whole) {
        if (member.id().equals(whole.id()) || member.type() != EntityType.Region || whole.type() != EntityType.Region) {
            return false;
        }
        if (member.kind() == whole.kind() && ONE_LEVEL.contains(whole.kind())) {
            return false;
        }
        boolean mapped = gazetteer.byName(member.name()).isPresent() && gazetteer.byName(whole.name()).isPresent();
        return !(mapped && ADMINISTRATIVE.contains(whole.kind())) || gazetteer.isInside(member.name(), whole.name());
    }
}
