package org.policykg.api.ask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a question asks, each answered by one query file beside this class. {@code answerKey} names the answer's
 * sentence in {@code question-cues.yaml}.
 */
enum Intent {
    /** 哪些机制服务西部地区: the mechanisms that serve a region or a region inside it. */
    MECHANISMS_SERVING("mechanisms-serving.cypher"),
    /** 区际利益补偿机制服务哪些地区 / 板块: the regions a mechanism serves and the boards they lie in. */
    REGIONS_SERVED("regions-served.cypher"),
    /** 哪些战略覆盖湖北: the strategies aimed at a region or a region it lies in. */
    STRATEGIES_COVERING("strategies-covering.cypher"),
    /** 西部大开发覆盖哪些地区: the regions a strategy is aimed at. */
    REGIONS_OF_STRATEGY("regions-of-strategy.cypher"),
    /** 哪些机制支撑东北全面振兴: the mechanisms that support a strategy. */
    STRATEGY_SUPPORTERS("strategy-supporters.cypher"),
    /** 对口合作机制支撑哪些战略: the strategies a mechanism supports. */
    STRATEGIES_SUPPORTED("strategies-supported.cypher"),
    /** 区域开放合作机制包括哪些机制: the parts of a mechanism or strategy. */
    COMPONENTS("components.cypher"),
    /** 长江经济带包括哪些省份: the regions inside a region. */
    MEMBERS("members.cypher"),
    /** 湖北属于哪个板块, 区域一体化发展机制属于哪个机制: what an entity lies in or is part of. */
    WHOLES("wholes.cypher"),
    /** 哪些地区与广东合作: the regions a region cooperates with. */
    PARTNERS("partners.cypher"),
    /** 谁帮扶宁夏: the regions that assist a region. */
    HELPERS("helpers.cypher"),
    /** 福建帮扶哪些地区: the regions a region assists. */
    RECIPIENTS("recipients.cypher"),
    /** 西部地区和西部大开发有什么关系: the shortest connections between two entities. */
    RELATION_BETWEEN("relation-between.cypher"),
    /** 哪里说区际利益补偿机制服务边境地区: the relations stated between two entities, with their sentences. */
    PAIR_EVIDENCE("pair-evidence.cypher"),
    /** 哪些文章提到西部大开发: the documents that mention an entity (every entity named). */
    DOCUMENTS_MENTIONING("documents-mentioning.cypher");

    private final String queryFile;

    Intent(String queryFile) {
        this.queryFile = queryFile;
    }

    String queryFile() {
        return queryFile;
    }

    /** The query's own parameters: the subjects' ids under this intent's names (the period is added by the caller). */
    Map<String, Object> params(List<String> ids, boolean all, boolean boardsOnly) {
        Map<String, Object> params = new LinkedHashMap<>();
        switch (this) {
            case MECHANISMS_SERVING -> {
                params.put("targets", ids);
                params.put("all", all);
            }
            case REGIONS_SERVED -> {
                params.put("mechanism", ids.get(0));
                params.put("boardsOnly", boardsOnly);
            }
            case REGIONS_OF_STRATEGY -> {
                params.put("strategy", ids.get(0));
                params.put("boardsOnly", boardsOnly);
            }
            case STRATEGY_SUPPORTERS -> params.put("strategy", ids.get(0));
            case STRATEGIES_SUPPORTED -> params.put("mechanism", ids.get(0));
            case COMPONENTS -> params.put("whole", ids.get(0));
            case WHOLES -> {
                params.put("entity", ids.get(0));
                params.put("boardsOnly", boardsOnly);
            }
            case STRATEGIES_COVERING, MEMBERS, PARTNERS, HELPERS, RECIPIENTS -> params.put("region", ids.get(0));
            case RELATION_BETWEEN -> {
                params.put("a", ids.get(0));
                params.put("b", ids.get(1));
                params.put("limit", 5);
            }
            case PAIR_EVIDENCE -> {
                params.put("a", ids.get(0));
                params.put("b", ids.get(1));
            }
            case DOCUMENTS_MENTIONING -> {
                params.put("entities", ids);
                params.put("all", all);
            }
        }
        params.put("evidenceLimit", this == PAIR_EVIDENCE ? 3 : 2);
        return params;
    }
}
