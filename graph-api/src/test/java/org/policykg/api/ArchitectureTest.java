package org.policykg.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of the service, kept by tests. */
@AnalyzeClasses(packages = "org.policykg.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOther = slices().matching("org.policykg.api.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                            "org.policykg.api.system..", "org.policykg.api.evidence..", "org.policykg.api.neo4j.."));

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
            .that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule rawDriverOnlyWhereTransactionsAreConfiguredByHand = noClasses()
            .that().resideInAnyPackage("..entity..", "..relation..", "..search..", "..export..", "..document..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Driver")
            .because("reads go through Neo4jClient; the Cypher console and system checks need the driver's session options");
}
