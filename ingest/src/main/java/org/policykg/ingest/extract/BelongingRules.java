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

/**
 * Membership stated with a verb of belonging after the members: 龙岩、梅州两市同属原中央苏区; 百色、崇左同时属于边境地区和
 * 革命老区; 吉林省地处东北地区中部; and places drawn in: 其后又把玉林、崇左纳入规划范围.
 */
final class BelongingRules {

    /** 龙岩、梅州两市同属原中央苏区: the listed places before the verb are part of the area after it. */
    private static final Pattern BELONG = Pattern.compile("^(?:[两二三四五六七八九十\\d]+(?:省区|省市|省|市|县|区|地))?(?:等地|等(?:[县市区旗]{1,2}(?:[（(][县市区旗]{1,2}[）)])?)?)?(?:同属|均属|都属|同属于|均属于|都属于|同时属于|也属于|还属于|均位于|同处|属于|地处|位于|均地处)(?:国家级?|全国)?$");
    /** 同时属于边境地区和革命老区: the areas joined after the first one the verb names. */
    private static final Pattern WHOLES_JOIN = Pattern.compile("^(?:和|及|以及|、|与)$");
    /** 其后又把玉林、崇左纳入规划范围: places drawn into the area the sentence is about (or the area named after the verb). */
    private static final Pattern DRAWN_IN = Pattern.compile("^(?:等?[^，。；]{0,4}?)?(?:整体|全部|均|已|先后)?(?:纳入|划入|列入)(?:了)?");
    private static final java.util.Set<RegionKind> ADMINISTRATIVE = java.util.EnumSet.of(RegionKind.Board, RegionKind.Province,
            RegionKind.City, RegionKind.MacroRegion);
    /** Areas the gazetteer knows that a place lies in as a part (万州区地处三峡库区腹地), not only by location (地处长江上游). */
    private static final java.util.Set<RegionKind> KNOWN_AREAS = java.util.EnumSet.of(RegionKind.SpecialArea, RegionKind.CityCluster);
    /** 地处鄂豫皖三省交界地带: where areas meet, inside none of them. */
    private static final Pattern JUNCTION = Pattern.compile("^(?:[两二三四五六七八九](?:省区市|省市|省区|省|市|县))?(?:交界|交汇|结合部|接合部|毗邻|接壤)");
    /** 吉林省地处东北地区中部, 雄安新区位于河北省: one place, the clause's subject, in the area after the verb. */
    private static final Pattern LIES_IN = Pattern.compile("^(?:属于|地处|位于)(?:国家级?|全国)?$"); // 属于国家重点生态功能区

    /** 四县均属喀什地区: the places a count points back to lie in the area after the verb. */
    private static final Pattern COUNTED_BELONG = Pattern.compile("[两二三四五六七八九](?:县|市|区|旗|省|地)(?:均|都|同|皆|也)?(?:属于|属|位于|地处)");

    private static final Pattern OWN_PLACE_LEAD = Pattern.compile("^(?:我省|我市|我区|本省|本市|全省)?(?:的)?$");

    /** 同属和田地区的策勒县、于田县: the verb and the area before the places that belong to it. */
    private static final Pattern BELONGING_BEFORE = Pattern.compile("(?:同属|均属|都属|同属于|均属于|都属于|隶属于|隶属)$");

    private final EntityRegistry registry;
    private final MentionRuns runs;
    private final MemberLists lists;
    private final PartyAnaphora parties;

    BelongingRules(EntityRegistry registry, MentionRuns runs, MemberLists lists) {
        this.registry = registry;
        this.runs = runs;
        this.lists = lists;
        this.parties = new PartyAnaphora(runs, registry);
    }

    void apply(AnnotatedSentence s, List<Mention> regions) {
        belongTo(s, regions);
        belongingFirst(s, regions);
        drawnIn(s, regions);
        countedBelong(s, regions);
        parties.remember(s);
    }

    private void countedBelong(AnnotatedSentence s, List<Mention> regions) {
        Matcher m = COUNTED_BELONG.matcher(s.text());
        while (m.find()) {
            PartyAnaphora.Resolved counted = parties.at(s, m.start(), true);
            int verbEnd = m.end();
            if (counted != null) {
                regions.stream().filter(r -> r.start() == verbEnd).findFirst()
                        .filter(whole -> !JUNCTION.matcher(s.text().substring(whole.end())).lookingAt())
                        .ifPresent(whole -> lists.partOf(s, counted.parties(), whole));
            }
        }
    }

    /**
     * 其后又把玉林、崇左纳入规划范围 (the area the sentence opens with); 把A、B纳入X (the area after the verb): the places drawn in
     * are part of it.
     */
    private void drawnIn(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        for (int i = 0; i < regions.size(); i++) {
            Mention first = regions.get(i);
            // 把A、B纳入…; 我省A、B等6市纳入… (the list opens its clause)
            String lead = text.substring(Clauses.startOf(text, first.start()), first.start());
            if (!OWN_PLACE_LEAD.matcher(lead).matches() && (first.start() == 0 || "把将".indexOf(text.charAt(first.start() - 1)) < 0)) {
                continue;
            }
            List<Mention> members = lists.members(s, regions, first.start());
            Mention last = members.isEmpty() ? first : members.get(members.size() - 1);
            Matcher verb = DRAWN_IN.matcher(text.substring(last.end()));
            if (members.isEmpty() || !verb.lookingAt()) {
                continue;
            }
            int after = last.end() + verb.end();
            Mention whole = regions.stream().filter(r -> r.start() == after).findFirst()
                    .orElseGet(() -> text.startsWith("规划范围", after) || text.startsWith("范围", after)
                            ? regions.stream().filter(r -> r.start() <= 3 && r.end() < first.start()).findFirst().orElse(null) : null);
            if (whole != null && !PART_OF_WHOLE.matcher(text).region(whole.end(), text.length()).lookingAt()) {
                lists.partOf(s, members.stream().filter(m -> !m.entityId().equals(whole.entityId())).toList(), whole);
            }
        }
    }

    /** 纳入长三角中心区: drawn into one part of the area, which has no name of its own here. */
    private static final Pattern PART_OF_WHOLE = Pattern.compile("中心区|核心区|中心|核心|腹地");

    /** 同属和田地区的策勒县、于田县和民丰县: the area named first, with its verb and 的, then the places in it. */
    private void belongingFirst(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        for (Mention whole : regions) {
            if (whole.end() < text.length() && text.charAt(whole.end()) == '的'
                    && BELONGING_BEFORE.matcher(text.substring(Math.max(0, whole.start() - 3), whole.start())).find()) {
                List<Mention> members = lists.members(s, regions, whole.end() + 1);
                if (!members.isEmpty()) {
                    lists.partOf(s, members, whole);
                }
            }
        }
    }

    private void belongTo(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        for (List<Mention> run : runs.of(s)) {
            Mention last = run.get(run.size() - 1);
            if (last.type() != EntityType.Region) {
                continue;
            }
            boolean subject = run.size() == 1 && Clauses.itemNumberEnd(text.substring(Clauses.startOf(text, last.start())))
                    == last.start() - Clauses.startOf(text, last.start());
            Pattern verb = run.size() >= 2 ? BELONG : subject ? LIES_IN : null;
            if (verb == null) {
                continue;
            }
            regions.stream().filter(r -> r.start() >= last.end() && verb.matcher(text.substring(last.end(), r.start())).matches())
                    .findFirst().map(whole -> wholesFrom(text, regions, whole))
                    // 地处山西、陕西、河南三省接壤处: where areas meet, inside none of them
                    .filter(wholes -> !JUNCTION.matcher(text.substring(wholes.get(wholes.size() - 1).end())).lookingAt())
                    // 地处长江上游, 地处东北亚经济圈中心地带: a location, not a membership, unless the area is administrative
                    .filter(wholes -> verb != LIES_IN || text.startsWith("属于", last.end()) || isAreaOfParts(registry.get(wholes.get(0).entityId())))
                    .ifPresent(wholes -> wholes.forEach(w -> lists.partOf(s, run.stream().filter(m -> m.type() == EntityType.Region).toList(), w)));
        }
    }

    /** The area after a verb of belonging, and those joined to it (同时属于边境地区和革命老区). */
    private static List<Mention> wholesFrom(String text, List<Mention> regions, Mention first) {
        List<Mention> wholes = new ArrayList<>(List.of(first));
        for (Mention r : regions) {
            Mention last = wholes.get(wholes.size() - 1);
            if (r.start() >= last.end() && r != last && WHOLES_JOIN.matcher(text.substring(last.end(), r.start())).matches()) {
                wholes.add(r);
            }
        }
        return wholes;
    }

    private static boolean isAreaOfParts(Entity area) {
        return ADMINISTRATIVE.contains(area.kind()) || KNOWN_AREAS.contains(area.kind()) && area.method() == Method.GAZETTEER;
    }
}
