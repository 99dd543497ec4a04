package org.policykg.api.search;

import java.util.List;
import java.util.Map;

import org.policykg.ingest.script.ScriptStage;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full-text search over entity names and aliases and over sentences, ranked by Lucene score. The {@code cjk}
 * analyzer matches Chinese by character pairs, so no segmentation is needed at query time. A query in traditional
 * characters also searches its simplified form (names are simplified; a traditional sentence is indexed in both forms,
 * so 区际利益补偿 finds 區際利益補償 too).
 */
@RestController
@Transactional(readOnly = true)
class SearchController {

    private static final String ENTITIES = """
            CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: $limit}) YIELD node, score
            RETURN node.id AS id, node.name AS name, node.type AS type, node.kind AS kind, score,
                   COUNT { (node)<-[:MENTIONS]-() } AS mentions
            ORDER BY score DESC, mentions DESC
            """;

    private static final String SENTENCES = """
            CALL db.index.fulltext.queryNodes('sentence_search', $q, {limit: $limit}) YIELD node, score
            WHERE node.zone IN ['BODY', 'ABSTRACT']
            OPTIONAL MATCH (d:Document {id: node.documentId})
            RETURN node.documentId AS documentId, d.title AS documentTitle, node.section AS section, node.text AS sentence, score
            ORDER BY score DESC
            """;

    private final Neo4jClient neo4j;
    private final ScriptStage scripts;

    SearchController(Neo4jClient neo4j, ScriptStage scripts) {
        this.neo4j = neo4j;
        this.scripts = scripts;
    }

    record EntityHit(String id, String name, String type, String kind, double score, long mentions) {
    }

    record SentenceHit(String documentId, String documentTitle, String section, String sentence, double score) {
    }

    record Results(String query, List<EntityHit> entities, List<SentenceHit> sentences) {
    }

    @GetMapping("/api/search")
    Results search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        String query = LuceneQuery.anyOf(scripts.searchForms(LuceneQuery.validated(q)));
        Map<String, Object> params = Map.of("q", query, "limit", Math.max(1, Math.min(limit, 100)));
        List<EntityHit> entities = neo4j.query(ENTITIES).bindAll(params).fetchAs(EntityHit.class)
                .mappedBy((t, r) -> new EntityHit(r.get("id").asString(), r.get("name").asString(), r.get("type").asString(),
                        r.get("kind").asString(null), r.get("score").asDouble(), r.get("mentions").asLong()))
                .all().stream().toList();
        List<SentenceHit> sentences = neo4j.query(SENTENCES).bindAll(params).fetchAs(SentenceHit.class)
                .mappedBy((t, r) -> new SentenceHit(r.get("documentId").asString(null), r.get("documentTitle").asString(null),
                        r.get("section").asString(null), r.get("sentence").asString(), r.get("score").asDouble()))
                .all().stream().toList();
        return new Results(q, entities, sentences);
    }
}
