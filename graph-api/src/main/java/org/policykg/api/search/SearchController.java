package org.policykg.api.search;

import java.util.List;

import org.policykg.api.evidence.Period;
import org.policykg.ingest.script.ScriptStage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full-text search over entity names and aliases and over sentences, ranked by Lucene score. The {@code cjk}
 * analyzer matches Chinese by character pairs, so no segmentation is needed at query time. A query in traditional
 * characters also searches its simplified form (names are simplified; a traditional sentence is indexed in both forms,
 * so 区际利益补偿 finds 區際利益補償 too). {@code from} and {@code to} keep the sentences of documents dated in that
 * period and the entities they mention.
 */
@RestController
class SearchController {

    private final SearchQueries queries;
    private final ScriptStage scripts;

    SearchController(SearchQueries queries, ScriptStage scripts) {
        this.queries = queries;
        this.scripts = scripts;
    }

    record Results(String query, String from, String to, List<SearchQueries.EntityHit> entities,
                   List<SearchQueries.SentenceHit> sentences) {
    }

    @GetMapping("/api/search")
    Results search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = Period.of(from, to);
        String query = LuceneQuery.anyOf(scripts.searchForms(LuceneQuery.validated(q)));
        int bounded = Math.max(1, Math.min(limit, 100));
        return new Results(q, period.fromIso(), period.toIso(),
                queries.entities(query, bounded, period), queries.sentences(query, bounded, period));
    }
}
