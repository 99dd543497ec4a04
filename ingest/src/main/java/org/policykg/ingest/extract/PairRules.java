package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RelationType;

/**
 * Pair lists inside one sentence: A与B、C与D；E与F → exactly those pairs, ASSISTS (the eastern region of each pair helps)
 * when the sentence speaks of help, COOPERATES_WITH when it speaks of cooperation; （一）A、B与C结对 (the places listed
 * before a numbered pair are on its first side); A、B分别与C、D (paired in order) and A分别与B、C (a hub).
 */
final class PairRules {

    private static final Pattern SIDE_COUNT = Pattern.compile("^(?:等)?[\\d一二三四五六七八九十两]+个?(?:区县|县区|县市|城市|省市|[省市区县州旗])");

    /** 结对帮扶关系为：渝中区—城口县，江北区—巫溪县: where help is spoken of, a dash joins a pair (helper first). */
    private static final java.util.Set<String> DASHES = java.util.Set.of("—", "——", "－", "–", "-");

    /** 珠海市还与来宾市开展结对帮扶: an adverb before the pair's joiner. */
    private static final Pattern LEADING_ADVERB = Pattern.compile("^(?:还|也|并|同时|则|又|已)");

    private final RelationCollector out;
    private final RuleBook rules;
    private final HelpLists lists;
    private final HelpWriter writer;
    private final boolean aboutHelp;

    PairRules(RelationCollector out, RuleBook rules, HelpLists lists, HelpWriter writer, boolean aboutHelp) {
        this.out = out;
        this.rules = rules;
        this.lists = lists;
        this.writer = writer;
        this.aboutHelp = aboutHelp;
    }

    /** Pairs A与B separated by 、，； (at least two pairs, or one pair when the sentence speaks of help). */
    void apply(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        String help = RuleBook.firstIn(text, rules.pairAssistanceCues());
        if (help == null && aboutHelp && text.contains("结对") && !text.contains("对口合作")) {
            help = "结对"; // 保持现有结对关系总体稳定，即济南市与…临夏回族自治州、青岛市与…: pairs of help in a document about help
        }
        if (help == null && RuleBook.firstIn(text, rules.pairCooperationCues()) == null) {
            return;
        }
        int minimum = help != null ? 1 : 2; // one pair with a cooperation cue is CooperationRules' business
        if (help != null && respectively(s, regions)) {
            return;
        }
        List<int[]> chain = new ArrayList<>();
        int i = 0;
        while (i + 1 < regions.size()) {
            // 对口支援西部地区和新疆、西藏: recipients after a help word are a list, not a pair
            String joiner = LEADING_ADVERB.matcher(between(text, regions.get(i), regions.get(i + 1))).replaceFirst("");
            if ((rules.pairJoiners().contains(joiner) || help != null && DASHES.contains(joiner))
                    && !lists.helpedBefore(text, regions.get(i))) {
                boolean continues = !chain.isEmpty() && lastIndex(chain) == i - 1
                        && rules.pairSeparators().contains(between(text, regions.get(i - 1), regions.get(i)));
                if (!continues) {
                    relatePairs(s, regions, chain, minimum, help != null);
                    chain.clear();
                }
                chain.add(new int[] {i, i + 1});
                // 上海市闵行区、上海市松江区与重庆市万州区结对: the places listed before the pair's first are on its side
                // (a list that opens its clause, maybe after an item number; the other places' pairs are their own)
                int k = i;
                while (help != null && k > 0 && "、".equals(between(text, regions.get(k - 1), regions.get(k)))) {
                    k--;
                }
                int opening = Clauses.startOf(text, regions.get(k).start());
                String lead = text.substring(opening, regions.get(k).start());
                if (k < i && Clauses.itemNumberEnd(lead) == lead.length()) {
                    for (int side = k; side < i; side++) {
                        chain.add(new int[] {side, i + 1});
                        for (int j = side + 1; j <= i; j++) { // helpers on one side do not cooperate by being listed together
                            out.removeStatedIn(RelationType.COOPERATES_WITH, writer.entity(regions.get(side)).id(), writer.entity(regions.get(j)).id(), s.id());
                            out.removeStatedIn(RelationType.COOPERATES_WITH, writer.entity(regions.get(j)).id(), writer.entity(regions.get(side)).id(), s.id());
                        }
                    }
                }
                int next = i + 2;
                // 江苏省与陕西省、青海省 (and 江苏省与陕西省和青海省, where 与 joined the pair): one region paired with a list,
                // until the next pair begins
                boolean joinedByYu = between(text, regions.get(i), regions.get(i + 1)).endsWith("与");
                while (next < regions.size() && ("、".equals(between(text, regions.get(next - 1), regions.get(next)))
                        || joinedByYu && "和".equals(between(text, regions.get(next - 1), regions.get(next))))
                        && !(next + 1 < regions.size() && rules.pairJoiners().contains(between(text, regions.get(next), regions.get(next + 1)))
                                && !(joinedByYu && "和".equals(between(text, regions.get(next), regions.get(next + 1)))))) { // 与B、C和D: 和 ends the list
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

    /**
     * 南平市、宁德市分别与银川市永宁县、石嘴山市平罗县开展结对协作: two lists of the same length paired in order (or one place
     * with each of a list), in a sentence of help. Returns whether the sentence had such pairs.
     */
    private boolean respectively(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        for (int i = 1; i < regions.size(); i++) {
            // 虹口、长宁…6个区分别与…6个县结对: the count that closes the first list may stand before 分别
            String joiner = SIDE_COUNT.matcher(between(text, regions.get(i - 1), regions.get(i))).replaceFirst("");
            // 武汉市、合肥市分别对英山县、岳西县开展结对帮扶: 对 pairs the lists too, in a sentence of help
            if (!joiner.startsWith("分别") || !rules.pairJoiners().contains(joiner.substring(2)) && !joiner.equals("分别对")) {
                continue;
            }
            int first = i - 1;
            while (first > 0 && "、".equals(between(text, regions.get(first - 1), regions.get(first)))) {
                first--;
            }
            int last = i;
            while (last + 1 < regions.size() && "、".equals(between(text, regions.get(last), regions.get(last + 1)))) {
                last++;
            }
            int left = i - first;
            int right = last - i + 1;
            if (left != 1 && left != right) {
                return false;
            }
            List<int[]> chain = new ArrayList<>();
            for (int j = 0; j < right; j++) {
                chain.add(new int[] {left == 1 ? first : first + j, i + j});
            }
            for (int a = first; a < i; a++) { // the places of one side are not partners of each other
                for (int b = first; b <= last; b++) {
                    if (a != b) {
                        out.removeStatedIn(RelationType.COOPERATES_WITH, writer.entity(regions.get(a)).id(), writer.entity(regions.get(b)).id(), s.id());
                    }
                }
            }
            relatePairs(s, regions, chain, 1, true);
            return true;
        }
        return false;
    }

    private void relatePairs(AnnotatedSentence s, List<Mention> regions, List<int[]> chain, int minimum, boolean help) {
        if (chain.size() < minimum) {
            return;
        }
        if (chain.size() == 1) { // a lone pair helps only when the help is said of it: 北京市与内蒙古自治区结对帮扶
            Mention b = regions.get(chain.get(0)[1]);
            String rest = s.text().substring(b.end(), Clauses.endOf(s.text(), b.end()));
            // …与重庆市万州区结对 in a document about help: 结对 there is the help itself
            if (RuleBook.firstIn(rest, rules.pairAssistanceCues()) == null && !(aboutHelp && rest.startsWith("结对"))) {
                return;
            }
        }
        // 辽宁与江苏、吉林与浙江建立对口合作关系 in a sentence that also speaks of help: the pairs' own word decides
        String afterPairs = s.text().substring(regions.get(lastIndex(chain)).end());
        // 宁波市与康定市结对，共建产业园区 in a document about help: 结对 is the help, 共建 what the pair then does
        boolean ownWordIsCooperation = !(aboutHelp && afterPairs.startsWith("结对")) && saysCooperation(afterPairs);
        for (int[] pair : chain) {
            Mention a = regions.get(pair[0]);
            Mention b = regions.get(pair[1]);
            boolean secondHelps = writer.inEast(b) && !writer.inEast(a);
            if (help && !ownWordIsCooperation) {
                writer.assist(s, secondHelps ? b : a, secondHelps ? a : b);
            } else {
                out.add(RelationType.COOPERATES_WITH, writer.entity(a), writer.entity(b), Method.TRIGGER, s.id());
                if (help) { // where the sentence speaks of help, the eastern partner gives it and is not served
                    out.helper(writer.entity(secondHelps ? b : a).id(), s.id());
                }
            }
        }
    }

    /** Whether the first pairing word after the pairs is one of cooperation only (对口合作, 合作, 共建), not help. */
    private boolean saysCooperation(String rest) {
        String own = rest.contains("；") ? rest.substring(0, rest.indexOf('；')) : rest; // the pairs' own part of the sentence
        String after = own.replaceAll("合作(?=帮扶|支援)", ""); // 开展结对合作帮扶: help that the pair works on together
        int help = firstIndex(after, rules.pairAssistanceCues());
        int cooperation = firstIndex(after, List.of("对口合作", "合作", "共建", "联动"));
        return cooperation >= 0 && (help < 0 || cooperation < help);
    }

    private static int firstIndex(String text, List<String> words) {
        return words.stream().mapToInt(text::indexOf).filter(at -> at >= 0).min().orElse(-1);
    }

    private static int lastIndex(List<int[]> chain) {
        return chain.stream().mapToInt(p -> p[1]).max().orElse(-1);
    }

    private static String between(String text, Mention a, Mention b) {
        return AssistanceRules.between(text, a, b);
    }
}
