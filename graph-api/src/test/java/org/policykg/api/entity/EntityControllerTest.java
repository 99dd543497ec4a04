package org.policykg.api.entity;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policykg.api.ControllerSlice;
import org.policykg.api.ControllerSliceTest;
import org.policykg.ingest.script.ScriptStage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The entity endpoints' HTTP side: parameters to the query class, records to JSON, errors to problem details. */
@ControllerSliceTest
class EntityControllerTest implements ControllerSlice {

    private static final EntitySummary YANGTZE_DELTA = new EntitySummary("r-1", "长三角", "Region", "CityCluster",
            List.of("长江三角洲地区"), 42, "GAZETTEER", 1.0);

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityQueries queries;

    @Autowired
    ScriptStage scripts;

    @Test
    void aPageIsTheQuerysSliceWithTheRequestedPageAndSize() throws Exception {
        when(scripts.searchForms("長三角")).thenReturn(List.of("長三角", "长三角"));
        when(queries.list("Region", List.of("長三角", "长三角"), 14, 7)).thenReturn(new EntityQueries.Slice(List.of(YANGTZE_DELTA), 15));
        mvc.perform(get("/api/entities").param("type", "region").param("q", " 長三角 ").param("page", "2").param("size", "7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(7))
                .andExpect(jsonPath("$.total").value(15))
                .andExpect(jsonPath("$.items[0].name").value("长三角"))
                .andExpect(jsonPath("$.items[0].kind").value("CityCluster"))
                .andExpect(jsonPath("$.items[0].aliases[0]").value("长江三角洲地区"))
                .andExpect(jsonPath("$.items[0].mentions").value(42));
    }

    @Test
    void anUnforeseenFailureIsA500ProblemThatLeaksNoInternals() throws Exception {
        when(queries.one("r-1")).thenThrow(new IllegalStateException("driver pool exhausted at 10.0.0.7"));
        mvc.perform(get("/api/entities/r-1"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.title").value("Internal error"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("10.0.0.7"))));
    }

    @Test
    void noFilterIsPassedAsNull() throws Exception {
        when(queries.list(null, null, 0, 50)).thenReturn(new EntityQueries.Slice(List.of(), 0));
        mvc.perform(get("/api/entities").param("q", "  ")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        verify(queries).list(null, null, 0, 50);
    }

    @Test
    void badPagingAndUnknownTypesAre400ProblemsBeforeAnyQuery() throws Exception {
        mvc.perform(get("/api/entities").param("size", "501"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("page must be 0 or more and size between 1 and 500"));
        mvc.perform(get("/api/entities").param("page", "-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/entities").param("type", "Planet"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        verify(queries, never()).list(any(), any(), anyInt(), anyInt());
    }

    @Test
    void oneAndLookupAnswerTheEntityOr404NamingWhatWasAskedFor() throws Exception {
        when(queries.one("r-1")).thenReturn(Optional.of(YANGTZE_DELTA));
        when(queries.one("r-0")).thenReturn(Optional.empty());
        mvc.perform(get("/api/entities/r-1")).andExpect(status().isOk()).andExpect(jsonPath("$.id").value("r-1"));
        mvc.perform(get("/api/entities/r-0"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No entity with id r-0"));

        when(scripts.searchForms("长江三角洲地区")).thenReturn(List.of("长江三角洲地区"));
        when(queries.lookup(List.of("长江三角洲地区"))).thenReturn(Optional.of(YANGTZE_DELTA));
        mvc.perform(get("/api/entities/lookup").param("name", " 长江三角洲地区 "))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("长三角"));
        when(scripts.searchForms("不存在")).thenReturn(List.of("不存在"));
        when(queries.lookup(List.of("不存在"))).thenReturn(Optional.empty());
        mvc.perform(get("/api/entities/lookup").param("name", "不存在"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No entity is named or also known as 不存在"));
    }
}
