package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
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
 * A helper is not served by the mechanisms of its sentence, and a pair that assists does not also cooperate. Pair lists
 * (A与B、C与D; 分别与) are {@link PairRules}'.
 */
final class AssistanceRules {

    /** 北京市在新疆和田地区援建…, 东部省份向西部省份投入财政援助资金: the recipients stand between 在/向 and the cue. */
    private static final Pattern PLACE_MARKER = Pattern.compile("^(?:今年|近年来|多年来|持续|继续)?[在向]$");

    /** 宝坻区援永登县，宁河区助榆中县: a one-character verb of help right between two places, where help is spoken of. */
    private static final Pattern SHORT_HELP = Pattern.compile("[" + PlaceNames.ONE_CHARACTER_HELP + "]");

    private final EntityRegistry registry;
    private final RelationCollector out;
    private final MentionRuns runs;
    private final RuleBook rules;
    private final HelpLists lists;
    private final HelpWriter writer;
    private final PairRules pairs;
    private final HelpNouns nouns;

    /** @param aboutHelp whether the document's title speaks of help (山东省…东西部协作…的通知): its 结对 pairs help */
    AssistanceRules(EntityRegistry registry, RelationCollector out, MentionRuns runs, Gazetteer gazetteer, RuleBook rules, boolean aboutHelp) {
        this.registry = registry;
        this.out = out;
        this.runs = runs;
        this.rules = rules;
        this.lists = new HelpLists(registry, rules);
        this.writer = new HelpWriter(registry, out, gazetteer);
        this.pairs = new PairRules(out, rules, lists, writer, aboutHelp);
        this.nouns = new HelpNouns(rules, lists, writer);
    }

    void apply(AnnotatedSentence s) {
        List<Mention> regions = distinctSpans(runs.withoutQualifiers(s.of(EntityType.Region)));
        cues(s, regions);
        pairs.apply(s, regions);
        sides(s, regions);
        recipientsOnly(s, regions);
        abbreviatedPairs(s);
        nouns.apply(s, regions);
        shortHelp(s, regions);
    }

    private void shortHelp(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        if (RuleBook.firstIn(text, rules.pairAssistanceCues()) == null && !text.contains("结对")) {
            return;
        }
        for (int i = 0; i + 1 < regions.size(); i++) {
            Mention helper = regions.get(i);
            Mention recipient = regions.get(i + 1);
            if (recipient.start() == helper.end() + 1 && SHORT_HELP.matcher(text.substring(helper.end(), recipient.start())).matches()) {
                writer.assist(s, helper, recipient);
            }
        }
    }

    /** 闽宁协作、沪滇协作等结对帮扶: a two-province abbreviation working together where help is spoken of. */
    private void abbreviatedPairs(AnnotatedSentence s) {
        String text = s.text();
        if (RuleBook.firstIn(text, rules.pairAssistanceCues()) == null) {
            return;
        }
        List<Mention> regions = s.of(EntityType.Region);
        for (int i = 0; i + 1 < regions.size(); i++) {
            Mention a = regions.get(i);
            Mention b = regions.get(i + 1);
            boolean pair = a.start() == b.start() && a.end() == b.end() && a.end() - a.start() == 2
                    && (i + 2 >= regions.size() || regions.get(i + 2).start() != a.start());
            if (pair && (text.startsWith("协作", a.end()) || text.startsWith("帮扶", a.end()) || text.startsWith("结对", a.end()))) {
                boolean secondHelps = writer.inEast(b) && !writer.inEast(a);
                writer.assist(s, secondHelps ? b : a, secondHelps ? a : b);
            }
        }
    }

    /**
     * 健全对口支援机制，保持对口支援西藏、新疆的结对关系; 保持西藏、新疆受援关系: help named without a helper still says who
     * receives it, and the mechanisms before it serve them.
     */
    private void recipientsOnly(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        List<Mention> mechanisms = s.of(EntityType.Mechanism);
        if (mechanisms.isEmpty()) {
            return;
        }
        for (int offset = 0; offset < text.length(); offset++) {
            String cue = RuleBook.at(text, offset, rules.assistanceCues());
            List<Mention> recipients = List.of();
            int at = offset;
            if (cue != null && regions.stream().noneMatch(r -> r.end() <= at && at - r.end() <= 6 && Clauses.indexAt(text, r.end()) == Clauses.indexAt(text, at))) {
                recipients = lists.runAfter(text, regions, offset + cue.length());
            } else if (text.startsWith("受援", offset)) {
                int last = -1;
                for (int i = 0; i < regions.size(); i++) {
                    if (regions.get(i).end() == offset) {
                        last = i;
                    }
                }
                recipients = last < 0 ? List.of() : lists.runBackFrom(text, regions, last);
            }
            for (Mention recipient : recipients) {
                for (Mention other : recipients) { // recipients of one help do not cooperate for it
                    out.removeStatedIn(RelationType.COOPERATES_WITH, writer.entity(recipient).id(), writer.entity(other).id(), s.id());
                }
                for (Mention mechanism : mechanisms) {
                    if (mechanism.end() <= Math.min(offset, recipient.start())) {
                        out.add(RelationType.SERVES, registry.get(mechanism.entityId()), writer.entity(recipient), Method.TRIGGER, s.id());
                    }
                }
            }
            if (cue != null) {
                offset += cue.length() - 1;
            }
        }
    }

    /** 北京市、天津市与内蒙古自治区扶贫协作: a list on one side of 与, a list on the other, then help said of them. */
    private void sides(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        for (int i = 0; i + 1 < regions.size(); i++) {
            if (!rules.pairJoiners().contains(between(text, regions.get(i), regions.get(i + 1)))) {
                continue;
            }
            List<Mention> left = lists.runBackFrom(text, regions, i);
            List<Mention> right = lists.runAfter(text, regions, regions.get(i + 1).start());
            if (left.size() < 2 && right.size() < 2) {
                continue; // a lone pair is pairs()' business
            }
            int after = right.get(right.size() - 1).end();
            String rest = text.substring(after, Math.min(Clauses.endOf(text, after), after + 8));
            String cue = RuleBook.firstIn(rest, rules.pairAssistanceCues());
            if (cue == null || rest.indexOf(cue) > 4 || pairedElsewhere(text, regions, left, right)) {
                continue;
            }
            boolean rightHelps = writer.inEast(right.get(0)) && !writer.inEast(left.get(0));
            List<Mention> helpers = rightHelps ? right : left;
            for (Mention helper : helpers) {
                for (Mention recipient : rightHelps ? left : right) {
                    writer.assist(s, helper, recipient);
                }
                for (Mention other : helpers) {
                    out.removeStatedIn(RelationType.COOPERATES_WITH, writer.entity(helper).id(), writer.entity(other).id(), s.id());
                }
            }
        }
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
                if (cue == null || !HelpLists.HELPER_GAP.matcher(text.substring(last.end(), offset)).matches()) {
                    continue;
                }
                List<Mention> helpers = lists.runBackFrom(text, regions, i);
                List<Mention> recipients = lists.runAfter(text, regions, offset + cue.length());
                if (text.substring(last.end(), offset).contains("分别") && helpers.size() > 1 && helpers.size() == recipients.size()) {
                    // 佛山市、东莞市分别对口帮扶梧州市和贺州市: the first helps the first, the second the second
                    for (int k = 0; k < helpers.size(); k++) {
                        writer.assist(s, helpers.get(k), recipients.get(k));
                    }
                    break;
                }
                for (Mention helper : helpers) {
                    for (Mention recipient : recipients) {
                        writer.assist(s, helper, recipient);
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
        List<Mention> recipients = lists.runAfter(text, regions, first.start());
        int after = recipients.get(recipients.size() - 1).end();
        int clauseEnd = Clauses.endOf(text, after);
        String rest = text.substring(after, Math.min(clauseEnd, after + 12));
        if (RuleBook.firstIn(rest, rules.assistanceCues()) == null) {
            return false;
        }
        for (Mention h : lists.runBackFrom(text, regions, helperIndex)) {
            for (Mention recipient : recipients) {
                writer.assist(s, h, recipient);
            }
        }
        return true;
    }

    static String between(String text, Mention a, Mention b) {
        return b.start() >= a.end() ? text.substring(a.end(), b.start()) : "";
    }

    /** 福建与宁夏、浙江与四川…: a side that runs into another pair is a chain of pairs, not two sides. */
    private boolean pairedElsewhere(String text, List<Mention> regions, List<Mention> left, List<Mention> right) {
        int first = regions.indexOf(left.get(0));
        int last = regions.indexOf(right.get(right.size() - 1));
        boolean before = first > 0 && rules.pairJoiners().contains(between(text, regions.get(first - 1), left.get(0)));
        boolean after = last + 1 < regions.size() && rules.pairJoiners().contains(between(text, right.get(right.size() - 1), regions.get(last + 1)));
        boolean inside = left.size() > 1 && rules.pairJoiners().contains(between(text, left.get(left.size() - 2), left.get(left.size() - 1)))
                || right.size() > 1 && rules.pairJoiners().contains(between(text, right.get(0), right.get(1)));
        long joinersInRuns = java.util.stream.Stream.of(left, right).flatMap(r -> java.util.stream.IntStream.range(0, r.size() - 1)
                .mapToObj(k -> between(text, r.get(k), r.get(k + 1)))).filter(j -> !"、".equals(j) && !"和".equals(j) && !"及".equals(j)).count();
        return before || after || inside || joinersInRuns > 0 || sidesShareAPairLater(text, regions, last);
    }

    private boolean sidesShareAPairLater(String text, List<Mention> regions, int last) {
        int clause = Clauses.indexAt(text, regions.get(last).start());
        for (int k = last + 1; k + 1 < regions.size() && Clauses.indexAt(text, regions.get(k + 1).start()) == clause; k++) {
            if ("与".equals(between(text, regions.get(k), regions.get(k + 1)))) {
                return true;
            }
        }
        return false;
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
}
