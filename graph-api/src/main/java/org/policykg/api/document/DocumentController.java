package org.policykg.api.document;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;

import org.policykg.api.evidence.Period;
import org.policykg.api.system.NotFoundException;
import org.policykg.ingest.model.DocumentDate;
import org.policykg.ingest.model.DocumentKind;
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

    /** A posted document; {@code issuer} (one or a list), {@code number}, {@code date}, {@code kind}, {@code venue}, {@code authors} win over what the text states. */
    record NewDocument(String title, String text, String source, String date, String key, List<String> authors,
                       @JsonAlias("issuers") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> issuer,
                       String number, String kind, String venue) {
    }

    record Ingested(String id, String status, String replaced, String title, int sentences, int entities, int mentions,
                    int relations) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Ingested> postJson(@RequestBody NewDocument body) {
        if (body == null || body.text() == null) {
            throw new IllegalArgumentException("body must be JSON with at least \"text\" (and \"title\", \"source\", \"date\")");
        }
        Given given = new Given(body.authors(), body.issuer(), body.number(), body.date(), body.kind(), body.venue());
        return ingest(body.title(), body.key(), body.source(), given, body.text().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, "text/markdown", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Ingested> postText(@RequestBody(required = false) byte[] body, @RequestParam(required = false) String title,
                                      @RequestParam(required = false) String key, @RequestParam(required = false) String source,
                                      @RequestParam(required = false) String date, @RequestParam(required = false) List<String> issuer,
                                      @RequestParam(required = false) String number, @RequestParam(required = false) String kind) {
        return ingest(title, key, source, new Given(List.of(), issuer, number, date, kind, null), body == null ? new byte[0] : body);
    }

    /** What the caller states about a document; a date or kind that cannot be read is refused (400) before any analysis. */
    private record Given(List<String> authors, List<String> issuers, String number, String date, String kind, String venue) {

        Given {
            if (date != null && !date.isBlank()) {
                DocumentDate.parse(date);
            }
            if (kind != null && !kind.isBlank()) {
                kind = DocumentKind.parse(kind).name();
            }
        }
    }

    private ResponseEntity<Ingested> ingest(String title, String key, String source, Given given, byte[] bytes) {
        String documentKey = key != null && !key.isBlank() ? key : "api-" + UUID.nameUUIDFromBytes(bytes);
        DocumentMeta meta = new DocumentMeta(documentKey, title == null || title.isBlank() ? documentKey : title,
                given.authors(), given.venue(), given.date(), source == null ? "api" : source, given.issuers(), given.number(), given.kind());
        Ingestion done = ingestion.ingest(meta, bytes);
        Ingested answer = new Ingested(done.documentId(), done.status().name(), done.replacedId(), done.title(),
                done.sentences(), done.entities(), done.mentions(), done.relations());
        HttpStatus status = done.status() == Ingestion.Status.UNCHANGED ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).location(URI.create("/api/documents/" + done.documentId())).body(answer);
    }

    record Documents(List<Map<String, Object>> items, int total) {
    }

    /**
     * The documents, filtered by issuer, kind ({@code NOTICE} or {@code 通知}) and a period whose ends are a year, a
     * month or a day ({@code from=2024&to=2025-06}); from after to, or an end that is no date, is a 400.
     */
    @GetMapping
    Documents list(@RequestParam(required = false) String issuer, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = Period.of(from, to);
        DocumentKind documentKind = kind == null || kind.isBlank() ? null : DocumentKind.parse(kind);
        String issuerName = issuer == null || issuer.isBlank() ? null : issuer.strip();
        List<Map<String, Object>> items = queries.list(new DocumentQueries.Filter(issuerName, documentKind, period));
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
