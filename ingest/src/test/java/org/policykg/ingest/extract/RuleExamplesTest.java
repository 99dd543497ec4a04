package org.policykg.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every pattern in {@code rules/relation-cues.yaml} carries examples; each example runs through the whole pipeline and
 * must give the facts it lists under {@code expect} ("TYPE from -> to", or "entity name") and none under {@code absent}.
 */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyPatternExampleGivesItsFacts() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = RuleBook.class.getResourceAsStream(RuleBook.RESOURCE)) {
            Map<?, ?> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            yaml.forEach((section, body) -> {
                Object examples = body instanceof Map<?, ?> m ? m.get("examples") : null;
                if (examples instanceof List<?> list) {
                    for (Object o : list) {
                        Map<?, ?> example = (Map<?, ?>) o;
                        String text = String.valueOf(example.get("text"));
                        tests.add(DynamicTest.dynamicTest(section + ": " + text, () -> check(example, text)));
                    }
                }
            });
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(8);
        return tests.stream();
    }

    private static void check(Map<?, ?> example, String text) {
        Set<String> facts = facts(Fixtures.pipeline().process(DocumentMeta.untitled("example"), text.getBytes(StandardCharsets.UTF_8)));
        assertThat(facts).as(text).containsAll(strings(example.get("expect")));
        List<String> absent = strings(example.get("absent"));
        if (!absent.isEmpty()) {
            assertThat(facts).as(text).doesNotContainAnyElementsOf(absent);
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

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
