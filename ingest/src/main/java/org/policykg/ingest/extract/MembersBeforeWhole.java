package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.model.RelationType;

/**
 * Members written before their whole, in the phrase that names it: 以成都为中心、涵盖德阳、眉山、资阳三市全域的成都都市圈 →
 * 成都, 德阳, 眉山, 资阳 each PART_OF 成都都市圈 (the listed regions after 涵盖/包括, and the centre after 以…为中心).
 */
final class MembersBeforeWhole {

    private static final Pattern COVERS = Pattern.compile("(?:涵盖|包括|包含|覆盖|囊括|(?<![经理])由)");
    /** What may close the list before 的 and the whole: a count, 全域, 部分地区; after 由, 组成 or 构成. */
    private static final Pattern LIST_END = Pattern.compile("^(?:等)?(?:[两二三四五六七八九十\\d]+个?(?:省区|省市|市州|市|县|区|州|省|地))?(?:全域|全境|部分地区|部分区县)?(?:共同)?(?:组成|构成)?的$");
    /** Between the listed places: separators, and a count that closes one group before the next (辛集、定州两市和保定…). */
    private static final String LIST_JOIN = "(?:[、和及与]|[两二三四五六七八九十\\d]+个?(?:市|县|区|州|省)(?:和|及|以及|、))*";
    /** …和保定、衡水、邢台部分县（市）的: only parts of the last group's places are in the whole. */
    private static final Pattern PARTS_ONLY_END = Pattern.compile("^部分(?:县（市）|县\\(市\\)|县市|县区|区县|县|地区)的$");
    private static final Pattern CENTRE_CLAUSE_END = Pattern.compile("为(?:中心|核心|龙头|主体)[，、]$");
    private static final Pattern CENTRE = Pattern.compile("以([^，。；]{2,12}?)为(?:中心|核心|龙头|主体)");

    private final EntityRegistry registry;
    private final RelationCollector out;

    MembersBeforeWhole(EntityRegistry registry, RelationCollector out) {
        this.registry = registry;
        this.out = out;
    }

    void apply(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> regions = s.of(EntityType.Region);
        for (Mention whole : regions) {
            RegionKind kind = registry.get(whole.entityId()).kind();
            if (kind == RegionKind.City || kind == RegionKind.Province || kind == RegionKind.Board) {
                continue; // 包括广东省的广州: the province says where the city is, the city holds nothing here
            }
            int clauseStart = Clauses.startOf(text, whole.start());
            String before = text.substring(clauseStart, whole.start());
            Matcher cover = COVERS.matcher(before);
            int cue = -1;
            while (cover.find()) {
                cue = clauseStart + cover.end();
            }
            final int from = cue;
            if (from < 0) {
                namedAs(s, regions, whole, clauseStart);
                continue;
            }
            List<Mention> listed = new java.util.ArrayList<>(regions.stream().filter(r -> r.start() >= from && r.end() < whole.start()).toList());
            String end = listed.isEmpty() ? "" : text.substring(listed.get(listed.size() - 1).end(), whole.start());
            boolean partsOnly = PARTS_ONLY_END.matcher(end).matches();
            if (listed.isEmpty() || !MentionRuns.withoutMentions(text, listed, from, listed.get(listed.size() - 1).end()).matches(LIST_JOIN)
                    || !LIST_END.matcher(end).matches() && !partsOnly) {
                continue;
            }
            if (partsOnly) { // the places whose parts are meant are not members whole
                while (listed.size() > 1 && "、".equals(text.substring(listed.get(listed.size() - 2).end(), listed.get(listed.size() - 1).start()))) {
                    listed.remove(listed.size() - 1);
                }
                listed.remove(listed.size() - 1);
            }
            listed.forEach(member -> partOf(s, member, whole));
            // 以石家庄为中心，涵盖…的石家庄都市圈: the centre may stand in the clause before
            int centreFrom = clauseStart > 0 && CENTRE_CLAUSE_END.matcher(text.substring(0, clauseStart)).find()
                    ? Clauses.startOf(text, clauseStart - 1) : clauseStart;
            Matcher centre = CENTRE.matcher(text.substring(centreFrom, from));
            if (centre.find()) {
                int cs = centreFrom + centre.start(1);
                int ce = centreFrom + centre.end(1);
                regions.stream().filter(r -> r.start() >= cs && r.end() <= ce).forEach(member -> partOf(s, member, whole));
            }
        }
    }

    /**
     * 开化县、常山县…等直接接壤的13个县（市、区）为四省边际重点合作区: a list opening its clause, closed by 等 or its count,
     * then 为/列为 and the area: each listed place is part of it.
     */
    private void namedAs(AnnotatedSentence s, List<Mention> regions, Mention whole, int clauseStart) {
        String text = s.text();
        List<Mention> listed = regions.stream().filter(r -> r.start() >= clauseStart && r.end() < whole.start()).toList();
        if (listed.size() < 2 || !LIST_OPENING.matcher(text.substring(clauseStart, listed.get(0).start())).matches()
                || !MentionRuns.withoutMentions(text, listed, listed.get(0).start(), listed.get(listed.size() - 1).end()).matches("[、和及与]*")
                || !NAMED_AS.matcher(text.substring(listed.get(listed.size() - 1).end(), whole.start())).matches()) {
            return;
        }
        listed.forEach(member -> partOf(s, member, whole));
    }

    private static final Pattern LIST_OPENING = Pattern.compile("^(?:其中|此外|同时|另外)?[，,]?$");
    private static final Pattern NAMED_AS = Pattern.compile("^(?:等[^，。；]{0,8}?|[^，。；]{0,8}?[两二三四五六七八九十\\d]+个?)(?:县级市|县市区|市县区|区县|县区|县市|县|市|区|旗|地区|城市)(?:[（(][市区县旗、]+[）)])?(?:为|被列为|列为|确定为|被确定为)$");

    private void partOf(AnnotatedSentence s, Mention member, Mention whole) {
        if (!member.entityId().equals(whole.entityId())) {
            out.add(RelationType.PART_OF, registry.get(member.entityId()), registry.get(whole.entityId()), Method.ENUMERATION, s.id());
        }
    }
}
