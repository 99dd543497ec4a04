package org.policykg.api.ask;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.api.ControllerSlice;
import org.policykg.api.ControllerSliceTest;
import org.policykg.api.evidence.Evidence;
import org.policykg.ingest.script.ScriptStage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/ask's HTTP side over a mocked graph: the names it links, the query it runs with which parameters, the JSON. */
@ControllerSliceTest
class AskControllerTest implements ControllerSlice {

    private static final Linker.Named WEST = new Linker.Named("r-west", "西部地区", "Region", "Board", List.of("西部"), 50);
    private static final Linker.Named COMPENSATION = new Linker.Named("m-comp", "区际利益补偿机制", "Mechanism", null, List.of(), 9);

    @Autowired
    MockMvc mvc;

    @Autowired
    AskQueries queries;

    @Autowired
    ScriptStage scripts;

    @Test
    void aQuestionIsLinkedReadAndAnsweredByItsIntentsQueryWithItsParameters() throws Exception {
        when(scripts.simplifiedForm("哪些機制服務西部？")).thenReturn("哪些机制服务西部？");
        when(queries.names()).thenReturn(List.of(WEST, COMPENSATION));
        when(queries.statement(Intent.MECHANISMS_SERVING)).thenReturn("MATCH … the file's statement");
        when(queries.run(eq(Intent.MECHANISMS_SERVING), any())).thenReturn(List.of(new AskQueries.Row("m-comp", "区际利益补偿机制",
                "Mechanism", null, 3, null, null, List.of(new Evidence("d1", "意见", "一、总体要求", "完善区际利益补偿机制，支持西部地区发展。")))));
        mvc.perform(get("/api/ask").param("q", "哪些機制服務西部？"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.question").value("哪些機制服務西部？"))
                .andExpect(jsonPath("$.understood").value(true))
                .andExpect(jsonPath("$.intent").value("MECHANISMS_SERVING"))
                .andExpect(jsonPath("$.entities[0].id").value("r-west"))
                .andExpect(jsonPath("$.answer.items[0].name").value("区际利益补偿机制"))
                .andExpect(jsonPath("$.answer.items[0].count").value(3))
                .andExpect(jsonPath("$.answer.text").value("服务西部地区的机制有 1 个：区际利益补偿机制。"))
                .andExpect(jsonPath("$.evidence[0].sentence").value("完善区际利益补偿机制，支持西部地区发展。"))
                .andExpect(jsonPath("$.evidence[0].about").value("区际利益补偿机制"))
                .andExpect(jsonPath("$.cypher").value("MATCH … the file's statement"))
                .andExpect(jsonPath("$.params.targets[0]").value("r-west"))
                .andExpect(jsonPath("$.params.all").value(false))
                .andExpect(jsonPath("$.reason").doesNotExist());
        Map<String, Object> params = new HashMap<>(Map.of("targets", List.of("r-west"), "all", false, "evidenceLimit", 2));
        params.put("from", null); // no period in the question: every document
        params.put("to", null);
        verify(queries).run(Intent.MECHANISMS_SERVING, params);
    }

    @Test
    void aNameTheGraphLacksIsRefusedWithoutAQuery() throws Exception {
        when(scripts.simplifiedForm("哪些机制服务火星地区？")).thenReturn("哪些机制服务火星地区？");
        when(queries.names()).thenReturn(List.of(WEST, COMPENSATION));
        mvc.perform(get("/api/ask").param("q", "哪些机制服务火星地区？"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.understood").value(false))
                .andExpect(jsonPath("$.unknown[0]").value("火星地区"))
                .andExpect(jsonPath("$.reason").value("图中没有名为“火星地区”的地区、战略或机制。"))
                .andExpect(jsonPath("$.examples[0]").value("哪些机制服务西部地区？"))
                .andExpect(jsonPath("$.cypher").doesNotExist());
        verify(queries, never()).run(any(), any());
    }

    @Test
    void aRefusalNamesTheWholeNameAndTheAskersOwnWords() throws Exception {
        when(scripts.simplifiedForm(any())).thenAnswer(call -> call.getArgument(0));
        when(queries.names()).thenReturn(List.of(WEST, COMPENSATION));
        // a name continued by an area's word is shown whole (not 西部地区经 or 西部地区经济)
        mvc.perform(get("/api/ask").param("q", "西部地区经济带有哪些机制？"))
                .andExpect(jsonPath("$.understood").value(false))
                .andExpect(jsonPath("$.reason").value("图中没有名为“西部地区经济带”的地区、战略或机制。"));
        // advice is refused in the asker's words, the names in it not masked
        mvc.perform(get("/api/ask").param("q", "我想办厂，应该去西部地区吗？"))
                .andExpect(jsonPath("$.understood").value(false))
                .andExpect(jsonPath("$.reason").value("这类问题（应该去西部地区吗）暂时无法从图中回答。"));
        verify(queries, never()).run(any(), any());
    }

    @Test
    void aMissingBlankOrOverlongQuestionIsA400Problem() throws Exception {
        mvc.perform(get("/api/ask"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/ask").param("q", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("q must be a question, such as 哪些机制服务西部地区？"));
        mvc.perform(get("/api/ask").param("q", "问".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("q is 201 characters long; a question has at most 200"));
    }
}
