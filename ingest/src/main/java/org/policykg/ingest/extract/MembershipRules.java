package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.model.RelationType;

/**
 * Membership stated with a verb: 珠江流经云南、贵州、广西、广东四省区; 淮河干流流经的河南、安徽、江苏; 长江经济带覆盖上海、
 * 江苏… → each listed region PART_OF the area named right before the verb.
 */
final class MembershipRules {

    private static final Pattern BEFORE_CUE = Pattern.compile(
            "^(?:以[^，。；]{2,12}为(?:中心|核心|龙头)，)?(?:最初|起初|目前|现|现已|已|主要|总共|具体)?(?:干流|主干|全线|共|横向|(?:的)?(?:规划)?范围(?:主要)?)?(?:及其(?:主要)?支流)?"
            + "(?:[自由][东西南北]{1,2}向[东西南北]{1,2}|向[东西南北])?$"); // 福州都市圈以福州为中心，包括…
    /** 鄱阳湖生态经济区以南昌、景德镇、鹰潭3市为主体: the list is the area's body. */
    private static final Pattern MAIN_BODY = Pattern.compile("(?:等)?(?:[两二三四五六七八九十\\d]+个?[市县区州])?为(?:主体|核心)");
    private static final Pattern COMPOSED = Pattern.compile("^(?:等)?[^，；。]{0,20}(?:组成|构成)"); // …四个地级市和宁东能源化工基地组成
    /** 湖南一侧包括…, 在湖南境内覆盖…: a province that says which side of the area is listed, no subject of the verb. */
    private static final Pattern SIDE = Pattern.compile("^在?\\p{IsHan}{2,8}?(?:一侧|境内|段|部分)$");
    /** 规划范围包括…: a plan's scope, written without the area it is the scope of. */
    private static final Pattern TITLE_SCOPE = Pattern.compile("^(?:本|《(?:规划|方案|纲要)》)?(?:规划|方案)?(?:的)?范围(?:包括|涵盖|覆盖|为)");
    /** 本意见实施范围为大兴安岭林区，包括…: the area a document's scope is, named before the clause that lists its places. */
    private static final Pattern SCOPE_IS = Pattern.compile(
            "^(?:本(?:意见|方案|规划|纲要|办法|通知|计划|协议))?(?:的)?(?:实施|规划|适用|覆盖|政策)?范围(?:为|是)$");
    /** 流域内的仁怀市、习水县、赤水市等地: the places inside the basin last named. */
    private static final Pattern INSIDE = Pattern.compile("(?:^|[，。；])(?:该|本|整个)?(流域|经济带|城市群|都市圈|示范区)(?:内|范围内|沿线)的?$");
    private static final Pattern ELIDED_LEAD = Pattern.compile("^(?:上游|中游|下游|上中游|中下游)?(?:干流|主干)?(?:及其(?:主要)?支流)?(?:[自由][东西南北]{1,2}向[东西南北]{1,2}|向[东西南北])?$|^(?:规划)?范围$|^成员(?:城市|单位)?$");
    private static final Pattern COUNT_AFTER = Pattern.compile("[两二三四五六七八九十\\d]+个?(?:县|市|区|旗|县市|区县|省|省区|省市)");
    private static final Pattern CENTRE_AFTER = Pattern.compile("为(?:中心|核心|龙头)");
    private static final Pattern CENTRE = Pattern.compile("^为(?:中心|核心|龙头|主体|重点)的$");
    private static final Pattern CENTRED = Pattern.compile("^以[^，；。]{2,20}为(?:中心|核心|龙头)的$");

    private final EntityRegistry registry;
    private final RelationCollector out;
    private final MentionRuns runs;
    private final RuleBook rules;
    private final AreaAnaphora anaphora;
    private final MemberLists lists;
    private final BelongingRules belonging;
    private final SectionLists sections;
    private List<Mention> current = List.of();
    /** The area an anaphor opening this sentence points back to (该都市圈以…为中心), or null. */
    private AreaAnaphora.Opening opening;
    /** Scope lists waiting for the document's title to name their area, with their sentence. */
    private final java.util.Map<String, List<Mention>> titleScopes = new java.util.LinkedHashMap<>();

    MembershipRules(EntityRegistry registry, RelationCollector out, MentionRuns runs, RuleBook rules) {
        this.registry = registry;
        this.out = out;
        this.runs = runs;
        this.rules = rules;
        this.anaphora = new AreaAnaphora(registry);
        this.lists = new MemberLists(registry, out);
        this.belonging = new BelongingRules(registry, runs, lists);
        this.sections = new SectionLists(registry, lists);
    }

    void apply(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> regions = runs.withoutQualifiers(s.of(EntityType.Region));
        current = regions;
        opening = anaphora.opening(text, current);
        centres(s, regions);
        countedParts(s, regions);
        elidedWhole(s, regions);
        inside(s, regions);
        titleScope(s, regions);
        belonging.apply(s, regions);
        sections.apply(s, regions, rules.membershipCues());
        for (int i = 0; i + 1 < regions.size(); i++) {
            Mention whole = regions.get(i);
            int cueEnd = text.startsWith("所称", whole.start() - 2) ? definitionEnd(text, whole.end()) : cueEnd(text, whole.end());
            Mention located = locatedSubject(text, regions, i);
            if (located != null) { // 澜沧江在滇西边境山区流经…, 潮白河流域在张家口境内涉及…: the area before 在 has the members
                cueEnd = cueEnd(text, whole.end() + (text.startsWith("境内", whole.end()) ? 2 : 0));
                whole = cueEnd < 0 ? whole : located;
            }
            if (cueEnd < 0 && text.startsWith("以", whole.end())) {
                cueEnd = whole.end() + 1; // 以A、B、C三市为主体, checked below
            }
            if (cueEnd < 0 || PART_BEFORE.matcher(text.substring(0, whole.start())).find()) {
                continue; // 官厅水库上游永定河流域涉及…: the members are of a stretch named by more than the river
            }
            List<Mention> members = lists.members(s, regions, cueEnd);
            if (cueEnd > 0 && text.startsWith("由", cueEnd - 1) && !members.isEmpty()) {
                String after = text.substring(members.get(members.size() - 1).end(), Clauses.endOf(text, members.get(members.size() - 1).end()));
                if (!COMPOSED.matcher(after).find()) {
                    continue; // 由 without 组成/构成 is not membership (由东部省份对口支援…)
                }
            }
            if (cueEnd > 0 && text.startsWith("以", cueEnd - 1)
                    && (members.isEmpty() || !MAIN_BODY.matcher(text).region(members.get(members.size() - 1).end(), text.length()).lookingAt())) {
                continue; // 以 is membership only as 以A、B、C三市为主体 (以郑州为中心: centres)
            }
            lists.partOf(s, members, whole);
            wholeHere = whole; // 罗霄山片区包括江西、湖南两省的23个县: the area the next sentence's sides belong to
        }
        previousWhole = wholeHere;
        wholeHere = null;
    }

    private static final Pattern SIDE_OF = Pattern.compile("部分|一侧|境内部分|段");
    private static final Pattern PART_BEFORE = Pattern.compile("\\p{IsHan}(?:上游|中游|下游|上中游|中下游)$");
    /** The area the sentence before listed members of, for a later 其中，江西部分…包括… (see elidedWhole). */
    private Mention previousWhole;
    private Mention wholeHere;

    /** 喀什地区的莎车、泽普、叶城、巴楚四县: the counted places are part of the area before 的. */
    private void countedParts(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        for (int i = 0; i + 1 < regions.size(); i++) {
            Mention whole = regions.get(i);
            if (regions.get(i + 1).start() != whole.end() + 1 || text.charAt(whole.end()) != '的') {
                continue;
            }
            List<Mention> parts = new ArrayList<>(List.of(regions.get(i + 1)));
            for (int j = i + 2; j < regions.size() && "、".equals(text.substring(parts.get(parts.size() - 1).end(),
                    Math.max(parts.get(parts.size() - 1).end(), regions.get(j).start()))); j++) {
                parts.add(regions.get(j));
            }
            if (parts.size() >= 2 && COUNT_AFTER.matcher(text.substring(parts.get(parts.size() - 1).end())).lookingAt()) {
                parts.forEach(part -> out.add(RelationType.PART_OF, entity(part), entity(whole), Method.ENUMERATION, s.id()));
            }
        }
    }

    /**
     * The area named earlier in the sentence when the verb has no subject of its own: 黄河发源于…，干流自西向东流经A、B…
     * (the river the sentence is about); 宁夏沿黄城市群以银川为中心，包括石嘴山、吴忠… (the area the sentence opens with).
     */
    private void elidedWhole(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        for (int at = 0; at < text.length(); at++) {
            String cue = RuleBook.at(text, at, rules.membershipCues());
            // 是以徐州为中心，由连云港、宿迁…等城市组成的跨省经济区: 由 only with its 组成
            // 涉及 only with its subject written (…流域涉及A、B): without one it is any topic (涉及西部地区的文件)
            if (cue == null || cue.equals("由") && !composedAfter(s, regions, at + 1) || cue.equals("涉及")) {
                continue;
            }
            int cueAt = at;
            String lead = text.substring(Clauses.startOf(text, at), at);
            boolean side = SIDE.matcher(lead).matches() && regions.stream().anyMatch(r -> r.start() >= cueAt - lead.length() && r.end() <= cueAt);
            // a region right before the verb in its own clause is its subject (…，发源于镇雄县，流经… has none)
            boolean hasSubject = !side && regions.stream().anyMatch(r -> r.end() <= cueAt && cueAt - r.end() <= 2
                    && Clauses.indexAt(text, r.start()) == Clauses.indexAt(text, cueAt));
            boolean clauseOpens = at == Clauses.startOf(text, at) || side || ELIDED_LEAD.matcher(lead).matches() || AreaAnaphora.isAnaphor(lead);
            if (hasSubject || !clauseOpens || (Clauses.indexAt(text, at) == 0 && !AreaAnaphora.isAnaphor(lead))) {
                at += cue.length() - 1;
                continue;
            }
            Mention anaphoric = anaphora.resolve(text, Clauses.startOf(text, at), at, current);
            if (anaphoric == null && AreaAnaphora.isAnaphor(lead) && !lead.isEmpty() && !ELIDED_LEAD.matcher(lead).matches()) {
                at += cue.length() - 1;
                continue; // 示范区涵盖…: an area of that kind this text has not named; not the sentence's first place
            }
            Mention named = anaphoric != null ? anaphoric : cue.startsWith("流经") || cue.startsWith("干流")
                    ? riverBefore(text, regions, cueAt)
                    : centredArea(text, regions, cueAt).orElse(regions.stream().filter(r -> (r.start() - Clauses.startOf(text, r.start()) <= 3
                                    || SCOPE_IS.matcher(text.substring(Clauses.startOf(text, r.start()), r.start())).matches())
                            && Clauses.indexAt(text, r.start()) < Clauses.indexAt(text, cueAt)).findFirst().orElse(null));
            if (named != null && anaphoric == null && named.start() > 0 && text.charAt(named.start() - 1) == '以'
                    && CENTRE_AFTER.matcher(text).region(named.end(), text.length()).lookingAt()) {
                named = null; // 建设以宁波为中心，涵盖…的宁波都市圈: the centre is a member too, not the whole (MembersBeforeWhole)
            }
            if (named != null && anaphoric == null && SIDE_OF.matcher(text).region(named.end(), text.length()).lookingAt()) {
                // 其中，江西部分涉及…，包括井冈山市…: the side of the area the sentence before listed, not the province
                named = previousWhole;
            }
            // 该都市圈以贵阳市为中心，范围涵盖…: the sentence is about the area pointed back to
            Mention whole = opening != null && Clauses.indexAt(text, cueAt) > 0 && (named == null || named.start() > opening.end())
                    ? opening.area() : named;
            if (whole != null) {
                wholeHere = whole;
                List<Mention> members = lists.members(s, regions, at + cue.length());
                lists.partOf(s, members.stream().filter(m -> !m.entityId().equals(whole.entityId())).toList(), whole);
                // …，是以徐州为中心，由…组成的: the centre named on the way is part of the area too
                regions.stream().filter(r -> r.start() > whole.end() && r.end() < cueAt && text.charAt(r.start() - 1) == '以'
                        && CENTRE_AFTER.matcher(text.substring(r.end())).lookingAt())
                        .forEach(centre -> out.add(RelationType.PART_OF, entity(centre), entity(whole), Method.ENUMERATION, s.id()));
            }
            at += cue.length() - 1;
        }
    }

    private boolean composedAfter(AnnotatedSentence s, List<Mention> regions, int from) {
        List<Mention> members = lists.members(s, regions, from);
        if (members.isEmpty()) {
            return false;
        }
        int end = members.get(members.size() - 1).end();
        return COMPOSED.matcher(s.text().substring(end, Clauses.endOf(s.text(), end))).find();
    }

    private void titleScope(AnnotatedSentence s, List<Mention> regions) {
        Matcher m = TITLE_SCOPE.matcher(s.text());
        if (m.lookingAt() && !regions.isEmpty() && regions.get(0).start() >= m.end()) {
            titleScopes.put(s.id(), lists.members(s, regions, m.end()));
        }
    }

    /**
     * 南昌都市圈发展规划 …第二节 规划范围: 规划范围包括江西省南昌市全域，九江市的濂溪区…: the listed places are part of the area
     * the document's title names (the longest area name in it that the document's entities know).
     */
    void settleTitleScopes(String title, java.util.Collection<Entity> entities) {
        Entity area = entities.stream().filter(e -> e.type() == EntityType.Region && title.contains(e.name()))
                .max(java.util.Comparator.comparingInt(e -> e.name().length())).orElse(null);
        if (area == null) {
            return;
        }
        titleScopes.forEach((sentence, members) -> members.stream().filter(m -> !m.entityId().equals(area.id()))
                .forEach(m -> out.add(RelationType.PART_OF, entity(m), area, Method.ENUMERATION, sentence)));
    }

    /** 流域内的A、B、C等地, 该经济带沿线的A、B: each listed place is part of the area of that kind named last. */
    private void inside(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        for (Mention first : regions) {
            Matcher m = INSIDE.matcher(text.substring(Math.max(0, first.start() - 8), first.start()));
            if (!m.find()) {
                continue;
            }
            Mention whole = null;
            for (Mention r : current) {
                if (r.end() <= first.start() - m.group().length() + (m.group().length() - m.group().replaceFirst("^[，。；]", "").length())
                        && entity(r).name().endsWith(m.group(1))) {
                    whole = r;
                }
            }
            whole = whole != null ? whole : anaphora.lastArea(m.group(1));
            if (whole != null) {
                Mention area = whole;
                lists.partOf(s, lists.members(s, regions, first.start()).stream().filter(x -> !x.entityId().equals(area.entityId())).toList(), area);
            }
        }
    }

    /** Remembers the area of each kind a sentence is about, for 该经济带, 流域内 and the like in later sentences. */
    void remember(AnnotatedSentence s) {
        anaphora.remember(s);
    }

    /** The region written right before 在 and the region at {@code i} (A在B流经…), or null. */
    private static Mention locatedSubject(String text, List<Mention> regions, int i) {
        Mention place = regions.get(i);
        if (i == 0 || place.start() < 1 || text.charAt(place.start() - 1) != '在') {
            return null;
        }
        Mention before = regions.get(i - 1);
        return before.end() == place.start() - 1 ? before : null;
    }

    /** The river the sentence opens with (赤水河是长江上游的支流，…流经…), else the last river before the verb. */
    private Mention riverBefore(String text, List<Mention> regions, int cueAt) {
        List<Mention> rivers = regions.stream().filter(r -> r.end() <= cueAt && isRiver(r)).toList();
        return rivers.stream().filter(r -> r.start() <= 1).findFirst().orElse(rivers.isEmpty() ? null : rivers.get(rivers.size() - 1));
    }

    private boolean isRiver(Mention m) {
        String name = entity(m).name();
        return entity(m).kind() == org.policykg.ingest.model.RegionKind.RiverBasin || name.endsWith("河") || name.endsWith("江")
                || name.endsWith("流域");
    }

    /** 以贵阳市和贵安新区为核心的黔中城市群，涵盖…: the area the opening clause describes by its centre. */
    private static java.util.Optional<Mention> centredArea(String text, List<Mention> regions, int cueAt) {
        return regions.stream().filter(r -> Clauses.indexAt(text, r.start()) == 0 && Clauses.indexAt(text, cueAt) == 1
                && CENTRED.matcher(text.substring(0, r.start())).matches()).findFirst();
    }

    /** 以郑州为中心的郑州都市圈: the centre is part of the area. */
    private void centres(AnnotatedSentence s, List<Mention> regions) {
        if (opening != null && s.text().startsWith("以", opening.end())) { // 该都市圈以贵阳市为中心
            regions.stream().filter(r -> r.start() == opening.end() + 1 && CENTRE_AFTER.matcher(s.text().substring(r.end())).lookingAt())
                    .findFirst().ifPresent(centre -> out.add(RelationType.PART_OF, entity(centre), entity(opening.area()), Method.ENUMERATION, s.id()));
        }
        for (int i = 0; i + 1 < regions.size(); i++) {
            Mention centre = regions.get(i);
            Mention area = regions.get(i + 1);
            if (centre.start() >= 1 && s.text().charAt(centre.start() - 1) == '以' && area.start() >= centre.end()
                    && CENTRE.matcher(s.text().substring(centre.end(), area.start())).matches()) {
                out.add(RelationType.PART_OF, entity(centre), entity(area), Method.ENUMERATION, s.id());
            }
            // 以贵阳市和贵安新区为核心的黔中城市群: two centres
            if (i + 2 < regions.size() && centre.start() >= 1 && s.text().charAt(centre.start() - 1) == '以' && area.start() > centre.end()
                    && java.util.Set.of("和", "、", "及").contains(s.text().substring(centre.end(), area.start()))
                    && regions.get(i + 2).start() >= area.end()
                    && CENTRE.matcher(s.text().substring(area.end(), regions.get(i + 2).start())).matches()) {
                out.add(RelationType.PART_OF, entity(centre), entity(regions.get(i + 2)), Method.ENUMERATION, s.id());
                out.add(RelationType.PART_OF, entity(area), entity(regions.get(i + 2)), Method.ENUMERATION, s.id());
            }
            // 宁夏沿黄城市群以银川为中心: the area first, then its centre
            if (area.start() >= centre.end() && "以".equals(s.text().substring(centre.end(), area.start()))
                    && CENTRE_AFTER.matcher(s.text().substring(area.end())).lookingAt()) {
                out.add(RelationType.PART_OF, entity(area), entity(centre), Method.ENUMERATION, s.id());
            }
        }
    }

    /** 本意见所称粮食主产区，按产量排序依次为黑龙江、河南…: a defined term's list, after 为, 是指 or 包括 in the next clause. */
    private static final Pattern DEFINITION = Pattern.compile("^，[^，。；]{0,20}?(?:为|是指|指|包括|涵盖|覆盖)");

    private int definitionEnd(String text, int offset) {
        Matcher m = DEFINITION.matcher(text.substring(offset));
        return m.find() ? offset + m.end() : cueEnd(text, offset);
    }

    /** The end of a membership verb that follows {@code offset} (after 干流 and the like), or -1. */
    private int cueEnd(String text, int offset) {
        for (int at = offset; at <= Math.min(text.length() - 1, offset + 20); at++) {
            String cue = RuleBook.at(text, at, rules.membershipCues());
            // 蒙东地区，由呼伦贝尔市…组成: a comma may stand before 由, whose 组成 is checked by the caller
            if (cue != null && (BEFORE_CUE.matcher(text.substring(offset, at)).matches() || "由".equals(cue) && "，".equals(text.substring(offset, at)))) {
                return at + cue.length();
            }
        }
        return -1;
    }

    private Entity entity(Mention m) {
        return registry.get(m.entityId());
    }
}
