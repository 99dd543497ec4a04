package org.policykg.ingest.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.DocumentMetadata;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Relation;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.source.DocumentMeta;
import org.policykg.ingest.structure.Section;
import org.policykg.ingest.structure.Sentence;
import org.policykg.ingest.structure.StructuredDocument;

/**
 * The write stage. Needs: a document graph. Adds: the document to Neo4j (its metadata on the Document node: issuers,
 * number, date as {@code yyyy[-MM[-dd]]} with its {@code year} and {@code datePrecision}, kind, authors, venue), in one transaction, with batched,
 * parameterised {@code UNWIND … MERGE}. The same text again changes nothing; a new text under the same key
 * replaces the old version and its facts.
 */
public final class DocumentWriter {

    private static final String FIND_EXISTING = """
            OPTIONAL MATCH (same:Document {id: $id})
            OPTIONAL MATCH (previous:Document {key: $key}) WHERE previous.id <> $id
            RETURN same IS NOT NULL AS exists, collect(previous.id) AS previous
            """;

    /** Every change to the graph moves its version on, in the same transaction (readers cache by it). */
    static final String BUMP_VERSION = """
            MERGE (g:GraphState {id: 'graph'})
            SET g.version = coalesce(g.version, 0) + 1
            """;

    private static final String CREATE_DOCUMENT = """
            CREATE (d:Document {id: $id, key: $key, title: $title, authors: $authors, venue: $venue, date: $date,
                                year: $year, datePrecision: $datePrecision, issuers: $issuers, number: $number,
                                kind: $kind, source: $source, charset: $charset, script: $script,
                                characters: $characters, ingestedAt: datetime()})
            """;

    private static final String CREATE_SECTIONS = """
            UNWIND $sections AS s
            CREATE (x:Section {id: s.id, documentId: $id, title: s.title, heading: s.heading, level: s.level,
                               ordinal: s.ordinal, path: s.path})
            WITH x, s
            OPTIONAL MATCH (parent:Section {id: s.parentId})
            OPTIONAL MATCH (d:Document {id: $id}) WHERE s.parentId IS NULL
            FOREACH (p IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | CREATE (p)-[:HAS_SUBSECTION]->(x))
            FOREACH (p IN CASE WHEN d IS NULL THEN [] ELSE [d] END | CREATE (p)-[:HAS_SECTION]->(x))
            """;

    private static final String CREATE_SENTENCES = """
            UNWIND $sentences AS s
            MATCH (x:Section {id: s.sectionId})
            CREATE (x)-[:HAS_SENTENCE]->(:Sentence {id: s.id, documentId: $id, sectionId: s.sectionId,
                    section: s.section, ordinal: s.ordinal, paragraph: s.paragraph, text: s.text,
                    simplified: s.simplified, zone: s.zone, heading: s.heading})
            """;

    /** The label comes from {@link EntityType} (the row's {@code type}), never from user input. */
    private static final String MERGE_ENTITIES = """
            UNWIND $entities AS e
            MERGE (n:Entity {id: e.id})
            ON CREATE SET n.name = e.name, n.type = e.type, n.kind = e.kind, n.aliases = e.aliases,
                          n.method = e.method, n.confidence = e.confidence
            ON MATCH SET n.aliases = reduce(acc = coalesce(n.aliases, []), a IN e.aliases |
                                            CASE WHEN a IN acc THEN acc ELSE acc + a END),
                         n.method = CASE WHEN e.confidence > n.confidence THEN e.method ELSE n.method END,
                         n.confidence = CASE WHEN e.confidence > n.confidence THEN e.confidence ELSE n.confidence END
            SET n:$(e.type)
            """;

    private static final String CREATE_MENTIONS = """
            UNWIND $mentions AS m
            MATCH (s:Sentence {id: m.sentenceId})
            MATCH (e:Entity {id: m.entityId})
            CREATE (s)-[:MENTIONS {surface: m.surface, start: m.start, end: m.end, method: m.method}]->(e)
            """;

    /**
     * The relationship type comes from {@link RelationType} (the row's {@code type}), never from user input.
     * Summary properties are updated from this document's share alone, so the cost does not grow with the corpus.
     */
    private static final String MERGE_RELATIONS = """
            UNWIND $relations AS rel
            MATCH (a:Entity {id: rel.from})
            MATCH (b:Entity {id: rel.to})
            MERGE (a)-[r:$(rel.type)]->(b)
            ON CREATE SET r.evidence = [], r.evidenceMethods = [], r.documents = [], r.counts = [], r.methods = [], r.count = 0
            SET r.evidence = r.evidence + rel.evidence,
                r.evidenceMethods = r.evidenceMethods + rel.methods,
                r.documents = r.documents + [$id],
                r.counts = r.counts + [rel.sentences],
                r.count = r.count + rel.sentences,
                r.methods = reduce(acc = r.methods, m IN rel.methodSet | CASE WHEN m IN acc THEN acc ELSE acc + m END)
            WITH r
            """ + RelationSummary.CONFIDENCE;

    private final Driver driver;
    private final String database;
    private final Runnable afterEachStatement;

    public DocumentWriter(Driver driver, String database) {
        this(driver, database, () -> { });
    }

    /** For fault-injection tests: {@code afterEachStatement} runs after every statement of a document's transaction. */
    DocumentWriter(Driver driver, String database, Runnable afterEachStatement) {
        this.driver = driver;
        this.database = database;
        this.afterEachStatement = afterEachStatement;
    }

    public WriteOutcome write(DocumentGraph graph) {
        try {
            return writeOnce(graph);
        } catch (ClientException e) {
            // the same text, posted concurrently, committed first: the document is there, whole
            if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code()) && contains(graph.document().id())) {
                return new WriteOutcome(WriteOutcome.Status.UNCHANGED, graph.document().id(), null, 0, 0, 0, 0);
            }
            throw e;
        }
    }

    private WriteOutcome writeOnce(DocumentGraph graph) {
        StructuredDocument doc = graph.document();
        DocumentMeta meta = doc.source().meta();
        try (Session session = Neo4jGraph.session(driver, database)) {
            return session.executeWrite(tx -> {
                var existing = tx.run(FIND_EXISTING, Map.of("id", doc.id(), "key", meta.key())).single();
                if (existing.get("exists").asBoolean()) {
                    return new WriteOutcome(WriteOutcome.Status.UNCHANGED, doc.id(), null, 0, 0, 0, 0);
                }
                List<String> previous = existing.get("previous").asList(v -> v.asString());
                for (String old : previous) {
                    DocumentRemoval.remove(tx, old);
                }
                writeDocument(tx, graph, afterEachStatement);
                return new WriteOutcome(previous.isEmpty() ? WriteOutcome.Status.CREATED : WriteOutcome.Status.REPLACED,
                        doc.id(), previous.isEmpty() ? null : previous.get(0), doc.sentences().size(),
                        graph.entities().size(), graph.mentions().size(), groupedRelations(graph).values().stream().mapToInt(List::size).sum());
            });
        }
    }

    /** Whether a document with this content id is stored. */
    public boolean contains(String documentId) {
        try (Session session = Neo4jGraph.session(driver, database)) {
            return session.executeRead(tx -> tx.run("MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS found",
                    Map.of("id", documentId)).single().get("found").asBoolean());
        }
    }

    /**
     * The stored document with this content id, counted as {@link #write} counts a new one, or empty when there is
     * none; one read transaction, so the caller can stop before any analysis.
     */
    public Optional<WriteOutcome> stored(String documentId) {
        try (Session session = Neo4jGraph.session(driver, database)) {
            return session.executeRead(tx -> StoredDocument.read(tx, documentId));
        }
    }

    /** Removes a document and every fact left without evidence. Returns false when there was no such document. */
    public boolean delete(String documentId) {
        try (Session session = Neo4jGraph.session(driver, database)) {
            return session.executeWrite(tx -> {
                boolean exists = tx.run("MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS exists", Map.of("id", documentId))
                        .single().get("exists").asBoolean();
                if (exists) {
                    DocumentRemoval.remove(tx, documentId);
                }
                return exists;
            });
        }
    }

    private static void writeDocument(TransactionContext tx, DocumentGraph graph, Runnable afterEachStatement) {
        StructuredDocument doc = graph.document();
        DocumentMeta meta = doc.source().meta();
        DocumentMetadata metadata = graph.metadata();
        Map<String, Object> params = new HashMap<>();
        params.put("id", doc.id());
        params.put("key", meta.key());
        params.put("title", meta.title());
        params.put("authors", metadata.authors());
        params.put("venue", metadata.venue());
        params.put("date", metadata.date() == null ? null : metadata.date().iso());
        params.put("year", metadata.date() == null ? null : metadata.date().year());
        params.put("datePrecision", metadata.date() == null ? null : metadata.date().precision().name());
        params.put("issuers", metadata.issuers());
        params.put("number", metadata.number());
        params.put("kind", metadata.kind() == null ? null : metadata.kind().name());
        params.put("source", meta.source());
        params.put("charset", doc.source().charset());
        params.put("script", doc.script().label());
        params.put("characters", doc.source().text().length());
        tx.run(BUMP_VERSION).consume();
        tx.run(CREATE_DOCUMENT, params).consume();
        afterEachStatement.run();

        Map<String, Section> sections = doc.sectionsById();
        tx.run(CREATE_SECTIONS, Map.of("id", doc.id(), "sections", doc.sections().stream().map(DocumentWriter::row).toList())).consume();
        afterEachStatement.run();
        tx.run(CREATE_SENTENCES, Map.of("id", doc.id(),
                "sentences", doc.sentences().stream().map(s -> row(s, sections.get(s.sectionId()))).toList())).consume();
        afterEachStatement.run();

        tx.run(MERGE_ENTITIES, Map.of("entities", graph.entities().stream().map(DocumentWriter::row).toList())).consume();
        afterEachStatement.run();
        tx.run(CREATE_MENTIONS, Map.of("mentions", graph.mentions().stream().map(DocumentWriter::row).toList())).consume();
        afterEachStatement.run();
        List<Map<String, Object>> relations = groupedRelations(graph).values().stream().flatMap(List::stream).toList();
        tx.run(MERGE_RELATIONS, Map.of("id", doc.id(), "relations", relations, "confidence", RelationSummary.confidenceByMethod())).consume();
        afterEachStatement.run();
    }

    /** Evidence kept per relation and document; {@code count} still counts every sentence. */
    static final int EVIDENCE_PER_DOCUMENT = 10;

    /**
     * One row per (type, from, to): up to {@value #EVIDENCE_PER_DOCUMENT} evidence sentences with the method of
     * each, the number of distinct sentences, and the distinct methods.
     */
    private static Map<RelationType, List<Map<String, Object>>> groupedRelations(DocumentGraph graph) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> sentencesByKey = new HashMap<>();
        Map<RelationType, List<Map<String, Object>>> result = new LinkedHashMap<>();
        for (Relation r : graph.relations()) {
            String key = r.type() + "|" + r.fromId() + "|" + r.toId();
            Map<String, Object> row = byKey.computeIfAbsent(key, k -> {
                Map<String, Object> m = new HashMap<>();
                m.put("type", r.type().name());
                m.put("from", r.fromId());
                m.put("to", r.toId());
                m.put("evidence", new ArrayList<String>());
                m.put("methods", new ArrayList<String>());
                m.put("methodSet", new ArrayList<String>());
                result.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(m);
                return m;
            });
            @SuppressWarnings("unchecked") List<String> evidence = (List<String>) row.get("evidence");
            @SuppressWarnings("unchecked") List<String> methods = (List<String>) row.get("methods");
            @SuppressWarnings("unchecked") List<String> methodSet = (List<String>) row.get("methodSet");
            java.util.Set<String> sentences = sentencesByKey.computeIfAbsent(key, k -> new java.util.LinkedHashSet<>());
            for (String sentence : r.evidence()) {
                if (sentences.add(sentence) && evidence.size() < EVIDENCE_PER_DOCUMENT) {
                    evidence.add(sentence);
                    methods.add(r.method().name());
                }
            }
            if (!methodSet.contains(r.method().name())) {
                methodSet.add(r.method().name());
            }
            row.put("sentences", sentences.size());
        }
        return result;
    }

    private static Map<String, Object> row(Section s) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", s.id());
        m.put("parentId", s.parentId());
        m.put("title", s.title());
        m.put("heading", s.heading());
        m.put("level", s.level());
        m.put("ordinal", s.ordinal());
        m.put("path", s.path());
        return m;
    }

    private static Map<String, Object> row(Sentence s, Section section) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", s.id());
        m.put("sectionId", s.sectionId());
        m.put("section", Optional.ofNullable(section).map(Section::pathText).orElse(""));
        m.put("ordinal", s.ordinal());
        m.put("paragraph", s.paragraph());
        m.put("text", s.text());
        // only a sentence written in traditional characters has a simplified form of its own (a null is not stored)
        m.put("simplified", s.converted() ? s.analysisText() : null);
        m.put("zone", s.zone().name());
        m.put("heading", s.heading());
        return m;
    }

    private static Map<String, Object> row(Entity e) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("type", e.type().label());
        m.put("kind", e.kind() == null ? null : e.kind().name());
        m.put("aliases", List.copyOf(e.aliases()));
        m.put("method", e.method().name());
        m.put("confidence", e.confidence());
        return m;
    }

    private static Map<String, Object> row(Mention m) {
        return Map.of("sentenceId", m.sentenceId(), "entityId", m.entityId(), "surface", m.surface(),
                "start", m.start(), "end", m.end(), "method", m.method().name());
    }
}
