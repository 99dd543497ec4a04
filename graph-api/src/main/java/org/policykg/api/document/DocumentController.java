package org.policykg.api.document;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.policykg.api.system.NotFoundException;
import org.policykg.ingest.service.Ingestion;
import org.policykg.ingest.service.IngestionService;
import org.policykg.ingest.source.DocumentMeta;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents: ingest one (JSON or plain text), list, show, delete. Writes go through ingest's
 * {@link IngestionService}, as the command line's do: one transaction per document; the same text again is
 * recognised by its hash before any analysis and changes nothing. Reads go through {@link DocumentQueries}.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    private final IngestionService ingestion;
    private final DocumentQueries queries;

    DocumentController(IngestionService ingestion, DocumentQueries queries) {
        this.ingestion = ingestion;
        this.queries = queries;
    }

    record NewDocument(String title, String text, String source, String date, String key, List<String> authors) {
    }

    record Ingested(String id, String status, String replaced, String title, int sentences, int entities, int mentions,
                    int relations) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Ingested> postJson(@RequestBody NewDocument body) {
        if (body == null || body.text() == null) {
            throw new IllegalArgumentException("body must be JSON with at least \"text\" (and \"title\", \"source\", \"date\")");
        }
        return ingest(body.title(), body.key(), body.source(), body.date(), body.authors(), body.text().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, "text/markdown", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Ingested> postText(@RequestBody(required = false) byte[] body, @RequestParam(required = false) String title,
                                      @RequestParam(required = false) String key, @RequestParam(required = false) String source,
                                      @RequestParam(required = false) String date) {
        return ingest(title, key, source, date, List.of(), body == null ? new byte[0] : body);
    }

    private ResponseEntity<Ingested> ingest(String title, String key, String source, String date, List<String> authors, byte[] bytes) {
        String documentKey = key != null && !key.isBlank() ? key : "api-" + UUID.nameUUIDFromBytes(bytes);
        DocumentMeta meta = new DocumentMeta(documentKey, title == null || title.isBlank() ? documentKey : title,
                authors, null, date, source == null ? "api" : source);
        Ingestion done = ingestion.ingest(meta, bytes);
        Ingested answer = new Ingested(done.documentId(), done.status().name(), done.replacedId(), done.title(),
                done.sentences(), done.entities(), done.mentions(), done.relations());
        HttpStatus status = done.status() == Ingestion.Status.UNCHANGED ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).location(URI.create("/api/documents/" + done.documentId())).body(answer);
    }

    record Documents(List<Map<String, Object>> items, int total) {
    }

    @GetMapping
    Documents list() {
        List<Map<String, Object>> items = queries.list();
        return new Documents(items, items.size());
    }

    @GetMapping("/{id}")
    DocumentQueries.DocumentDetail one(@PathVariable String id) {
        return queries.one(id).orElseThrow(() -> new NotFoundException("No document with id " + id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!ingestion.delete(id)) {
            throw new NotFoundException("No document with id " + id);
        }
        return ResponseEntity.noContent().build();
    }
}
