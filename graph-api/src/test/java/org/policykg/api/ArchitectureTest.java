package org.policykg.api;

import static com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat;
import static com.tngtech.archunit.lang.conditions.ArchConditions.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The boundaries of the service, kept by tests. */
@AnalyzeClasses(packages = "org.policykg.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Features, each a package with one query class; these are shared by all of them. */
    private static final String[] SHARED = {"org.policykg.api.system..", "org.policykg.api.evidence..",
            "org.policykg.api.neo4j..", "org.policykg.api.cypher.."};

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOther = slices().matching("org.policykg.api.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAnyPackage(SHARED));

    @ArchTest
    static final ArchRule theEmbeddedServerStaysInItsPackage = noClasses()
            .that().resideOutsideOfPackage("..neo4j..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.server..", "org.neo4j.kernel..", "org.neo4j.dbms..");

    @ArchTest
    static final ArchRule noHanLpInTheService = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
            .because("HanLP stays behind the ingest module's segmenter");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().notBePublic();

    /**
     * Controllers only speak HTTP: the Cypher, the driver and Spring Data Neo4j stay in the feature's query class.
     * "Contains Cypher" is read from the class file's string constants ({@link CypherInClassFiles}).
     */
    @ArchTest
    static final ArchRule controllersHoldNoCypherAndNoNeo4jAccess = classes()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should(not(dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                    "org.neo4j.driver..", "org.springframework.data.neo4j.."))))
            .andShould(CypherInClassFiles.notContainCypher())
            .because("each feature's Cypher lives in .cypher files run by its package-private query class");

    @ArchTest
    static final ArchRule queryClassesArePackagePrivate = classes()
            .that().haveSimpleNameEndingWith("Queries")
            .should().notBePublic()
            .because("a feature's queries are its own; other features ask its endpoints, not its Cypher");

    @ArchTest
    static final ArchRule rawDriverOnlyWhereTransactionsAreConfiguredByHand = noClasses()
            .that().resideInAnyPackage("..entity..", "..relation..", "..search..", "..export..", "..document..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Driver")
            .because("reads go through Neo4jClient; the Cypher console and system checks need the driver's session options");
}
