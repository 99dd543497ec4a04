package org.policykg.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.segment.Token;

/**
 * Which trigger words still act for a mechanism or strategy named before them: one in its clause, one opening the next
 * clause (完善区际利益补偿机制，促进边境地区…), one after the mechanism's aim (…机制，其根本目标是服务…), and one opening a
 * later clause when only the mechanism's own content stands between (建立文旅协同发展机制，统一旅游线路推介，服务黔江…).
 * A clause of means between (通过…等方式，支持A) makes the subject of the later verb uncertain: not reached.
 */
final class TriggerReach {

    /** …机制，其根本目标是服务…: the next clause names the mechanism's aim, so its trigger acts for the mechanism. */
    private static final Pattern ITS_AIM = Pattern.compile("^其(?:根本|主要|最终|核心|首要)?(?:目标|目的|宗旨|任务|作用|功能|落脚点)(?:就|都)?(?:是|在于)(?:要)?$");
    /** 对城口、巫溪、巫山等…区县加大转移支付力度: what a clause opening with 对 + regions gives them. */
    private static final Pattern GIVES = Pattern.compile("(?:给予|加大|倾斜|奖励|补助|优先安排|予以|实行|适当提高)");
    /** How many clauses a mechanism's own content may fill before the trigger that says whom it serves. */
    private static final int CONTENT_CLAUSES = 3;
    /** 该机制运行成熟后，逐步向吴忠市…延伸: adverbs before the trigger leave the mechanism the subject. */
    private static final Pattern ADVERBS_ONLY = Pattern.compile("^(?:逐步|再|进一步|同时|并|还|也|将|要|优先|重点|有序|稳步|积极)+$");
    private static final Pattern MEANS = Pattern.compile("[，,；;](?:通过|依托|借助|利用|凭借|运用)");

    private TriggerReach() {
    }

    /** Whether the trigger word at {@code token} acts for {@code source}, named in clause {@code sourceClause}. */
    static boolean reaches(AnnotatedSentence s, Mention source, Token token, int sourceClause) {
        String text = s.text();
        int clause = Clauses.indexAt(text, token.start());
        int clauseStart = Clauses.startOf(text, token.start());
        if (clause == sourceClause) {
            return true;
        }
        if (clause == sourceClause + 1) {
            return token.start() - clauseStart <= 4 || ITS_AIM.matcher(text.substring(clauseStart, token.start())).matches();
        }
        return source.type() == EntityType.Mechanism && clause <= sourceClause + CONTENT_CLAUSES
                && (token.start() == clauseStart || ADVERBS_ONLY.matcher(text.substring(clauseStart, token.start())).matches())
                && s.mentions().stream().noneMatch(m -> m.start() >= source.end() && m.end() <= clauseStart)
                && !MEANS.matcher(text.substring(source.end(), clauseStart)).find();
    }

    /**
     * A clause opening with 对 right before a region (对城口、巫溪等区县加大转移支付力度; 对万州给予奖励) acts on the regions:
     * the end of 对, or -1.
     */
    static int givingEnd(AnnotatedSentence s, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String text = s.text();
        if (!token.text().equals("对") || token.start() != Clauses.startOf(text, token.start())) {
            return -1;
        }
        boolean regionNext = s.of(EntityType.Region).stream().anyMatch(m -> m.start() == token.end());
        String clause = text.substring(token.end(), Clauses.endOf(text, token.end()));
        return regionNext && GIVES.matcher(clause).find() ? token.end() : -1;
    }
}
