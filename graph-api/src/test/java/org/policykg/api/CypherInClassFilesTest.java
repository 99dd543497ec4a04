package org.policykg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The controller rule of {@link ArchitectureTest} fails on the shapes it forbids, not only passes on today's code. */
class CypherInClassFilesTest {

    @RestController
    static class ControllerWithATextBlock {
        static final String QUERY = """
                MATCH (m:Mechanism)-[:SERVES]->(b:Region)
                RETURN b.name AS board, count(m) AS mechanisms
                """;
    }

    @RestController
    static class ControllerThatConcatenates {
        @GetMapping("/x")
        String query(String label) {
            return "MATCH (n:" + label + ") RETURN n";
        }
    }

    @RestController
    static class ControllerWithTheDriver {
        private final Driver driver;

        ControllerWithTheDriver(Driver driver) {
            this.driver = driver;
        }
    }

    @RestController
    static class ControllerThatOnlySpeaksHttp {
        @GetMapping("/y")
        Map<String, String> answer() {
            return Map.of("detail", "No entity matches; return to the list and try another name");
        }
    }

    @Test
    void cypherInTextBlocksAndConcatenationAndTheDriverAreViolations() {
        assertThat(violations(ControllerWithATextBlock.class)).singleElement().asString().contains("MATCH (m:Mechanism)");
        assertThat(violations(ControllerThatConcatenates.class)).singleElement().asString().contains("contains Cypher");
        assertThat(violations(ControllerWithTheDriver.class)).isNotEmpty()
                .anySatisfy(v -> assertThat(v).contains("org.neo4j.driver.Driver"));
    }

    @Test
    void plainHttpCodePasses() {
        assertThat(violations(ControllerThatOnlySpeaksHttp.class)).isEmpty();
    }

    @Test
    void readsTheStringConstantsOfARealClassFile() {
        JavaClasses classes = new ClassFileImporter().importClasses(ControllerWithATextBlock.class);
        assertThat(CypherInClassFiles.stringConstants(classes.get(ControllerWithATextBlock.class)))
                .contains(ControllerWithATextBlock.QUERY);
    }

    private static java.util.List<String> violations(Class<?> controller) {
        JavaClasses classes = new ClassFileImporter().importClasses(controller);
        EvaluationResult result = ArchitectureTest.controllersHoldNoCypherAndNoNeo4jAccess.evaluate(classes);
        return result.getFailureReport().getDetails();
    }
}
