package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.model.RelationType;

/**
 * Who cooperates with whom inside one sentence: regions joined by 、/与/和 (or one composite such as 港深) with
 * 合作/协作/联动… shortly after them in the clause, paired as the list's joiners say.
 */
final class CooperationRules {

    private static final Pattern COOPERATION = Pattern.compile("合作|协作|协同|联动|对接|互动|共建|同城化|结对|签订|签署|联合|携手|共同|交流|互派|互访|互认|互利|联席");
    // 等/为/以: the list is something else; 面向东盟的开放合作, 对外合作: cooperation with a party outside the list
    private static final Pattern NOT_BETWEEN_COOPERATION = Pattern.compile("等|为|以|作为|面向|对外");
    private static final int CUE_DISTANCE = 12;
    private static final Pattern PAIR_JOINER = Pattern.compile("[与同]");
    /** 结对帮扶 (help, see AssistanceRules); 共同组成 (members of a whole); 形成…协同联动的发展格局 (what the pattern will look like, no act of the list). */
    private static final Pattern NOT_AN_ACT = Pattern.compile("结对(?:帮扶|支援)|共同(?:组成|构成)|[^，；。]{0,6}的(?:发展|空间|区域)?(?:格局|局面|态势)");
    /** 吸引京津游客到合作区: a zone gone to is a place, no act of the regions before it. */
    private static final Pattern ZONE_GONE_TO = Pattern.compile("[到在赴来入](?:合作区|协作区)");
    private static final Pattern NEXT_CLAUSE_LEAD = Pattern.compile("^(?:就|并|还|要|将|已)?$");
    private static final Pattern LIST_KIND = Pattern.compile("等(?:沿线|沿江|沿海|沿边|周边|相关|毗邻)?(?:[\\d一二三四五六七八九十两]+个)?(?:城市|省份|省市|省区|地区|县市)");
    /** 四市, 两省区: a count that closes a list names a group acting as one (呼和浩特、包头…四市一体化发展). */
    private static final Pattern COUNT_KIND = Pattern.compile("^[\\d一二三四五六七八九十两]+个?(?:省会城市|中心城市|城市|省份|省市|省区|地区|县市|省区市|盟市|州市|市|省|县|区|地)");
    /** Integration words, cooperation only between a pair (A与B一体化) or a counted group, never a list of areas with names of their own. */
    private static final Pattern INTEGRATION = Pattern.compile("一体化|融合|同城化");
    /** 在交通、能源等领域, 就生态补偿问题: the fields of cooperation between the parties and the cue. */
    private static final Pattern FIELDS = Pattern.compile("^(?:要|将|还|已|率先|共同|联合|进一步|积极|持续|重点)*(?:在|就)[^，；。]{1,20}?(?:领域|方面|问题)(?:上)?");
    /** 依托已建成的特高压工程: the means the parties use, up to the verb that starts their joint work. */
    private static final Pattern MEANS = Pattern.compile("^(?:要|将|还)?(?:依托|借助|利用|依靠|通过)[^，；。]{1,24}?(?=深化|加强|开展|推进|拓展|扩大|共同|联合|协同)");
    private static final Pattern PARTNER = Pattern.compile("^(?!分别)[^，；。]{0,4}[与同和]$"); // 分别与: see partners(text, regions)

    private final EntityRegistry registry;
    private final RelationCollector out;
    private final MentionRuns runs;

    CooperationRules(EntityRegistry registry, RelationCollector out, MentionRuns runs) {
        this.registry = registry;
        this.out = out;
        this.runs = runs;
    }

    void apply(AnnotatedSentence s) {
        lists(s);
        partners(s);
    }

    private void lists(AnnotatedSentence s) {
        String text = s.text();
        for (List<Mention> run : runs.of(s)) {
            List<Mention> regions = run.stream().filter(m -> m.type() == EntityType.Region).toList();
            if (regions.size() < 2) {
                continue;
            }
            // 永州市与衡阳市、衡阳市与株洲市分别签订…: pairs each act together, though 分别 follows
            int listStart = regions.get(0).start();
            if (listStart > 0 && "与同跟".indexOf(text.charAt(listStart - 1)) >= 0) {
                hub(s, regions); // 香港已先后与广东、上海…等省市建立合作机制: the subject with each
                continue; // 加强与新疆、青海、内蒙古协作, 推动其与运城、天水开展…: the partners of a subject outside the list, not of each other
            }
            // 在A和B开展试点: where something is tried, not who acts together
            boolean whereActed = listStart > 0 && text.charAt(listStart - 1) == '在';
            boolean pairs = !whereActed && PAIR_JOINER.matcher(text.substring(listStart, Math.max(listStart, regions.get(regions.size() - 1).start()))).find();
            boolean places = regions.stream().allMatch(this::administrative); // 推动延吉市、龙井市、图们市一体化发展
            if (!cooperationCueAfter(text, regions.get(regions.size() - 1).end(), places, pairs)) {
                continue;
            }
            for (List<Mention> group : partners(text, regions)) {
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        out.add(RelationType.COOPERATES_WITH, entity(group.get(i)), entity(group.get(j)), Method.TRIGGER, s.id());
                    }
                }
            }
        }
    }

    /**
     * Who cooperates with whom in a list: each composite within itself (港深、澳珠合作); pairs joined by 与/和/同
     * and listed with 、 pair within themselves (福建与宁夏、浙江与四川结对); one joined to a 、 list partners each
     * of them (成都与德阳、眉山、资阳共建); a plain list pairwise.
     */
    private static java.util.Collection<List<Mention>> partners(String text, List<Mention> regions) {
        java.util.Map<Integer, List<Mention>> bySpan = new java.util.LinkedHashMap<>();
        regions.forEach(m -> bySpan.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(m));
        if (bySpan.values().stream().anyMatch(g -> g.size() > 1)) {
            return bySpan.values();
        }
        for (int i = 1; i < regions.size(); i++) { // 分别与: a hub and its partners, or two lists paired in order
            if (text.substring(regions.get(i - 1).end(), regions.get(i).start()).startsWith("分别")) {
                List<Mention> left = regions.subList(0, i);
                List<Mention> right = regions.subList(i, regions.size());
                List<List<Mention>> pairs = new ArrayList<>();
                if (left.size() == 1 || left.size() == right.size()) {
                    for (int j = 0; j < right.size(); j++) {
                        pairs.add(List.of(left.get(left.size() == 1 ? 0 : j), right.get(j)));
                    }
                } else if (right.size() == 1) { // 内蒙古、山西分别与京津冀签订…: each of the list with the one partner
                    left.forEach(each -> pairs.add(List.of(each, right.get(0))));
                }
                return pairs;
            }
        }
        List<List<Mention>> groups = new ArrayList<>();
        List<Mention> group = new ArrayList<>(List.of(regions.get(0)));
        boolean pairJoiner = false;
        for (int i = 1; i < regions.size(); i++) {
            String joiner = text.substring(regions.get(i - 1).end(), regions.get(i).start());
            if (joiner.equals("、")) {
                groups.add(group);
                group = new ArrayList<>();
            } else {
                pairJoiner = true;
            }
            group.add(regions.get(i));
        }
        groups.add(group);
        if (!pairJoiner || groups.size() == 1) {
            return List.of(regions);
        }
        boolean hubThenList = hubThenList(text, regions);
        if (groups.stream().allMatch(g -> g.size() > 1) && !hubThenList) {
            return groups; // 福建与宁夏、浙江与四川: pairs
        }
        List<Integer> joined = java.util.stream.IntStream.range(1, regions.size()).boxed()
                .filter(i -> !text.substring(regions.get(i - 1).end(), regions.get(i).start()).equals("、")).toList();
        int split = joined.isEmpty() ? 0 : joined.get(0);
        boolean together = TOGETHER.matcher(text.substring(regions.get(regions.size() - 1).end(),
                Clauses.endOf(text, regions.get(regions.size() - 1).end()))).find(); // 湖北、河南与安徽共同编制: all three
        if (joined.size() == 1 && split >= 2 && regions.size() - split >= (together ? 2 : 1) && PAIR_JOINER.matcher(
                text.substring(regions.get(split - 1).end(), regions.get(split).start())).matches()) {
            // 大兴安岭地区、伊春市与揭阳市、茂名市开展合作, 麒麟区、红塔区与昆明一体化: one side with the other, not within a side
            List<List<Mention>> cross = new ArrayList<>();
            regions.subList(0, split).forEach(a -> regions.subList(split, regions.size()).forEach(b -> cross.add(List.of(a, b))));
            return cross;
        }
        if (groups.get(0).size() == 2 && groups.stream().skip(1).allMatch(g -> g.size() == 1) || hubThenList) {
            // 成都与德阳、眉山、资阳共建: the first with each of the others
            Mention hub = regions.get(0);
            return regions.stream().skip(1).map(other -> List.of(hub, other)).toList();
        }
        return List.of(regions);
    }

    private static final Pattern TOGETHER = Pattern.compile("共同|联合|携手|一道|一起");

    /** 吉林省与黑龙江省、辽宁省和内蒙古自治区: 与 after the first, 、 between the partners and 和/及 before the last. */
    private static boolean hubThenList(String text, List<Mention> regions) {
        if (regions.size() < 4) {
            return false;
        }
        for (int i = 1; i < regions.size(); i++) {
            String joiner = text.substring(regions.get(i - 1).end(), regions.get(i).start());
            boolean fits = i == 1 ? PAIR_JOINER.matcher(joiner).matches()
                    : i == regions.size() - 1 ? LAST_JOINER.matcher(joiner).matches() : joiner.equals("、");
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern LAST_JOINER = Pattern.compile("和|及|以及|、");

    private boolean administrative(Mention m) {
        RegionKind kind = registry.get(m.entityId()).kind();
        return kind == RegionKind.Province || kind == RegionKind.City;
    }

    /** Words between a subject and the 与 that opens its partners' list: 香港目前已先后与… */
    private static final Pattern SUBJECT_TO_PARTNERS = Pattern.compile("^(?:目前|现已|已经|已|先后|分别|还|也|将|要|正|都|均|积极|主动|相继|陆续)*$");

    /** 推动我区与宁夏、甘肃建立…机制: the subject and its partners set something up between them. */
    /** Two places joined by 与 that carry out a compensation or a pilot between them act together. */
    private static final Pattern JOINT_PILOT = Pattern.compile("^(?:率先|共同|联合)?(?:围绕[^，；。]{1,12}?)?(?:率先|共同|联合)?开展[^，；。]{0,10}?(?:补偿|试点)");
    private static final Pattern SET_UP_TOGETHER = Pattern.compile("^(?:探索|研究|共同|联合|协商|加快)?(?:建立|设立|组建)[^，。；]{2,30}?(?:机制|关系|机构|平台)");

    /** The region that opens the clause, then adverbs and 与, then a list that sets up cooperation: each pair with the subject. */
    private void hub(AnnotatedSentence s, List<Mention> partners) {
        String text = s.text();
        int with = partners.get(0).start() - 1;
        Mention subject = runs.withoutQualifiers(s.of(EntityType.Region)).stream().filter(r -> r.end() <= with).reduce((a, b) -> b).orElse(null);
        if (subject == null || Clauses.indexAt(text, subject.start()) != Clauses.indexAt(text, with)
                || !SUBJECT_TO_PARTNERS.matcher(text.substring(subject.end(), with)).matches()) {
            return;
        }
        String rest = text.substring(partners.get(partners.size() - 1).end(), Clauses.endOf(text, with));
        java.util.regex.Matcher kind = LIST_KIND.matcher(rest);
        String after = kind.lookingAt() ? rest.substring(kind.end()) : rest;
        java.util.regex.Matcher cue = COOPERATION.matcher(after);
        boolean cooperates = cue.find() && cue.start() <= CUE_DISTANCE && !NOT_BETWEEN_COOPERATION.matcher(after.substring(0, cue.start())).find()
                && !NOT_AN_ACT.matcher(after.substring(cue.start())).lookingAt();
        if (cooperates || SET_UP_TOGETHER.matcher(after).lookingAt()) {
            partners.forEach(p -> out.add(RelationType.COOPERATES_WITH, entity(subject), entity(p), Method.TRIGGER, s.id()));
        }
    }

    /** 中原城市群深化与京津冀的产业合作, 广西与云南在口岸建设方面加强合作. */
    private void partners(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> regions = runs.withoutQualifiers(s.of(EntityType.Region));
        for (int i = 0; i + 1 < regions.size(); i++) {
            Mention a = regions.get(i);
            Mention b = regions.get(i + 1);
            if (b.start() < a.end() || b.start() == a.start() || !PARTNER.matcher(text.substring(a.end(), b.start())).matches()) {
                continue;
            }
            if (a.start() > 0 && text.charAt(a.start() - 1) == '、' && text.substring(a.end(), b.start()).endsWith("和")) {
                continue; // …、辽宁省和内蒙古自治区: 和 closes a list, it pairs nobody
            }
            if (a.start() > 0 && text.charAt(a.start() - 1) == '在') {
                continue; // 在A和B开展试点: where something is tried, not who acts together
            }
            boolean subject = a.start() <= 1; // the pair opens the sentence: what its next clauses do, they do together
            if (cooperationCueAfter(text, b.end(), true, true) || subject && cueOpensNextClause(text, b.end())) {
                out.add(RelationType.COOPERATES_WITH, entity(a), entity(b), Method.TRIGGER, s.id());
            }
        }
    }

    /** 萍乡市与株洲市建立联席会议制度，联合开展河道巡查: the clause after the pair's opens with a cooperation word. */
    private static boolean cueOpensNextClause(String text, int offset) {
        int next = Clauses.endOf(text, offset) + 1;
        if (next >= text.length()) {
            return false;
        }
        java.util.regex.Matcher cue = COOPERATION.matcher(text.substring(next, Math.min(text.length(), next + 4)));
        return cue.find() && NEXT_CLAUSE_LEAD.matcher(text.substring(next, next + cue.start())).matches();
    }

    /**
     * A cooperation word within 12 characters after {@code offset}, in the same clause, with no 等/为/以 before it; the
     * fields named before it (在交通、能源等领域) do not count. {@code pair}: the parties are a pair joined by 与, so
     * integration words count too.
     */
    private static boolean cooperationCueAfter(String text, int offset, boolean pair, boolean pairsListed) {
        String rest = text.substring(offset, Clauses.endOf(text, offset));
        // 蚌埠、淮南、淮安等沿线城市共建…: the list named again by its kind still acts together
        java.util.regex.Matcher kind = LIST_KIND.matcher(rest);
        java.util.regex.Matcher count = COUNT_KIND.matcher(rest);
        boolean counted = !kind.lookingAt() && count.lookingAt();
        int skip = kind.lookingAt() ? kind.end() : counted ? count.end() : 0;
        java.util.regex.Matcher fields = FIELDS.matcher(rest.substring(skip));
        if (fields.lookingAt()) {
            skip += fields.end(); // 推动杭州与黄山在文旅、人才等领域深化合作
        }
        java.util.regex.Matcher means = MEANS.matcher(rest.substring(skip));
        if (means.lookingAt()) {
            skip += means.end(); // 青海与河南依托已建成的特高压工程深化电力合作
        }
        String after = rest.substring(skip);
        java.util.regex.Matcher cue = COOPERATION.matcher(after);
        java.util.regex.Matcher integration = INTEGRATION.matcher(after);
        boolean integrates = (pair || counted) && integration.find() && integration.start() <= 2; // 四市一体化发展, 郑州与开封同城化
        if (pairsListed && (SET_UP_TOGETHER.matcher(after).lookingAt() || JOINT_PILOT.matcher(after).lookingAt())) {
            return true; // 推动我区与宁夏、甘肃建立…机制; 鄂尔多斯市与榆林市围绕无定河流域开展横向补偿试点
        }
        return integrates || cue.find() && cue.start() <= (kind.lookingAt() ? 0 : CUE_DISTANCE) // after the kind, only a cue right there: 等城市共建
                && !NOT_BETWEEN_COOPERATION.matcher(after.substring(0, cue.start())).find()
                && (pairsListed || !after.substring(0, cue.start()).contains("分别")) // 营口市、盘锦市分别结对帮扶…: each on its own
                && !NOT_AN_ACT.matcher(after.substring(cue.start())).lookingAt()
                && !(cue.start() > 0 && ZONE_GONE_TO.matcher(after.substring(cue.start() - 1)).lookingAt());
    }

    private Entity entity(Mention m) {
        return registry.get(m.entityId());
    }
}
