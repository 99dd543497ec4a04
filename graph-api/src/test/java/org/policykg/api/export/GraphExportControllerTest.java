package org.policykg.api.export;

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

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policykg.api.ControllerSlice;
import org.policykg.api.ControllerSliceTest;
import org.policykg.api.evidence.Period;
import org.policykg.ingest.model.RelationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The export endpoint's HTTP side: parameters checked, the subgraph rendered in the asked format. */
@ControllerSliceTest
class GraphExportControllerTest implements ControllerSlice {

    private static final Subgraph WEST = new Subgraph("r-w", 1,
            List.of(new Subgraph.Node("r-w", "西部地区", "Region", "Board", 40, 0),
                    new Subgraph.Node("m-1", "区际利益补偿机制", "Mechanism", null, 7, 1)),
            List.of(new Subgraph.Edge("e1", "m-1", "r-w", "SERVES", 0.9, 2)), false);

    @Autowired
    MockMvc mvc;

    @Autowired
    SubgraphQueries queries;

    @Test
    void everyRelationTypeUnlessTypesSayOtherwiseAndD3LinksByIds() throws Exception {
        when(queries.exists("r-w")).thenReturn(true);
        List<String> all = Arrays.stream(RelationType.values()).map(Enum::name).toList();
        when(queries.around("r-w", 1, 100, all, Period.ALL)).thenReturn(WEST);
        mvc.perform(get("/api/graph").param("center", "r-w").param("format", "d3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[0].group").value("Board"))
                .andExpect(jsonPath("$.nodes[1].group").value("Mechanism"))
                .andExpect(jsonPath("$.links[0].source").value("m-1"))
                .andExpect(jsonPath("$.links[0].target").value("r-w"))
                .andExpect(jsonPath("$.center").value("r-w"))
                .andExpect(jsonPath("$.truncated").value(false));

        when(queries.around("r-w", 2, 10, List.of("SERVES", "PART_OF"), Period.ALL)).thenReturn(WEST);
        mvc.perform(get("/api/graph").param("center", "r-w").param("depth", "2").param("limit", "10")
                        .param("types", "serves,PART_OF").param("format", "graphml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("application/graphml+xml")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<edge id=\"e1\" source=\"m-1\" target=\"r-w\"><data key=\"relation\">SERVES</data>")));
    }

    @Test
    void badParametersAndUnknownCentresAreProblems() throws Exception {
        mvc.perform(get("/api/graph").param("center", "r-w").param("depth", "4"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("depth must be 1, 2 or 3"));
        mvc.perform(get("/api/graph").param("center", "r-w").param("limit", "1001"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("limit must be between 1 and 1000"));
        mvc.perform(get("/api/graph").param("center", "r-w").param("format", "svg"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("format must be cytoscape, echarts, d3 or graphml, not svg"));
        mvc.perform(get("/api/graph").param("center", "r-w").param("types", "LIKES")).andExpect(status().isBadRequest());
        when(queries.exists("r-0")).thenReturn(false);
        mvc.perform(get("/api/graph").param("center", "r-0"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("No entity with id r-0"));
        verify(queries, never()).around(anyString(), anyInt(), anyInt(), any(), any());
    }
}
