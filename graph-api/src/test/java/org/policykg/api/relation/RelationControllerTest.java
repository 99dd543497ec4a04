package org.policykg.api.relation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
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
import org.policykg.api.evidence.Evidence;
import org.policykg.api.evidence.Period;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The matrix, relations and paths endpoints' HTTP side, with {@link RelationQueries} mocked. */
@ControllerSliceTest
class RelationControllerTest implements ControllerSlice {

    private static final Evidence SENTENCE = new Evidence("d1", "完善实施区域协调发展战略机制", "一、总体要求", "推动西部大开发形成新格局。");

    @Autowired
    MockMvc mvc;

    @Autowired
    RelationQueries queries;

    @Test
    void theMatrixIsTheQuerysBoardsUnderRollupWithTheEvidenceLimitCapped() throws Exception {
        RelationQueries.MechanismForBoard rolledUp = new RelationQueries.MechanismForBoard("m-1", "区域板块差异化发展机制", false,
                List.of(List.of("四川", "西部地区")), 2, List.of(SENTENCE));
        when(queries.boards(true, 50, Period.ALL)).thenReturn(List.of(new RelationQueries.BoardMechanisms(
                new RelationQueries.Board("r-w", "西部地区"), List.of(rolledUp))));
        mvc.perform(get("/api/boards/mechanisms").param("rollup", "true").param("evidenceLimit", "500"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.rollup").value(true))
                .andExpect(jsonPath("$.boards[0].board.name").value("西部地区"))
                .andExpect(jsonPath("$.boards[0].mechanisms[0].direct").value(false))
                .andExpect(jsonPath("$.boards[0].mechanisms[0].paths[0][0]").value("四川"))
                .andExpect(jsonPath("$.boards[0].mechanisms[0].strength").value(2))
                .andExpect(jsonPath("$.boards[0].mechanisms[0].evidence[0].documentTitle").value("完善实施区域协调发展战略机制"));
    }

    @Test
    void relationsOfAKnownEntityInTheAskedDirection() throws Exception {
        when(queries.existing(List.of("m-1"))).thenReturn(List.of("m-1"));
        when(queries.relations("m-1", "SERVES", "out", 100, Period.ALL)).thenReturn(List.of(new RelationQueries.RelationItem("SERVES", "out",
                new RelationQueries.Other("r-w", "西部地区", "Region", "Board"), 0.9, 3, List.of("TRIGGER"), List.of(SENTENCE))));
        mvc.perform(get("/api/entities/m-1/relations").param("type", "serves").param("direction", "out").param("evidenceLimit", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].other.kind").value("Board"))
                .andExpect(jsonPath("$.items[0].methods[0]").value("TRIGGER"))
                .andExpect(jsonPath("$.items[0].evidence[0].sentence").value("推动西部大开发形成新格局。"));
    }

    @Test
    void relationErrorsAreProblems() throws Exception {
        mvc.perform(get("/api/entities/m-1/relations").param("direction", "sideways"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("direction must be out, in or both"));
        when(queries.existing(List.of("m-0"))).thenReturn(List.of());
        mvc.perform(get("/api/entities/m-0/relations"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No entity with id m-0"));
        when(queries.existing(List.of("m-1"))).thenReturn(List.of("m-1"));
        mvc.perform(get("/api/entities/m-1/relations").param("type", "LIKES")).andExpect(status().isBadRequest());
        verify(queries, never()).relations(anyString(), any(), anyString(), anyInt(), any());
    }

    @Test
    void pathsAreBoundedAndBothEndsMustExist() throws Exception {
        mvc.perform(get("/api/paths").param("from", "a").param("to", "b").param("maxHops", "7"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("maxHops must be between 1 and 6"));
        mvc.perform(get("/api/paths").param("from", "a").param("to", "a"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("from and to must differ"));
        when(queries.existing(List.of("m-1", "r-0"))).thenReturn(List.of("m-1"));
        mvc.perform(get("/api/paths").param("from", "m-1").param("to", "r-0"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("No entity with id r-0"));
        verify(queries, never()).paths(anyString(), anyString(), anyInt(), anyInt(), anyInt(), any());

        when(queries.existing(List.of("m-1", "r-w"))).thenReturn(List.of("r-w", "m-1"));
        when(queries.paths("m-1", "r-w", 2, 20, 3, Period.ALL)).thenReturn(List.of(new RelationQueries.Path(
                List.of(new RelationQueries.Node("m-1", "区域板块差异化发展机制", "Mechanism", null),
                        new RelationQueries.Node("r-w", "西部地区", "Region", "Board")),
                List.of(new RelationQueries.Hop("SERVES", "m-1", "r-w", 0.9, List.of(SENTENCE))))));
        mvc.perform(get("/api/paths").param("from", "m-1").param("to", "r-w").param("maxHops", "2").param("limit", "99"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maxHops").value(2))
                .andExpect(jsonPath("$.paths[0].nodes[1].kind").value("Board"))
                .andExpect(jsonPath("$.paths[0].hops[0].from").value("m-1"))
                .andExpect(jsonPath("$.paths[0].hops[0].to").value("r-w"));
        verify(queries, never()).boards(anyBoolean(), anyInt(), any());
    }
}
