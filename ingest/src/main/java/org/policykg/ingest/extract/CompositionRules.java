package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;

/**
 * The components of a larger mechanism, inside one sentence: 健全区域开放合作机制，重点完善口岸协作机制、通关一体化机制和
 * 开放平台联动机制 → each of the three PART_OF 区域开放合作机制; also X机制包括A机制和B机制.
 */
final class CompositionRules {

    private static final Pattern LIST_JOIN = Pattern.compile("^(?:、|和|与|及|以及|、以及|，)$");
    private static final Pattern ASPECTS = Pattern.compile("在[^。；]{4,160}?等方面");
    private static final Pattern SETS_UP = Pattern.compile("(?:建立|健全|完善|构建|形成|创新)");
    /** 它包括, 其核心组成是: a pronoun standing for the whole may open the cue's clause. */
    private static final Pattern CUE_LEAD = Pattern.compile("^[，,：:]?(?:它|其|其下|该机制|这一机制|之下)?又?$");
    /** 包括四个方面，即…; 分为三类： the parts counted before they are listed. */
    private static final Pattern COUNTED_BEFORE_PARTS = Pattern.compile(
            "^[两二三四五六七八九十\\d]+(?:个|项|类|种|大)(?:方面|部分|机制|内容|板块)?[，,：:]?(?:即|分别是|分别为)?$");
    /** 健全X机制，以A机制、B机制为重点: the parts between 以 and 为重点. */
    private static final Pattern AS_FOCUS_LEAD = Pattern.compile("^[，,]?(?:要|应)?以$");
    /** X机制由A机制、B机制和C机制(三部分)组成; 建立X机制，由A机制…组成 (the next clause, with no subject of its own). */
    private static final Pattern MADE_OF_LEAD = Pattern.compile("^(?:[，,](?:它|其|该机制|这一机制)?)?(?:应|须|需|要|将|可|拟)?(?:主要|共|大致|大体|基本上?)?由$");
    /** 以A机制、B机制和C机制为重点，完善X机制: the parts first, the whole set up in the next clause. */
    private static final Pattern FOCUS_THEN_WHOLE = Pattern.compile(
            "^(?:等)?为(?:重点|主要内容|核心内容|核心|主体|支柱|主要抓手)[，,](?:进一步|着力|加快|全面)?(?:建立|健全|完善|构建|形成|创新)(?:好)?$");
    /** …组成 after the parts, perhaps counted and named by what they are: 三部分, 三项机制, 三个层级, 四个环节. */
    private static final Pattern MADE_OF = Pattern.compile("^(?:等)?(?:[两二三四五六七八九十\\d]+(?:个|项|类|大)?\\p{IsHan}{0,3}?)?(?:共同)?(?:组成|构成)");
    /** 在港桂高层会晤机制之下，两地先后建立了A机制和B机制: what is set up within a mechanism's frame is part of it. */
    private static final Pattern SET_UP_WITHIN = Pattern.compile(
            "^(?:之下|框架下|框架内|下)[，,]?[^。；：:]{0,12}?(?:建立|设立|增设|组建|构建|新设|建成|形成)(?:了|起)?$");
    /**
     * 把沪港、京港…四个合作会议机制纳入统一的区域合作统筹机制: the mechanisms listed and drawn into a whole are its parts
     * (将上述机制纳入…, one anaphor, lists none).
     */
    private static final Pattern DRAWN_INTO = Pattern.compile(
            "^(?:[两二三四五六七八九十\\d]+[项个类种](?:\\p{IsHan}{0,6}机制)?|等(?:机制)?)?(?:统一|逐步|全部|一并)?(?:纳入|整合进|整合到|整合为|归入)(?:到|进)?(?:统一的|一个|新的)?$");
    /** 建立了A机制、B机制和C机制，并把它们统一纳入X机制: the pronoun stands for the parts just listed. */
    private static final Pattern THEM_DRAWN_INTO = Pattern.compile(
            "^(?:等)?[，,](?:并|再|还|又)?(?:把|将)(?:它们|这些机制|这几项机制)(?:统一|逐步|全部|一并)?(?:纳入|整合进|整合到|整合为|归入)(?:到|进)?(?:统一的|一个|新的)?$");
    private static final Pattern IN_ITS_FRAME = Pattern.compile(
            "^[，,](?:并|要|还)?在其(?:之下|框架下|框架内|下)[，,]?[^。；：:]{0,12}?(?:建立|设立|增设|组建|构建|新设|建成|形成)(?:了|起)?$");
    private static final Pattern AS_FOCUS = Pattern.compile("^(?:等)?为(?:重点|主要内容|核心内容|核心|主体|支柱|主要抓手)");
    /** 上述两项机制是沿边开放合作机制的基础性组成部分: the parts, 是, the whole, 的…组成部分. */
    private static final Pattern IS_A_PART = Pattern.compile("^(?:均|都|也|同|共同)?(?:是|为|作为|属于)$");
    private static final Pattern PART_ROLE = Pattern.compile("^的[^，。；]{0,5}?(?:组成部分|有机组成|子机制)");
    /** 上述三项机制共同构成黄河流域协同治理机制: the parts first, then the whole (strategies and areas too: SentenceRules). */
    static final Pattern COMPOSE = Pattern.compile("^(?:共同|一起|一并)?(?:构成|组成)了?(?:我省|我市|我区|本省|本市|全省|全市)?$"); // 构成我省…机制
    /** X机制大体包括三项内容：一是A机制，…；二是B机制…: a cue and a colon after the whole, then its numbered parts. */
    private static final Pattern ORDINAL_LEAD = Pattern.compile("^[^。；：:]{0,10}?(?:包括|包含|涵盖|主要有|分为|由)[^。；：:]{0,10}[：:]");
    private static final Pattern ORDINAL = Pattern.compile("(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,]?|第[一二三四五六七八九十][，,])");

    /** A mechanism within the first characters of a sentence is what the sentence is about (完善X机制要…). */
    private static final int SUBJECT_REACH = 4;

    private final EntityRegistry registry;
    private final RelationCollector out;
    private final RuleBook rules;
    private Mention previousSubject;
    private String previousSentence;

    CompositionRules(EntityRegistry registry, RelationCollector out, RuleBook rules) {
        this.registry = registry;
        this.out = out;
        this.rules = rules;
    }

    void apply(AnnotatedSentence s) {
        String text = s.text();
        List<Mention> mechanisms = s.of(EntityType.Mechanism);
        continuedFromSubject(s, mechanisms);
        aspects(s, mechanisms);
        ordinalParts(s, mechanisms);
        partsFirst(s, mechanisms);
        for (int i = 0; i + 1 < mechanisms.size(); i++) {
            Mention whole = mechanisms.get(i);
            Mention first = mechanisms.get(i + 1);
            if (first.start() < whole.end()) {
                continue;
            }
            String between = text.substring(whole.end(), first.start());
            // 东西部协作机制主要面向…，重点健全A、B和C: the sentence is about the whole, and a later clause lists its parts
            boolean subject = whole.start() <= SUBJECT_REACH && i == 0;
            int cueAt = subject ? clauseOpeningCue(between) : cueOffset(between);
            List<Mention> parts = run(text, mechanisms, i + 1);
            String afterParts = text.substring(parts.get(parts.size() - 1).end());
            boolean focus = AS_FOCUS_LEAD.matcher(between).matches() && AS_FOCUS.matcher(afterParts).lookingAt()
                    || MADE_OF_LEAD.matcher(between).matches() && MADE_OF.matcher(afterParts).lookingAt()
                    || whole.start() > 0 && text.charAt(whole.start() - 1) == '在' && SET_UP_WITHIN.matcher(between).matches()
                    || IN_ITS_FRAME.matcher(between).matches(); // 完善X机制，在其框架下建立A机制、B机制
            if (cueAt < 0 && !focus) {
                continue;
            }
            for (Mention part : parts) {
                out.add(RelationType.PART_OF, entity(part), entity(whole), Method.ENUMERATION, s.id());
            }
            i += parts.size();
        }
    }

    /**
     * 完善实施区域协调发展战略机制要…。重点构建A机制、B机制…等七个方面的政策机制: a sentence that opens with a composition cue
     * lists the parts of the mechanism the previous sentence opened with.
     */
    private void continuedFromSubject(AnnotatedSentence s, List<Mention> mechanisms) {
        Mention whole = previousSubject;
        String wholeSentence = previousSentence;
        List<Mention> own = mechanisms;
        int reach = SUBJECT_REACH + Clauses.itemNumberEnd(s.text()); // （五）完善东西部协作机制。重点完善…
        previousSubject = own.isEmpty() || own.get(0).start() > reach ? null : own.get(0);
        previousSentence = s.id();
        if (whole == null || own.isEmpty()) {
            return;
        }
        // the cue opens the sentence, or a clause after one that names no mechanism (围绕服务…两地发展，重点完善…)
        int at = 0;
        String cue = RuleBook.at(s.text(), 0, rules.compositionCues());
        for (int i = s.text().indexOf('，'); cue == null && i >= 0 && i < own.get(0).start(); i = s.text().indexOf('，', i + 1)) {
            at = i + 1;
            cue = RuleBook.at(s.text(), at, rules.compositionCues());
        }
        if (cue == null || own.get(0).start() < at || own.get(0).start() - at - cue.length() > 4) {
            return;
        }
        List<Mention> parts = run(s.text(), own, 0);
        for (Mention part : parts) {
            if (!part.entityId().equals(whole.entityId())) {
                out.add(RelationType.PART_OF, entity(part), entity(whole), Method.ENUMERATION, s.id(), wholeSentence);
            }
        }
    }

    /**
     * 建立…区域协调发展新机制，在建立A机制、B机制等方面取得突破，在完善C机制、深化D机制等方面取得新进展: the mechanisms of each
     * 在…等方面 span are parts of the mechanism the sentence sets up before them.
     */
    private void aspects(AnnotatedSentence s, List<Mention> mechanisms) {
        if (mechanisms.size() < 3) {
            return;
        }
        Matcher span = ASPECTS.matcher(s.text());
        while (span.find()) {
            int start = span.start();
            int end = span.end();
            Mention whole = mechanisms.stream().filter(m -> m.end() <= start).findFirst().orElse(null);
            if (whole == null || !SETS_UP.matcher(s.text().substring(Math.max(0, whole.start() - 24), whole.start())).find()) {
                continue;
            }
            List<Mention> parts = mechanisms.stream().filter(m -> m.start() >= start && m.end() <= end
                    && !m.entityId().equals(whole.entityId())).toList();
            if (parts.size() >= 2) {
                parts.forEach(part -> out.add(RelationType.PART_OF, entity(part), entity(whole), Method.ENUMERATION, s.id()));
            }
        }
    }

    /** A、B和C(共同)构成D机制, 以A、B和C为重点，完善D机制: each listed mechanism PART_OF the one after the verb. */
    private void partsFirst(AnnotatedSentence s, List<Mention> mechanisms) {
        String text = s.text();
        for (int i = 0; i < mechanisms.size(); ) {
            List<Mention> parts = run(text, mechanisms, i);
            Mention last = parts.get(parts.size() - 1);
            int next = i + parts.size();
            if (next < mechanisms.size() && mechanisms.get(next).start() >= last.end()
                    && (COMPOSE.matcher(text.substring(last.end(), mechanisms.get(next).start())).matches()
                        || IS_A_PART.matcher(text.substring(last.end(), mechanisms.get(next).start())).matches()
                        && PART_ROLE.matcher(text.substring(mechanisms.get(next).end())).lookingAt()
                        || text.substring(0, parts.get(0).start()).matches(".*[把将]$") && parts.stream().map(Mention::start).distinct().count() >= 2
                        && DRAWN_INTO.matcher(text.substring(last.end(), mechanisms.get(next).start())).matches()
                        || parts.stream().map(Mention::start).distinct().count() >= 2
                        && THEM_DRAWN_INTO.matcher(text.substring(last.end(), mechanisms.get(next).start())).matches()
                        || text.substring(0, parts.get(0).start()).endsWith("以")
                        && FOCUS_THEN_WHOLE.matcher(text.substring(last.end(), mechanisms.get(next).start())).matches())) {
                Mention whole = mechanisms.get(next);
                parts.stream().filter(p -> !p.entityId().equals(whole.entityId()))
                        .forEach(part -> out.add(RelationType.PART_OF, entity(part), entity(whole), Method.ENUMERATION, s.id()));
            }
            i = next;
        }
    }

    /** The mechanisms listed from {@code first} on, joined by 、/和/及. */
    private static List<Mention> run(String text, List<Mention> mechanisms, int first) {
        List<Mention> parts = new ArrayList<>(List.of(mechanisms.get(first)));
        for (int j = first + 1; j < mechanisms.size(); j++) {
            Mention previous = parts.get(parts.size() - 1);
            if (mechanisms.get(j).start() == previous.start()) {
                parts.add(mechanisms.get(j)); // an anaphor stands for several mechanisms at one place
                continue;
            }
            if (mechanisms.get(j).start() < previous.end()
                    || !LIST_JOIN.matcher(text.substring(previous.end(), mechanisms.get(j).start())).matches()) {
                break;
            }
            parts.add(mechanisms.get(j));
        }
        return parts;
    }

    /** Where the composition cue stands in the text between the whole and its first part, or -1. */
    private int cueOffset(String between) {
        for (String cue : rules.compositionCues()) {
            int at = between.indexOf(cue);
            String after = at < 0 ? "" : between.substring(at + cue.length());
            if (at >= 0 && CUE_LEAD.matcher(between.substring(0, at)).matches()
                    && (after.length() <= 4 || COUNTED_BEFORE_PARTS.matcher(after).matches())) {
                return at;
            }
        }
        return -1;
    }

    /** A composition cue that opens the last clause before the first part (the text between may hold other clauses). */
    private int clauseOpeningCue(String between) {
        int direct = cueOffset(between);
        if (direct >= 0) {
            return direct;
        }
        int lastBreak = Math.max(between.lastIndexOf('，'), between.lastIndexOf(','));
        if (lastBreak < 0 || between.substring(0, lastBreak).contains("机制")) {
            return -1;
        }
        int at = cueOffset(between.substring(lastBreak));
        return at < 0 ? -1 : lastBreak + at;
    }

    private void ordinalParts(AnnotatedSentence s, List<Mention> mechanisms) {
        String text = s.text();
        for (Mention whole : mechanisms) {
            Matcher lead = ORDINAL_LEAD.matcher(text.substring(whole.end()));
            if (!lead.lookingAt()) {
                continue;
            }
            Matcher ordinal = ORDINAL.matcher(text).region(whole.end() + lead.end(), text.length());
            while (ordinal.find()) {
                int at = ordinal.end();
                mechanisms.stream().filter(m -> m.start() >= at && m.start() - at <= 2).findFirst()
                        .ifPresent(part -> out.add(RelationType.PART_OF, entity(part), entity(whole), Method.ENUMERATION, s.id()));
            }
            return;
        }
    }

    private Entity entity(Mention m) {
        return registry.get(m.entityId());
    }
}
