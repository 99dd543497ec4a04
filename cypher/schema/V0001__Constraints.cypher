// V0001: identity constraints and lookup indexes. Every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (s:Section) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE;

CREATE INDEX document_key IF NOT EXISTS FOR (d:Document) ON (d.key);
CREATE INDEX section_document IF NOT EXISTS FOR (s:Section) ON (s.documentId);
CREATE INDEX sentence_document IF NOT EXISTS FOR (s:Sentence) ON (s.documentId);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX region_kind IF NOT EXISTS FOR (r:Region) ON (r.kind);
