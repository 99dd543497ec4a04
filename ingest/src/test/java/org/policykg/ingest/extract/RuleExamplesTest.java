package org.policykg.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.policykg.ingest.Fixtures;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.source.DocumentMeta;
import org.policykg.ingest.yaml.YamlFiles;

/**
 * Every pattern in {@code rules/relation-cues.yaml} carries examples; each example runs through the whole pipeline and
 * must give the facts it lists under {@code expect} ("TYPE from -> to", or "entity name") and none under {@code absent}.
 */
class RuleExamplesTest {

    /** One example: a text of our own (with the title of its document, where a rule reads it), the facts it must give, and those it must not. */
    record Example(String text, String title, List<String> expect, List<String> absent) {
    }

    record Section(List<Example> examples) {
    }

    @TestFactory
    Stream<DynamicTest> everyPatternExampleGivesItsFacts() {
        Map<String, Section> file = YamlFiles.resource(RuleBook.RESOURCE, RuleFileSections.class);
        List<DynamicTest> tests = new ArrayList<>();
        file.forEach((section, body) -> {
            if (body != null && body.examples() != null) {
                body.examples().forEach(example ->
                        tests.add(DynamicTest.dynamicTest(section + ": " + example.text(), () -> check(example))));
            }
        });
        assertThat(tests).hasSizeGreaterThanOrEqualTo(8);
        return tests.stream();
    }

    /** The rules file as sections of examples (each section's word lists are the rules' and not read here). */
    static final class RuleFileSections extends java.util.LinkedHashMap<String, Section> {
    }

    private static void check(Example example) {
        String text = example.text();
        // a title is the document's first line, as in a real document
        String document = example.title() == null ? text : example.title() + "\n\n" + text;
        Set<String> facts = facts(Fixtures.pipeline().process(DocumentMeta.untitled("example"), document.getBytes(StandardCharsets.UTF_8)));
        assertThat(facts).as(text).containsAll(example.expect() == null ? List.of() : example.expect());
        if (example.absent() != null && !example.absent().isEmpty()) {
            assertThat(facts).as(text).doesNotContainAnyElementsOf(example.absent());
        }
    }

    private static Set<String> facts(DocumentGraph g) {
        Map<String, Entity> byId = g.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        Set<String> facts = new HashSet<>();
        g.mentions().forEach(m -> facts.add("entity " + byId.get(m.entityId()).name()));
        g.relations().forEach(r -> {
            facts.add(r.type() + " " + byId.get(r.fromId()).name() + " -> " + byId.get(r.toId()).name());
            if (r.type() == RelationType.COOPERATES_WITH) { // symmetric: stored in one direction
                facts.add(r.type() + " " + byId.get(r.toId()).name() + " -> " + byId.get(r.fromId()).name());
            }
        });
        return facts;
    }
}
