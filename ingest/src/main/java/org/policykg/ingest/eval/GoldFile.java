package org.policykg.ingest.eval;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * One {@code gold/*.yaml} file as written (format in {@link GoldStandard}), bound by Jackson: entities by type name,
 * relations as rows {@code [type, from, to, evidence?]}, and the optional part of the same shape.
 */
record GoldFile(String document, Map<String, List<Names>> entities, List<List<String>> relations, Part optional) {

    GoldFile {
        entities = entities == null ? Map.of() : entities;
        relations = relations == null ? List.of() : relations;
        optional = optional == null ? new Part(null, null) : optional;
    }

    /** What a reader may or may not count. */
    record Part(Map<String, List<Names>> entities, List<List<String>> relations) {
        Part {
            entities = entities == null ? Map.of() : entities;
            relations = relations == null ? List.of() : relations;
        }
    }

    /** An entity's names: a single name ({@code 辽宁}) or the alternatives it goes by ({@code [辽宁省, 辽宁]}). */
    record Names(List<String> all) {

        @JsonCreator
        static Names one(String name) {
            return new Names(List.of(name));
        }

        @JsonCreator
        static Names alternatives(List<String> names) {
            return new Names(names);
        }
    }
}
