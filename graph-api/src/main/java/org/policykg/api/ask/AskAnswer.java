package org.policykg.api.ask;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of GET /api/ask: how the question was read ({@code understood}, {@code intent}, {@code entities},
 * {@code period}), the answer (items and one Chinese sentence), the sentences behind it, and the Cypher and
 * parameters that ran, exactly, for a Browser user to paste. A refused question has {@code reason}, the names it did
 * not find ({@code unknown}), similar names of the graph and questions it can answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AskAnswer(String question, boolean understood, String intent, List<EntityRef> entities, PeriodRef period,
                 Answer answer, List<EvidenceLine> evidence, String cypher, Map<String, Object> params, String reason,
                 List<String> unknown, List<String> suggestions, List<String> examples) {

    record EntityRef(String id, String name, String type) {
    }

    record PeriodRef(String from, String to, String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String id, String name, String type, String kind, long count) {
    }

    record Answer(List<Item> items, String text) {
    }

    /** A sentence behind the answer, and the item it backs. */
    record EvidenceLine(String documentId, String documentTitle, String section, String sentence, String about) {
    }
}
