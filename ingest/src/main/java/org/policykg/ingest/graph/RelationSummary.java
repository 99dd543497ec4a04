package org.policykg.ingest.graph;

import java.util.LinkedHashMap;
import java.util.Map;

import org.policykg.ingest.model.Method;

/**
 * A relation's summary properties derive from its evidence lists: the distinct methods, the number of distinct
 * sentences ({@code count}) and a confidence (the best method's, plus 0.05 per further sentence, at most 0.99).
 */
final class RelationSummary {

    /** Recomputes methods and count from the evidence lists; then {@link #CONFIDENCE}. Used when a document is removed. */
    static final String REFRESH = """
            SET r.methods = reduce(acc = [], m IN r.evidenceMethods | CASE WHEN m IN acc THEN acc ELSE acc + m END),
                r.count = reduce(total = 0, c IN coalesce(r.counts, []) | total + c)
            WITH r
            """;

    /** Sets {@code r.confidence} from {@code r.methods} and {@code r.count}; needs {@code $confidence} (method → confidence). */
    static final String CONFIDENCE = """
            WITH r, reduce(best = 0.0, m IN r.methods | CASE WHEN $confidence[m] > best THEN $confidence[m] ELSE best END) AS best
            SET r.confidence = CASE
                  WHEN r.count = 0 THEN 0.0
                  WHEN best + 0.05 * (r.count - 1) > 0.99 THEN 0.99
                  ELSE round(best + 0.05 * (r.count - 1), 3) END
            """;

    private RelationSummary() {
    }

    static Map<String, Object> confidenceByMethod() {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Method m : Method.values()) {
            result.put(m.name(), m.confidence());
        }
        return result;
    }
}
