package org.policykg.api.document;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policykg.api.ControllerSlice;
import org.policykg.api.ControllerSliceTest;
import org.policykg.ingest.service.Ingestion;
import org.policykg.ingest.service.IngestionService;
import org.policykg.ingest.source.DocumentMeta;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The documents endpoints' HTTP side: the key filter, the size filter, reads through {@link DocumentQueries}. */
@ControllerSliceTest
class DocumentControllerTest implements ControllerSlice {

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentQueries queries;

    @Autowired
    IngestionService ingestion;

    @Test
    void listAndOneAreTheQuerysRows() throws Exception {
        when(queries.list(any())).thenReturn(List.of(Map.of("id", "d1", "title", "文件一", "sentences", 12)));
        mvc.perform(get("/api/documents"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].title").value("文件一"))
                .andExpect(jsonPath("$.items[0].sentences").value(12));
        when(queries.one("d1")).thenReturn(Optional.of(new DocumentQueries.DocumentDetail(Map.of("id", "d1", "script", "traditional"),
                List.of(Map.of("title", "一、总体要求")), List.of(Map.of("name", "西部地区", "mentions", 3)), 4)));
        mvc.perform(get("/api/documents/d1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.document.script").value("traditional"))
                .andExpect(jsonPath("$.sections[0].title").value("一、总体要求"))
                .andExpect(jsonPath("$.entities[0].mentions").value(3))
                .andExpect(jsonPath("$.relations").value(4));
        when(queries.one("d0")).thenReturn(Optional.empty());
        mvc.perform(get("/api/documents/d0"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No document with id d0"));
    }

    @Test
    void writesNeedTheKeyAndFitTheSizeLimitBeforeAnythingIsAnalysed() throws Exception {
        mvc.perform(post("/api/documents").contentType(MediaType.TEXT_PLAIN).content("健全区际利益补偿机制。"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.instance").value("/api/documents"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("This endpoint changes the graph: send the header X-API-Key."));
        mvc.perform(delete("/api/documents/d1").header("X-API-Key", "wrong"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The X-API-Key header does not match the configured key."));
        mvc.perform(post("/api/documents").header("X-API-Key", API_KEY).contentType(MediaType.TEXT_PLAIN).content("长".repeat(400)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Content Too Large"))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.detail").value("The request body has 1200 bytes; the limit is 1024 bytes."));
        verify(ingestion, never()).ingest(any(DocumentMeta.class), any(byte[].class));
        verify(ingestion, never()).delete(anyString());
    }

    @Test
    void aPostIsTheIngestionServicesAnswer201WhenNew200WhenStoredAlready() throws Exception {
        when(ingestion.ingest(any(DocumentMeta.class), any(byte[].class)))
                .thenReturn(new Ingestion(Ingestion.Status.CREATED, "d00000000000000a1", null, "补偿", 3, 4, 5, 6))
                .thenReturn(new Ingestion(Ingestion.Status.UNCHANGED, "d00000000000000a1", null, "补偿", 3, 4, 5, 6));
        for (int expected : new int[] {201, 200}) {
            mvc.perform(post("/api/documents").param("title", "补偿").header("X-API-Key", API_KEY)
                            .contentType(MediaType.TEXT_PLAIN).content("健全区际利益补偿机制。"))
                    .andExpect(status().is(expected))
                    .andExpect(header().string("Location", "/api/documents/d00000000000000a1"))
                    .andExpect(jsonPath("$.status").value(expected == 201 ? "CREATED" : "UNCHANGED"))
                    .andExpect(jsonPath("$.title").value("补偿"))
                    .andExpect(jsonPath("$.sentences").value(3))
                    .andExpect(jsonPath("$.entities").value(4))
                    .andExpect(jsonPath("$.mentions").value(5))
                    .andExpect(jsonPath("$.relations").value(6));
        }
        verify(ingestion, org.mockito.Mockito.times(2)).ingest(
                org.mockito.ArgumentMatchers.argThat(meta -> meta.title().equals("补偿") && meta.source().equals("api")),
                any(byte[].class));
    }

    @Test
    void aDeleteOfAnUnknownDocumentIs404() throws Exception {
        when(ingestion.delete("d0")).thenReturn(false);
        mvc.perform(delete("/api/documents/d0").header("X-API-Key", API_KEY))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("No document with id d0"));
        when(ingestion.delete("d1")).thenReturn(true);
        mvc.perform(delete("/api/documents/d1").header("X-API-Key", API_KEY)).andExpect(status().isNoContent());
        verify(ingestion).delete("d1");
    }
}
