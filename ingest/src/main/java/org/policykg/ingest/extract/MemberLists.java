package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.model.RelationType;

/**
 * The members a list names from a given offset (A、B和C; groups by city after commas; A（含B）) and their PART_OF the
 * whole: what {@link MembershipRules} and {@link BelongingRules} share.
 */
final class MemberLists {

    private static final Pattern AFTER_CUE = Pattern.compile("^(?:了|的|有|到|至)?(?:我省|我市|本省|本市)?$");
    /** Right after a listed place, a smaller place it holds and nothing else before the next separator. */
    private static final Pattern QUALIFIED_PLACE = Pattern.compile("[\\p{IsHan}&&[^、，。；：和与及的等一二三四五六七八九十两几多各全省]]{2,10}[市县旗镇乡](?=[、，。；]|$)");
    /** 西安市全域（含西咸新区）: the place in brackets is part of the one before. */
    private static final Pattern INCLUDED = Pattern.compile("^(?:全域|全境)?[（(](?:含|包括|包含)$");
    private static final Pattern COUNTED_AND = Pattern.compile("^(?:等|等?[\\d一二三四五六七八九十两]+个?)[\\p{IsHan}&&[^，、；。和及与的]]{0,4}?"
            + "(?:省区|省市|省份|省|市|城市|地区|县|区|都市圈|城市群)(?:[（(][^）)]{0,24}[）)])?[，,]?(?:和|及|以及)$");
    /** …万州、涪陵等区县，四川省成都、自贡…: a group closed by its kind, and the next group after a comma (maybe its province). */
    private static final Pattern COUNTED_NEXT = Pattern.compile("^等?[\\d一二三四五六七八九十两]*个?(?:区县|县市|县区|区|县|市|城市|地市)[，,]"
            + "(?:(?![是为全我本])\\p{IsHan}{1,6}?(?:省|自治区))?$"); // not 等市，是全省…
    private static final Pattern NEXT_GROUP = Pattern.compile("^(?:全域|全境)?(?:（[^）]{0,16}）)?[，,]$");
    /** Between members: 、和与及, and 九江市、抚州市全域，以及宜春市的…: a list that goes on after a pause. */
    private static final Pattern LIST_JOIN = Pattern.compile("^(?:(?:全域|全境)?[，,]?(?:以及|和|及)|、|与|、以及)(?:我省|我市|本省|本市|(?:与之|与其)?(?:联系紧密|紧密联系|周边|相邻|毗邻)的)?$");
    /** 宜春市的丰城市, 红河州北部的蒙自, 广东段的梅州市: the places after it are the place's (or of one part of it). */
    private static final Pattern OF_OWNER = Pattern.compile("^(?:[东西南北中]{1,2}部|段)?的$");
    private static final Pattern COUNT_ONLY = Pattern.compile("^等?[\\d一二三四五六七八九十两]+个?$");
    /** 吉林市所辖桦甸市、磐石市: the places after it are the city's, listed instead of it. */
    private static final Pattern GOVERNS = Pattern.compile("所辖|下辖|辖");

    private final EntityRegistry registry;
    private final RelationCollector out;

    MemberLists(EntityRegistry registry, RelationCollector out) {
        this.registry = registry;
        this.out = out;
    }

    /**
     * The members listed from {@code from} on: A、B和C; a counted group going on with another (…九省区和香港, 三个都市圈，以及襄阳);
     * the places of the next city after a comma (，咸阳市秦都区、杨陵区); the places of a city after 的 (宜春市的丰城市、樟树市);
     * and A（含B）, which also makes B part of A.
     */
    List<Mention> members(AnnotatedSentence s, List<Mention> regions, int from) {
        String text = s.text();
        List<Mention> members = new ArrayList<>();
        for (Mention m : regions) {
            Mention last = members.isEmpty() ? null : members.get(members.size() - 1);
            if (m.start() < from) {
                continue;
            }
            if (last != null && m.start() == last.start()) {
                members.add(m);
                continue;
            }
            String gap = text.substring(from, m.start());
            if (last != null && COUNT_ONLY.matcher(gap).matches() && entity(m).kind() == RegionKind.Board && text.startsWith("省", m.end())) {
                continue; // …甘肃十二个西部省区市，以及海南: the board names the group's kind, the list goes on after it
            }
            if (last != null && INCLUDED.matcher(gap).matches()) {
                out.add(RelationType.PART_OF, entity(m), entity(last), Method.ENUMERATION, s.id());
                int close = text.indexOf(gap.contains("(") ? ')' : '）', m.end());
                from = close < 0 || close - m.end() > 16 ? m.end() : close + 1;
                continue;
            }
            boolean joined = (last == null ? AFTER_CUE : LIST_JOIN).matcher(gap).matches()
                    || last != null && (COUNTED_AND.matcher(gap).matches() || COUNTED_NEXT.matcher(gap).matches() || nextGroup(gap, m) || OF_OWNER.matcher(gap).matches() || GOVERNS.matcher(gap).matches()
                    || NEXT_GROUP.matcher(gap).matches() && text.startsWith("的", m.end())); // ，九江市的濂溪区…
            if (!joined) {
                break;
            }
            members.add(m);
            from = m.end();
        }
        if (!members.isEmpty() && PART_ONLY.matcher(text).region(members.get(members.size() - 1).end(), text.length()).lookingAt()) {
            // …，以及兰州市、白银市的部分县区: only parts of the last group's places are members
            int first = members.size() - 1;
            while (first > 0 && "、".equals(text.substring(members.get(first - 1).end(), Math.max(members.get(first - 1).end(), members.get(first).start())))) {
                first--;
            }
            members.subList(first, members.size()).clear();
        }
        return members;
    }

    /** …的部分县区; 江西、湖南两省的23个县: only places inside the last group's are members. */
    private static final Pattern PART_ONLY = Pattern.compile("(?:[两二三四五六七八九十\\d]+个?(?:省区|省市|省|市|州|地)的[两二三四五六七八九十\\d]+个|的?(?:部分|个别|少数))");

    void partOf(AnnotatedSentence s, List<Mention> members, Mention whole) {
        for (int i = 0; i < members.size(); i++) {
            Mention member = members.get(i);
            boolean placesOfIt = i + 1 < members.size() && members.get(i + 1).start() > member.end()
                    && OF_OWNER.matcher(s.text().substring(member.end(), members.get(i + 1).start())).matches();
            if (placesOfIt && entity(member).kind() != RegionKind.City) {
                continue; // 内蒙古自治区东部的呼伦贝尔市…: the area says where its places are, it is not listed whole
            }
            // members come in the order found, which is not always the order written (a whole before its parts)
            boolean governs = i + 1 < members.size() && members.get(i + 1).start() >= member.end()
                    && GOVERNS.matcher(s.text().substring(member.end(), members.get(i + 1).start())).matches();
            if (placesOfIt || governs) {
                for (int j = i + 1; j < members.size() && (j == i + 1 || sameGroup(s.text(), members.get(j - 1), members.get(j))); j++) {
                    out.add(RelationType.PART_OF, entity(members.get(j)), entity(member), Method.ENUMERATION, s.id());
                }
                // 吉林市所辖桦甸市、磐石市; 海南藏族自治州的同德县、兴海县: the places listed are the city's; the city says where
                // they are and is not listed whole
                continue;
            }
            if (QUALIFIED_PLACE.matcher(s.text()).region(member.end(), s.text().length()).lookingAt()) {
                continue; // 海西蒙古族藏族自治州格尔木市唐古拉山镇: the listed place is the town, named with where it lies
            }
            out.add(RelationType.PART_OF, entity(member), entity(whole), Method.ENUMERATION, s.id());
        }
    }

    /** 所辖漠河市、塔河县和呼玛县: the next place goes on with the group, after 和 only where it is a place of the same kind. */
    private boolean sameGroup(String text, Mention previous, Mention next) {
        if (next.start() < previous.end()) {
            return false;
        }
        String gap = text.substring(previous.end(), next.start());
        boolean qualifies = text.startsWith("的", next.end()) || GOVERNS.matcher(text).region(next.end(), text.length()).lookingAt();
        return !qualifies && ("、".equals(gap) || (gap.equals("和") || gap.equals("及")) && entity(previous).kind() == entity(next).kind());
    }

    /**
     * 西安市全域（含西咸新区），咸阳市秦都区、杨陵区…，铜川市耀州区: after a comma the list goes on with the places of the
     * next city, written with that city first.
     */
    private boolean nextGroup(String gap, Mention next) {
        return NEXT_GROUP.matcher(gap).matches() && !next.surface().startsWith(entity(next).name().substring(0, Math.min(2, entity(next).name().length())));
    }

    private Entity entity(Mention m) {
        return registry.get(m.entityId());
    }
}
