package org.policykg.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policykg.api.QueryTestGraph;
import org.springframework.data.neo4j.core.Neo4jClient;

/** {@link DocumentQueries} against the fixture graph's two documents. */
@ExtendWith(QueryTestGraph.class)
class DocumentQueriesTest {

    private final DocumentQueries queries;

    DocumentQueriesTest(Neo4jClient neo4j) {
        this.queries = new DocumentQueries(neo4j);
    }

    @Test
    void everyDocumentByKeyWithTheSentencesOfAllItsSections() {
        List<Map<String, Object>> documents = queries.list(DocumentQueries.Filter.NONE);
        assertThat(documents).extracting(d -> d.get("id")).containsExactly("d1", "d2");
        // d1: three sentences in its section, four in the subsection below it
        assertThat(documents).extracting(d -> d.get("sentences")).containsExactly(7L, 1L);
        assertThat(documents.get(1)).containsEntry("script", "traditional").containsEntry("title", "文件乙");
    }

    @Test
    void oneDocumentWithSectionsEntitiesByMentionsAndTheRelationsItSupports() {
        DocumentQueries.DocumentDetail d1 = queries.one("d1").orElseThrow();
        assertThat(d1.document()).containsEntry("key", "k1").containsEntry("authors", List.of("甲"));
        assertThat(d1.sections()).extracting(s -> s.get("title") + " " + s.get("sentences"))
                .containsExactlyInAnyOrder("一、总体要求 4", "（一）补偿 3");
        assertThat(d1.entities()).extracting(e -> e.get("name") + " " + e.get("mentions")).startsWith("区际利益补偿机制 3", "成都 3")
                .doesNotContain("厦门 1");
        // every relationship between entities that names d1 among its documents; ASSISTS is d2's
        assertThat(d1.relations()).isEqualTo(11);
        assertThat(queries.one("d2").orElseThrow().relations()).isEqualTo(1);
        assertThat(queries.one("d0")).isEmpty();
    }
}
