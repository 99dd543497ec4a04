package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Mention;

/**
 * Help written as a noun rather than a verb, which news reports favour:
 * <ul>
 * <li>天津对承德的对口帮扶: [helpers] 对 [recipients] 的 … cue;</li>
 * <li>滦平县、丰宁县同时得到北京市有关区的结对帮扶: [recipients] 得到/受到/获得 [helpers] …的 … cue.</li>
 * </ul>
 */
final class HelpNouns {

    /** Between the helpers and the recipients: 对, or 对口 not (that is the verb 对口帮扶). */
    private static final Pattern TOWARDS = Pattern.compile("^(?:持续|长期|多年来)?对$");
    /** Between the recipients and the help: 的, a few words, the cue (的对口帮扶, 的帮扶力度, 的结对帮扶工作). */
    private static final Pattern OF_HELP = Pattern.compile("^的(?:[^，；。、]{0,4}?)$");
    private static final Pattern RECEIVES = Pattern.compile("^(?:等[^，；。、]{0,3})?(?:同时|也|还|均|都|已|先后|持续|长期|一直)*(?:得到|受到|获得|接受)了?$");
    /** Between the helpers and the help in the passive: 有关区的, 各区县的, 的 (a few words ending in 的). */
    private static final Pattern HELPERS_OF = Pattern.compile("^[^，；。、]{0,5}?的(?:[^，；。、]{0,4}?)$");

    private final RuleBook rules;
    private final HelpLists lists;
    private final HelpWriter writer;

    HelpNouns(RuleBook rules, HelpLists lists, HelpWriter writer) {
        this.rules = rules;
        this.lists = lists;
        this.writer = writer;
    }

    void apply(AnnotatedSentence s, List<Mention> regions) {
        String text = s.text();
        for (int i = 0; i + 1 < regions.size(); i++) {
            Mention before = regions.get(i);
            Mention after = regions.get(i + 1);
            if (after.start() < before.end()) {
                continue;
            }
            String gap = text.substring(before.end(), after.start());
            if (TOWARDS.matcher(gap).matches()) {
                List<Mention> recipients = lists.runAfter(text, regions, after.start());
                if (helpFollows(text, recipients.get(recipients.size() - 1).end(), OF_HELP)) {
                    assistAll(s, lists.runBackFrom(text, regions, i), recipients);
                }
            } else if (RECEIVES.matcher(gap).matches()) {
                List<Mention> helpers = lists.runAfter(text, regions, after.start());
                if (helpFollows(text, helpers.get(helpers.size() - 1).end(), HELPERS_OF)) {
                    assistAll(s, helpers, lists.runBackFrom(text, regions, i));
                }
            }
        }
    }

    /** Whether an assistance cue follows {@code from} in the same clause, after a gap of the given shape. */
    private boolean helpFollows(String text, int from, Pattern gap) {
        int clauseEnd = Clauses.endOf(text, from);
        for (int offset = from; offset < Math.min(clauseEnd, from + 12); offset++) {
            String cue = RuleBook.at(text, offset, rules.assistanceCues());
            if (cue != null) {
                Matcher m = gap.matcher(text.substring(from, offset));
                return m.matches();
            }
        }
        return false;
    }

    private void assistAll(AnnotatedSentence s, List<Mention> helpers, List<Mention> recipients) {
        for (Mention helper : helpers) {
            for (Mention recipient : recipients) {
                writer.assistOnly(s, helper, recipient);
            }
        }
    }
}
