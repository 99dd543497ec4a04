package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;

/**
 * Directed help and pair lists inside one sentence:
 * <ul>
 * <li>[helpers] 帮扶/对口支援… [recipients]: 深圳市帮扶广西壮族自治区百色市和河池市 → 深圳 ASSISTS 百色, 河池;</li>
 * <li>pairs A与B、C与D；E与F… : exactly those pairs, ASSISTS (the eastern region of each pair helps) when the sentence
 *     speaks of help (东西部协作, 帮扶), COOPERATES_WITH when it speaks of cooperation.</li>
 * </ul>
 * A helper is not served by the mechanisms of its sentence, and a pair that assists does not also cooperate.
 */
final class AssistanceRules {

    /** What may stand between helpers and the cue: 等19个省市, 今年, 在劳务协作中, 继续. */
    private static final Pattern HELPER_GAP = Pattern.compile(
            "^(?:等[\\d一二三四五六七八九十两]*个?(?:省市|省份|省区|城市|地区)?)?(?:今年|近年来|多年来)?(?:在[^，；。在]{1,10}中)?"
                    + "(?:继续|持续|要|将|重点|全面|精准|定点|组织|积极|主动)?$");
    /** 北京市在新疆和田地区援建…, 东部省份向西部省份投入财政援助资金: the recipients stand between 在/向 and the cue. */
    private static final Pattern PLACE_MARKER = Pattern.compile("^(?:今年|近年来|多年来|持续|继续)?[在向]$");
    private static final Pattern RECIPIENT_GAP = Pattern.compile("^(?:[^，；。、与和]{0,3}的)?$");
    private static final Pattern RUN_JOIN = Pattern.compile("^(?:、|和|及|以及)$");

    private final EntityRegistry registry;
    private final RelationCollector out;
    private final MentionRuns runs;
    private final Gazetteer gazetteer;
    private final RuleBook rules;

    AssistanceRules(EntityRegistry registry, RelationCollector out, MentionRuns runs, Gazetteer gazetteer, RuleBook rules) {
        this.registry = registry;
        this.out = out;
        this.runs = runs;
        this.gazetteer = gazetteer;
        this.rules = rules;
    }

    void apply(AnnotatedSentence s) {
        List<Mention> regions = distinctSpans(runs.withoutQualifiers(s.of(EntityType.Region)));
        cues(s, regions);
        pairs(s, regions);
    }

    private void cues(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        for (int i = 0; i < regions.size(); i++) {
            Mention last = regions.get(i);
            if (markedRecipients(s, regions, i)) {
                continue;
            }
            int clauseEnd = Clauses.endOf(text, last.end());
            for (int offset = last.end(); offset <= Math.min(last.end() + 6, clauseEnd); offset++) {
                String cue = RuleBook.at(text, offset, rules.assistanceCues());
                if (cue == null || !HELPER_GAP.matcher(text.substring(last.end(), offset)).matches()) {
                    continue;
                }
                List<Mention> helpers = runBackFrom(text, regions, i);
                List<Mention> recipients = runAfter(text, regions, offset + cue.length());
                for (Mention helper : helpers) {
                    for (Mention recipient : recipients) {
                        assist(s, helper, recipient);
                    }
                }
                break;
            }
        }
    }

    /** 北京市在新疆和田地区援建…: helpers, 在/向, recipients, then a cue within a few characters in the same clause. */
    private boolean markedRecipients(AnnotatedSentence s, List<Mention> regions, int helperIndex) {
        String text = s.text();
        Mention helper = regions.get(helperIndex);
        if (helperIndex + 1 >= regions.size()) {
            return false;
        }
        Mention first = regions.get(helperIndex + 1);
        if (first.start() < helper.end() || !PLACE_MARKER.matcher(text.substring(helper.end(), first.start())).matches()) {
            return false;
        }
        List<Mention> recipients = runAfter(text, regions, first.start());
        int after = recipients.get(recipients.size() - 1).end();
        int clauseEnd = Clauses.endOf(text, after);
        String rest = text.substring(after, Math.min(clauseEnd, after + 12));
        if (RuleBook.firstIn(rest, rules.assistanceCues()) == null) {
            return false;
        }
        for (Mention h : runBackFrom(text, regions, helperIndex)) {
            for (Mention recipient : recipients) {
                assist(s, h, recipient);
            }
        }
        return true;
    }

    /** The list of regions ending with {@code regions.get(last)}: 北京、天津 and 上海帮扶… */
    private static List<Mention> runBackFrom(String text, List<Mention> regions, int last) {
        int first = last;
        while (first > 0 && regions.get(first - 1).end() <= regions.get(first).start()
                && RUN_JOIN.matcher(text.substring(regions.get(first - 1).end(), regions.get(first).start())).matches()) {
            first--;
        }
        return regions.subList(first, last + 1);
    }

    /** The list of regions that opens right after {@code offset}, in the same clause. */
    private static List<Mention> runAfter(String text, List<Mention> regions, int offset) {
        List<Mention> result = new ArrayList<>();
        int clause = Clauses.indexAt(text, offset);
        for (Mention m : regions) {
            if (m.start() < offset || Clauses.indexAt(text, m.start()) != clause) {
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

    /** Pairs A与B separated by 、，； (at least two pairs, or one pair when the sentence speaks of help). */
    private void pairs(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        String help = RuleBook.firstIn(text, rules.pairAssistanceCues());
        if (help == null && RuleBook.firstIn(text, rules.pairCooperationCues()) == null) {
            return;
        }
        int minimum = help != null ? 1 : 2; // one pair with a cooperation cue is CooperationRules' business
        List<int[]> chain = new ArrayList<>();
        int i = 0;
        while (i + 1 < regions.size()) {
            if (rules.pairJoiners().contains(between(text, regions.get(i), regions.get(i + 1)))) {
                boolean continues = !chain.isEmpty() && lastIndex(chain) == i - 1
                        && rules.pairSeparators().contains(between(text, regions.get(i - 1), regions.get(i)));
                if (!continues) {
                    relatePairs(s, regions, chain, minimum, help != null);
                    chain.clear();
                }
                chain.add(new int[] {i, i + 1});
                int next = i + 2;
                // 江苏省与陕西省、青海省: one region paired with a list, until the next pair begins
                while (next < regions.size() && "、".equals(between(text, regions.get(next - 1), regions.get(next)))
                        && !(next + 1 < regions.size() && rules.pairJoiners().contains(between(text, regions.get(next), regions.get(next + 1))))) {
                    chain.add(new int[] {i, next});
                    next++;
                }
                i = next;
            } else {
                i++;
            }
        }
        relatePairs(s, regions, chain, minimum, help != null);
    }

    private void relatePairs(AnnotatedSentence s, List<Mention> regions, List<int[]> chain, int minimum, boolean help) {
        if (chain.size() < minimum) {
            return;
        }
        if (chain.size() == 1) { // a lone pair helps only when the help is said of it: 北京市与内蒙古自治区结对帮扶
            Mention b = regions.get(chain.get(0)[1]);
            String rest = s.text().substring(b.end(), Clauses.endOf(s.text(), b.end()));
            if (RuleBook.firstIn(rest, rules.pairAssistanceCues()) == null) {
                return;
            }
        }
        for (int[] pair : chain) {
            Mention a = regions.get(pair[0]);
            Mention b = regions.get(pair[1]);
            if (help) {
                boolean secondHelps = inEast(b) && !inEast(a);
                assist(s, secondHelps ? b : a, secondHelps ? a : b);
            } else {
                out.add(RelationType.COOPERATES_WITH, entity(a), entity(b), Method.TRIGGER, s.id());
            }
        }
    }

    private static int lastIndex(List<int[]> chain) {
        return chain.stream().mapToInt(p -> p[1]).max().orElse(-1);
    }

    private static String between(String text, Mention a, Mention b) {
        return b.start() >= a.end() ? text.substring(a.end(), b.start()) : "";
    }

    private boolean inEast(Mention m) {
        String name = entity(m).name();
        return name.equals("东部地区") || gazetteer.isInside(name, "东部地区");
    }

    /** The help, and the mechanisms named before it in the sentence serve the recipient (完善对口支援机制，…帮扶…). */
    private void assist(AnnotatedSentence s, Mention helper, Mention recipient) {
        String sentenceId = s.id();
        Entity from = entity(helper);
        Entity to = entity(recipient);
        out.add(RelationType.ASSISTS, from, to, Method.TRIGGER, sentenceId);
        for (Mention mechanism : s.of(EntityType.Mechanism)) {
            if (mechanism.end() <= helper.start()) {
                out.add(RelationType.SERVES, registry.get(mechanism.entityId()), to, Method.TRIGGER, sentenceId);
            }
        }
        out.helper(from.id(), sentenceId);
        out.removeStatedIn(RelationType.COOPERATES_WITH, from.id(), to.id(), sentenceId);
        out.removeStatedIn(RelationType.COOPERATES_WITH, to.id(), from.id(), sentenceId);
    }

    /** Composite parts share a span; pairs and lists are read over spans, so keep one mention per span. */
    private static List<Mention> distinctSpans(List<Mention> regions) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : regions) {
            if (result.isEmpty() || result.get(result.size() - 1).start() != m.start()) {
                result.add(m);
            }
        }
        return result;
    }

    private Entity entity(Mention m) {
        return registry.get(m.entityId());
    }
}
