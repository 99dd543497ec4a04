package org.policykg.api.search;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policykg.api.ControllerSlice;
import org.policykg.api.ControllerSliceTest;
import org.policykg.api.evidence.Period;
import org.policykg.ingest.script.ScriptStage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The search endpoint's HTTP side: what is typed becomes an escaped Lucene phrase query per script form. */
@ControllerSliceTest
class SearchControllerTest implements ControllerSlice {

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchQueries queries;

    @Autowired
    ScriptStage scripts;

    @Test
    void bothFormsOfATraditionalQueryAreSearchedAsEscapedPhrasesAndTheLimitIsCapped() throws Exception {
        when(scripts.searchForms("區際 補償")).thenReturn(List.of("區際 補償", "区际 补偿"));
        String lucene = "(\"區際\" AND \"補償\") OR (\"区际\" AND \"补偿\")";
        when(queries.entities(lucene, 100, Period.ALL)).thenReturn(List.of(new SearchQueries.EntityHit("m-1", "区际利益补偿机制", "Mechanism", null, 3.5, 12)));
        when(queries.sentences(lucene, 100, Period.ALL)).thenReturn(List.of(new SearchQueries.SentenceHit("d1", "文件", "一、", "健全区际利益补偿机制。", 2.0)));
        mvc.perform(get("/api/search").param("q", " 區際 補償 ").param("limit", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value(" 區際 補償 "))
                .andExpect(jsonPath("$.entities[0].name").value("区际利益补偿机制"))
                .andExpect(jsonPath("$.entities[0].score").value(3.5))
                .andExpect(jsonPath("$.sentences[0].sentence").value("健全区际利益补偿机制。"));
    }

    @Test
    void luceneSyntaxIsEscapedNotInterpreted() throws Exception {
        when(scripts.searchForms("a:b*")).thenReturn(List.of("a:b*"));
        mvc.perform(get("/api/search").param("q", "a:b*").param("limit", "0")).andExpect(status().isOk());
        verify(queries).entities("\"a\\:b\\*\"", 1, Period.ALL);
    }

    @Test
    void blankAndOverlongQueriesAre400Problems() throws Exception {
        mvc.perform(get("/api/search").param("q", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("q must not be empty"));
        mvc.perform(get("/api/search").param("q", "长".repeat(201)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("q must be at most 200 characters"));
        verify(queries, never()).entities(anyString(), anyInt(), any());
    }
}
