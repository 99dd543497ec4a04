package org.policykg.api.system;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.api.ControllerSlice;
import org.policykg.api.ControllerSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/stats} without an embedded server: the counts, and {@code embedded: false} with no addresses. */
@ControllerSliceTest
class StatsControllerTest implements ControllerSlice {

    @Autowired
    MockMvc mvc;

    @Autowired
    SystemQueries queries;

    @Test
    void countsAndNoEmbeddedServer() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Document", 5L);
        counts.put("SERVES", 99L);
        when(queries.counts()).thenReturn(counts);
        mvc.perform(get("/api/stats"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.Document").value(5))
                .andExpect(jsonPath("$.counts.SERVES").value(99))
                .andExpect(jsonPath("$.neo4j.embedded").value(false))
                .andExpect(jsonPath("$.neo4j.bolt").value(org.hamcrest.Matchers.nullValue()));
    }
}
