package org.policykg.api.query;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.policykg.api.ControllerSlice;
import org.policykg.api.ControllerSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The Cypher console's HTTP side: the body, the result shape, and Neo4j's refusals as problem details. */
@ControllerSliceTest
class CypherControllerTest implements ControllerSlice {

    private static final String QUERY = "MATCH (b:Region {kind: $k}) RETURN b.name AS name";

    @Autowired
    MockMvc mvc;

    @Autowired
    CypherQueries queries;

    @Test
    void theQueryAndItsParametersGoThroughAndRowsComeBack() throws Exception {
        when(queries.run(QUERY, Map.of("k", "Board"))).thenReturn(new CypherQueries.CypherResult(List.of("name"),
                List.of(Map.of("name", "西部地区")), true));
        mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\": \"" + QUERY.replace("$", "\\u0024") + "\", \"params\": {\"k\": \"Board\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[0]").value("name"))
                .andExpect(jsonPath("$.rows[0].name").value("西部地区"))
                .andExpect(jsonPath("$.truncated").value(true));
    }

    @Test
    void neo4jRefusalsAndOutagesAreProblemsWithTheirCode() throws Exception {
        when(queries.run("RETURN x", Map.of())).thenThrow(new ClientException("Neo.ClientError.Statement.SyntaxError", "Variable `x` not defined"));
        mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).content("{\"query\": \"RETURN x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Query refused by Neo4j"))
                .andExpect(jsonPath("$.neo4jCode").value("Neo.ClientError.Statement.SyntaxError"));
        when(queries.run("RETURN 1", Map.of())).thenThrow(new ServiceUnavailableException("connection refused"));
        mvc.perform(post("/api/cypher").contentType(MediaType.APPLICATION_JSON).content("{\"query\": \"RETURN 1\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value("Neo4j is not reachable: connection refused"));
    }
}
