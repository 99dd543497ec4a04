package org.policykg.ingest.extract;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;

/**
 * The regions that set up a mechanism, take it as their object or try it out first are served by it (the guide's "set
 * up in, by or for it"): 广西、重庆等省份通过建立…机制; …机制由A、B三方共同建立; …机制以A、B三省为服务对象; 上述机制优先在A和B先行先试.
 */
final class FounderRules {

    private static final Pattern SETS_UP = Pattern.compile("(?:通过|共同)?(?:建立|健全|完善|构建|创新|探索|设立|形成|共建|试行|推行|修订|启动|借助|用好|深化)");
    /** A clause with no subject of its own that sets up a mechanism: 携手建立, 就共同建立, (签署协议，)提出健全. */
    private static final Pattern SUBJECTLESS_SET_UP = Pattern.compile(
            "^(?:就|并|要|将|还|需|切实|共同|携手|联合|合力|协商|一道|重点|着力|加快|进一步|同步|探索|研究|积极)*(?:提出|明确|约定|商定|同意|决定)?(?:要|将)?(?:通过)?(?:建立|健全|完善|构建|设立|组建|建设|形成)(?:了|起)?$");
    private static final Pattern TIME_CLAUSE = Pattern.compile("^(?:到|至|截至|截止到)?\\d{4}年(?:底|末|年底)?$");
    /** 机制由广西、广东、海南三方共同建立: the regions after 由 set it up. */
    private static final Pattern SET_UP_BY = Pattern.compile("^(?:[两二三四五六七八九十\\d]+(?:方|省区|省市|省|市|地)|等地?|各方)?(?:共同|联合|携手|合作|联动|协同|轮流|定期|分别|统一)*(?:牵头|(?:牵头)?(?:建立|设立|组建|发起|构建|组织实施|实施|负责|推进|落实|运行|召集|主持|召开|开展|承担|执行))");
    /** 今年初，北京、天津、河北三地…: a time clause before the subject. */
    private static final Pattern TIME_LEAD = Pattern.compile("^(?:今年|去年|近年来|近年|近期|目前|此前|日前|近日|同年|当年|\\d{4}年)[^，。；]{0,6}，$");
    /** What may stand before a sentence's subject: nothing, or the number of its item (三、, （三）, 3.). */
    private static final Pattern LIST_NUMBER = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[.．、])?\\s*$");
    /** 上述三项机制优先在川渝高竹新区和綦江、万盛先行先试: where a mechanism is tried out first is served by it. */
    private static final Pattern PILOT = Pattern.compile("^(?:等地|等)?(?:之间|两地|三地|[两二三四五六七八九十\\d]+(?:个)?(?:市|省|县|区|地|城市))?(?:交界地带|交界地区|毗邻地区|接壤地带|接合部)?(?:率先|先行|开展|进行|全域|全面)?(?:先行先试|试点|试行|示范|落地|推行|推广|运行)");
    /** What may open the clause of a later 在…先行先试: adverbs only (优先, 率先, 逐步 …). */
    private static final Pattern PILOT_LEAD = Pattern.compile("(?:目前|现已|已经|已|正在|正|将|要|并|还|可|再|也|优先|率先|首先|先|逐步|同步|进一步|积极|稳步)*");
    /** 对口合作机制以辽宁、吉林、黑龙江三省为服务对象: the regions the mechanism takes as its object. */
    private static final Pattern AS_OBJECT = Pattern.compile("^(?:[两二三四五六七八九十\\d]+个?(?:省区|省市|省份|省|市|县|地区)|等(?:地区|省份|地)?)?"
            + "为(?:主要|重点)?(?:服务|支持|帮扶|扶持|援助|支援)(?:对象|重点)");

    private static final Pattern COUNTED_PARTIES = Pattern.compile(
            "(?:建立|健全|完善|构建|共建|设立)(?:了)?(" + PartyAnaphora.COUNTED_PARTIES + ")(?:间|之间)?$");
    private static final java.util.Set<String> FACING = java.util.Set.of("面向", "针对", "服务", "惠及", "支持", "覆盖");
    /** Between the regions faced and the mechanism: 面向山南、吐鲁番两地的…机制, 服务广东、广西两省区的“…机制”. */
    private static final Pattern FACING_GAP = Pattern.compile("^(?:等)?(?:[两二三四五六七八九十]+个?(?:" + PartyAnaphora.PARTY_KINDS + "))?的[“\"「]?$");
    /** Words that urge the parties counted after them: 鼓励四市建立…, 支持两省共建…. */
    private static final Pattern URGING = Pattern.compile("鼓励|支持|推动|引导|要求|指导");
    private static final Pattern URGED_TO_SET_UP = Pattern.compile("(?:要|将|可|共同|联合)*" + SETS_UP.pattern());
    private static final Pattern MECHANISM_JOIN = Pattern.compile("^(?:[”\"」])?(?:和|及|以及|、|与)[“\"「]?$");

    private final EntityRegistry registry;
    private final RelationCollector out;
    private final MentionRuns runs;
    private final PartyAnaphora parties;

    FounderRules(EntityRegistry registry, RelationCollector out, MentionRuns runs) {
        this.registry = registry;
        this.out = out;
        this.runs = runs;
        this.parties = new PartyAnaphora(runs, registry);
    }

    /**
     * The regions that set up a mechanism are served by it: 广西、重庆等省份通过建立…机制 (in its clause); 广东、广西、海南三省区
     * 人民政府要…，携手建立…机制 (the regions open the sentence, the clause that sets it up has no subject of its own);
     * …机制由广西、广东、海南三方共同建立 (after 由).
     */
    void apply(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> opening = openingRegions(s);
        // 两省将同步健全…机制: a clause opened by words that count the parties named before
        java.util.Map<Integer, PartyAnaphora.Resolved> partiesByClause = new java.util.HashMap<>();
        for (int at = 0; at < text.length(); at = Clauses.endOf(text, at) + 1) {
            int subjectAt = at + Clauses.itemNumberEnd(text.substring(at));
            Matcher urged = URGING.matcher(text).region(subjectAt, text.length());
            PartyAnaphora.Resolved resolved = parties.at(s, urged.lookingAt() ? urged.end() : subjectAt);
            if (resolved != null && urged.lookingAt() && !URGED_TO_SET_UP.matcher(text).region(resolved.end(), text.length()).lookingAt()) {
                resolved = null; // 鼓励四市建立… names the founders; 支持两省在长春、四平共建… says where
            }
            if (resolved != null) {
                partiesByClause.put(Clauses.indexAt(text, at), resolved);
            }
        }
        // 到2020年，两省对口合作取得…: a date before the subject is a clause of its own
        int subjectClause = TIME_CLAUSE.matcher(text.substring(0, Clauses.endOf(text, 0))).matches() ? 1 : 0;
        if (opening.isEmpty() && partiesByClause.containsKey(subjectClause)) {
            opening = partiesByClause.get(subjectClause).parties();
        }
        List<Mention> subject = opening;
        // 贵州、湖南两省将建立…机制，重点完善A机制、B机制和C机制: the founders named in an earlier clause set up the rest too
        TreeMap<Integer, List<Mention>> foundersByClause = new TreeMap<>();
        for (Mention mechanism : s.of(EntityType.Mechanism)) {
            int clause = Clauses.indexAt(text, mechanism.start());
            // a region written right before the mechanism qualifies its name (建立太浦河跨界水体联保共治机制): no founder
            List<Mention> regions = s.of(EntityType.Region).stream()
                    .filter(r -> r.end() < mechanism.start() && Clauses.indexAt(text, r.start()) == clause).toList();
            String between = regions.isEmpty() ? "" : text.substring(regions.get(regions.size() - 1).end(), mechanism.start());
            // the mechanisms listed before this one in its clause, and their separators, are no part of the verb
            String lead = MentionRuns.withoutMentions(text, s.of(EntityType.Mechanism), Clauses.startOf(text, mechanism.start()),
                    mechanism.start()).replaceAll("[、和及与]", "");
            boolean subjectless = clause > 0 && SUBJECTLESS_SET_UP.matcher(lead).matches();
            PartyAnaphora.Resolved counted = partiesByClause.get(clause);
            if (regions.isEmpty() && counted != null && counted.end() <= mechanism.start()) {
                regions = counted.parties();
                between = text.substring(counted.end(), mechanism.start());
            }
            List<Mention> founders = !regions.isEmpty() && SETS_UP.matcher(between).find() ? regions
                    : subjectless ? Optional.ofNullable(foundersByClause.lowerEntry(clause)).map(e -> e.getValue())
                            .orElseGet(() -> {
                                List<Mention> helped = helpedBefore(s, mechanism);
                                return helped.isEmpty() ? subject : helped; // the helped before the subject
                            })
                    : framed(s, mechanism, '由', 0, SET_UP_BY);
            if (founders.isEmpty()) {
                founders = countedBefore(s, mechanism);
            }
            if (!founders.isEmpty()) {
                foundersByClause.putIfAbsent(clause, founders);
            }
            if (founders.isEmpty() && SUBJECTLESS_SET_UP.matcher(lead).matches()) {
                founders = partnersAfter(s, mechanism);
            }
            for (Mention region : founders) {
                out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
            }
            for (Mention region : s.of(EntityType.Region)) {
                if (region.end() == mechanism.start()) { // the area its name opens with, as written
                    out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
                }
            }
            for (Mention region : JoinedPlaces.pilotedIn(s, mechanism, runs)) {
                out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
            }
            for (Mention region : JoinedPlaces.joiningAfter(s, mechanism, runs)) {
                out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
            }
            for (Mention region : JoinedPlaces.includedIn(s, mechanism, runs)) {
                out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
            }
            for (Mention region : facing(s, mechanism)) {
                out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
            }
            for (Mention region : framed(s, mechanism, '以', 6, AS_OBJECT)) {
                out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
            }
            List<Mention> pilot = framed(s, mechanism, '在', 6, PILOT);
            for (Mention region : pilot) {
                out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
            }
            for (Mention region : PilotRollout.after(s, pilot, runs)) {
                out.add(RelationType.SERVES, entity(mechanism), entity(region), Method.TRIGGER, s.id());
            }
        }
        parties.remember(s);
    }

    /**
     * The list of regions framed by a word after a mechanism (within {@code reach} characters, in its clause) and the words
     * that close the frame: …机制由A、B三方共同建立 (由), …机制以A、B三省为服务对象 (以), …机制优先在A和B先行先试 (在).
     */
    private List<Mention> framed(AnnotatedSentence s, Mention mechanism, char opening, int reach, Pattern closing) {
        String text = s.text();
        int at = text.indexOf(opening, mechanism.end());
        // 建立小清河流域…补偿机制，由济南市与滨州市联合实施: the frame may open the clause after the one the mechanism closes
        boolean opensNext = at == mechanism.end() + 1 && text.charAt(mechanism.end()) == '，' || opening == '在' && at > 0 && triedLater(s, mechanism, at);
        if (at < 0 || !opensNext && (at - mechanism.end() > reach || Clauses.indexAt(text, at) != Clauses.indexAt(text, mechanism.start()))) {
            return List.of();
        }
        for (List<Mention> run : runs.of(s)) {
            Mention last = run.get(run.size() - 1);
            if (run.get(0).start() == at + 1 && run.get(0).type() == EntityType.Region
                    && closing.matcher(text.substring(last.end())).lookingAt()) {
                return run;
            }
        }
        return List.of();
    }

    /**
     * 以上三项机制由省级层面统筹推动，优先在A和B落地见效: where the mechanism is tried out may follow in a later clause of its
     * sentence that has no subject of its own, with no other mechanism between, nor a region outside the mechanism's own
     * clause (该机制面向香港的专业人士，首先在深圳试行: whom it faces does not change what is tried out).
     */
    private static boolean triedLater(AnnotatedSentence s, Mention mechanism, int at) {
        String text = s.text();
        int clauseStart = Clauses.startOf(text, at);
        return clauseStart > mechanism.end() && PILOT_LEAD.matcher(text.substring(clauseStart, at)).matches()
                && s.of(EntityType.Mechanism).stream().noneMatch(m -> m.start() > mechanism.end() && m.start() < at)
                && s.of(EntityType.Region).stream().noneMatch(r -> r.start() > mechanism.end() && r.start() < at
                        && Clauses.indexAt(text, r.start()) != Clauses.indexAt(text, mechanism.start()));
    }

    /**
     * 天津市继续对口帮扶甘肃省，健全东西部协作机制: a mechanism set up right after a clause of help is set up for the regions
     * helped there (the helper is dropped later, see {@link RelationCollector#settleHelpers}); after a clause of
     * cooperation, for the partners.
     */
    private List<Mention> helpedBefore(AnnotatedSentence s, Mention mechanism) {
        String text = s.text();
        int clauseStart = Clauses.startOf(text, mechanism.start());
        if (clauseStart == 0) {
            return List.of();
        }
        int previousStart = Clauses.startOf(text, clauseStart - 1);
        int previousEnd = clauseStart - 1;
        String previous = text.substring(previousStart, previousEnd);
        int cue = -1;
        for (String word : RuleBook.standard().assistanceCues()) {
            int at = previous.indexOf(word);
            if (at >= 0) {
                cue = previousStart + at + word.length();
                break;
            }
        }
        final int after = cue;
        if (after < 0) { // 深化赣州与深圳对口合作，完善赣深对口合作机制: the partners of the clause before are served
            return partnersIn(s, previousStart, previousEnd);
        }
        return runs.withoutQualifiers(s.of(EntityType.Region)).stream()
                .filter(r -> r.start() >= after && r.end() <= previousEnd).toList();
    }

    /**
     * 完善对口合作机制，深化东北地区与东部地区对口合作: a mechanism set up right before a clause in which two named regions
     * cooperate is set up for both (深化东中西部产业协作 names no pair).
     */
    private List<Mention> partnersAfter(AnnotatedSentence s, Mention mechanism) {
        String text = s.text();
        int clauseEnd = Clauses.endOf(text, mechanism.end());
        if (clauseEnd >= text.length() || text.charAt(clauseEnd) != '，') {
            return List.of();
        }
        int nextStart = clauseEnd + 1;
        return partnersIn(s, nextStart, Clauses.endOf(text, nextStart));
    }

    /**
     * The two or more regions of a clause of cooperation that names partners on both sides of 与 (赣州与深圳对口合作), none
     * where the text leaves the subject out (加强与京津冀、长三角的合作).
     */
    private List<Mention> partnersIn(AnnotatedSentence s, int start, int end) {
        String clause = s.text().substring(start, end);
        int with = start + clause.indexOf('与');
        boolean cooperation = RuleBook.standard().pairCooperationCues().stream().anyMatch(clause::contains);
        List<Mention> partners = runs.withoutQualifiers(s.of(EntityType.Region)).stream()
                .filter(r -> r.start() >= start && r.end() <= end).toList();
        boolean bothNamed = with > start && partners.size() >= 2 && partners.get(0).end() <= with
                && partners.get(partners.size() - 1).start() > with;
        return cooperation && bothNamed ? partners : List.of();
    }

    /** 健全面向边境地区的兴边富民支持机制: the regions a mechanism's own words say it faces. */
    private List<Mention> facing(AnnotatedSentence s, Mention mechanism) {
        String text = s.text();
        for (List<Mention> run : runs.of(s)) {
            Mention last = run.get(run.size() - 1);
            String lead = text.substring(Math.max(0, run.get(0).start() - 2), run.get(0).start());
            if (last.type() == EntityType.Region && last.end() <= mechanism.start()
                    && FACING_GAP.matcher(text.substring(last.end(), mechanism.start())).matches() && FACING.contains(lead)) {
                return run;
            }
        }
        // 面向山南、吐鲁番两地的A机制和B机制: a mechanism joined to one that faces the regions faces them too
        return s.of(EntityType.Mechanism).stream().filter(m -> m.end() <= mechanism.start()
                        && MECHANISM_JOIN.matcher(text.substring(m.end(), mechanism.start())).matches())
                .findFirst().map(m -> facing(s, m)).orElse(List.of());
    }

    /**
     * 广西、贵州、云南三省区共建…，建立三省区老区振兴协同推进机制: the parties counted right before the mechanism a clause
     * sets up are its founders.
     */
    private List<Mention> countedBefore(AnnotatedSentence s, Mention mechanism) {
        String text = s.text();
        Matcher count = COUNTED_PARTIES.matcher(text.substring(Clauses.startOf(text, mechanism.start()), mechanism.start()));
        if (!count.find()) {
            return List.of();
        }
        int at = Clauses.startOf(text, mechanism.start()) + count.start(1);
        PartyAnaphora.Resolved resolved = parties.at(s, at, true);
        return resolved == null ? List.of() : resolved.parties();
    }

    /** 支持德令哈市开展…试点，探索建立…机制: the region the sentence opens by supporting does what its later clauses do. */
    private static final Pattern SUPPORTED_LEAD = Pattern.compile("^(?:支持|鼓励)$");

    /** The list of regions a sentence opens with (its subject), or none. */
    private List<Mention> openingRegions(AnnotatedSentence s) {
        List<List<Mention>> all = runs.of(s);
        if (all.isEmpty() || all.get(0).get(0).type() != EntityType.Region
                || !(LIST_NUMBER.matcher(s.text().substring(0, all.get(0).get(0).start())).matches()
                        || TIME_LEAD.matcher(s.text().substring(0, all.get(0).get(0).start())).matches()
                        || SUPPORTED_LEAD.matcher(s.text().substring(0, all.get(0).get(0).start())).matches())) {
            return List.of();
        }
        return all.get(0);
    }

    private Entity entity(Mention m) {
        return registry.get(m.entityId());
    }
}
