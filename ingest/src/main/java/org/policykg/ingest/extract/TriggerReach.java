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
    /** How many clauses a sentence that sets a mechanism up may go on describing its work. */
    private static final int SET_UP_CLAUSES = 6;
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
        // 健全口岸开放合作机制，重点完善A机制和B机制，推动瑞丽市…: what a sentence that sets a mechanism up goes on to do
        // is that mechanism's work, until it sets up another (推动…地市建立横向生态保护补偿机制 is the other's)
        int clauseEnd = Clauses.endOf(text, token.start());
        if (setUp(s, source) && clause <= sourceClause + SET_UP_CLAUSES
                && s.of(EntityType.Mechanism).stream().noneMatch(m -> m.start() >= source.end() && m.end() <= clauseEnd && setUp(s, m)
                        && !PARTS_CLAUSE.matcher(text.substring(Clauses.startOf(text, m.start()))).lookingAt())
                && !MEANS.matcher(text.substring(source.end(), clauseStart)).find()) {
            return true;
        }
        return source.type() == EntityType.Mechanism && clause <= sourceClause + CONTENT_CLAUSES
                && (token.start() == clauseStart || ADVERBS_ONLY.matcher(text.substring(clauseStart, token.start())).matches())
                && s.mentions().stream().noneMatch(m -> m.start() >= source.end() && m.end() <= clauseStart)
                && !MEANS.matcher(text.substring(source.end(), clauseStart)).find();
    }

    /** 健全A机制，重点完善B机制和C机制，…: a clause that sets up the parts of the mechanism before goes on with its work. */
    private static final Pattern PARTS_CLAUSE = Pattern.compile("^(?:重点|着力|主要|其中|特别是|尤其是|同步)");

    /** The verb right before a mechanism's name that sets it up (建立了, 健全, 构建起). */
    private static final Pattern SETS_UP = Pattern.compile("(?:建立|健全|完善|构建|创新|深化|推行|实行|形成|设立|探索|运行|建成|搭建|优化|实施)(?:了|起)?$");

    /** 建立跨界河流联防联控机制，…: the clause sets the mechanism up (the mechanism is no modifier before 的). */
    static boolean setUp(AnnotatedSentence s, Mention m) {
        String text = s.text();
        boolean modifier = m.end() < text.length() && text.charAt(m.end()) == '的';
        return m.type() == EntityType.Mechanism && !modifier && SETS_UP.matcher(text.substring(Clauses.startOf(text, m.start()), m.start())).find();
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
        // 对承担生态保护任务较重的河池、百色等市给予补偿: a relative clause ending in 的 may describe the regions first
        int clauseEnd = Clauses.endOf(text, token.end());
        boolean regionNext = s.of(EntityType.Region).stream().anyMatch(m -> m.start() == token.end() || m.start() < clauseEnd
                && m.start() > token.end() && text.charAt(m.start() - 1) == '的'
                && s.mentions().stream().noneMatch(o -> o.start() >= token.end() && o.start() < m.start()));
        String clause = text.substring(token.end(), Clauses.endOf(text, token.end()));
        return regionNext && GIVES.matcher(clause).find() ? token.end() : -1;
    }
}
