package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.Mention;

/** How the helpers and the recipients of a help are listed around its cue (read for {@link AssistanceRules}). */
final class HelpLists {

    /** What may stand between helpers and the cue: 等19个省市, 今年, 在劳务协作中, 继续. */
    static final Pattern HELPER_GAP = Pattern.compile(
            "^(?:等[\\d一二三四五六七八九十两]*个?(?:省市|省份|省区|城市|地区)?)?(?:今年|近年来|近年|近几年|多年来)?(?:在[^，；。在]{1,10}中)?"
                    + "(?:分别)?(?:又|也|还|已|先后)?(?:继续|持续|要|将|重点|全面|精准|定点|组织|积极|主动)?(?:做好|开展|实施|推进|深化|加强|做实|接手|承担|负责)?(?:起|了)?"
                    + "(?:在)?$"); // 天津在帮扶甘南州的过程中
    private static final Pattern RECIPIENT_GAP = Pattern.compile("^(?:[^，；。、与和]{0,3}的)?$");
    private static final Pattern RUN_JOIN = Pattern.compile("^(?:、|和|及|以及)$");

    private final EntityRegistry registry;
    private final RuleBook rules;

    HelpLists(EntityRegistry registry, RuleBook rules) {
        this.registry = registry;
        this.rules = rules;
    }

    /** The list of regions ending with {@code regions.get(last)}: 北京、天津 and 上海帮扶… */
    List<Mention> runBackFrom(String text, List<Mention> regions, int last) {
        int first = last;
        while (first > 0 && regions.get(first - 1).end() <= regions.get(first).start()
                && RUN_JOIN.matcher(text.substring(regions.get(first - 1).end(), regions.get(first).start())).matches()
                && !helpedBefore(text, regions.get(first - 1))) {
            first--;
        }
        return regions.subList(first, last + 1);
    }

    /**
     * The list of regions that opens right after {@code offset}, in the same clause, or going on after a comma with the
     * places of the next province (…伊犁哈萨克自治州，西藏自治区拉萨市和…).
     */
    List<Mention> runAfter(String text, List<Mention> regions, int offset) {
        List<Mention> result = new ArrayList<>();
        int clause = Clauses.indexAt(text, offset);
        for (Mention m : regions) {
            if (m.start() < offset || !result.isEmpty() && m.start() < result.get(result.size() - 1).end()) {
                continue; // before the list, or inside the place just taken (a name nested in a longer one)
            }
            if (!result.isEmpty() && helpsOnItsOwn(text, m)) {
                break; // 南昌市帮扶赣州市寻乌县、九江市帮扶吉安市遂川县: the next one is a helper of its own
            }
            if (!result.isEmpty() && "，".equals(text.substring(result.get(result.size() - 1).end(), m.start())) && qualified(m)) {
                clause = Clauses.indexAt(text, m.start());
                result.add(m);
                continue;
            }
            if (Clauses.indexAt(text, m.start()) != clause) {
                continue;
            }
            if (result.isEmpty()) {
                if (!RECIPIENT_GAP.matcher(text.substring(offset, m.start())).matches()) {
                    break;
                }
            } else if ("的".equals(text.substring(result.get(result.size() - 1).end(), m.start()))) {
                result.clear(); // 新疆喀什地区的莎车、泽普…: the places after 的 are the recipients
            } else if (!RUN_JOIN.matcher(text.substring(result.get(result.size() - 1).end(), m.start())).matches()) {
                break;
            }
            result.add(m);
        }
        return result;
    }

    /** Whether an assistance cue stands right before {@code m}: 杭州市帮扶丽水市景宁县、宁波市帮扶…, 景宁县 is helped. */
    boolean helpedBefore(String text, Mention m) {
        String before = text.substring(Math.max(0, m.start() - 4), m.start());
        return rules.assistanceCues().stream().anyMatch(before::endsWith);
    }

    /** Whether an assistance cue follows {@code m} (after 结对 and the like): it is the helper of a help of its own. */
    private boolean helpsOnItsOwn(String text, Mention m) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 8));
        String cue = RuleBook.firstIn(after, rules.assistanceCues());
        return cue != null && HELPER_GAP.matcher(after.substring(0, after.indexOf(cue))).matches();
    }

    /** 西藏自治区拉萨市: a place written after the province it is in. */
    private boolean qualified(Mention m) {
        String name = entity(m).name();
        return !m.surface().startsWith(name.substring(0, Math.min(2, name.length())));
    }

    private Entity entity(Mention m) {
        return registry.get(m.entityId());
    }
}
