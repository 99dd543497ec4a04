package org.policykg.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of the ingest module, kept by tests. */
@AnalyzeClasses(packages = "org.policykg.ingest", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule hanlpStaysBehindItsAdapter = noClasses()
            .that().resideOutsideOfPackage("..segment..")
            .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
            .because("HanLP's configuration is global static state: one adapter owns it");

    @ArchTest
    static final ArchRule onlyTheGraphPackageTalksToNeo4j = noClasses()
            .that().resideOutsideOfPackage("..graph..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..")
            .because("Cypher and transactions live in one place");

    @ArchTest
    static final ArchRule stagesDoNotReachIntoLaterStages = noClasses()
            .that().resideInAnyPackage("..source..", "..script..", "..marks..", "..clean..", "..structure..", "..segment..", "..meta..")
            .should().dependOnClassesThat().resideInAnyPackage("..extract..", "..graph..", "..pipeline..", "..service..", "..cli..", "..eval..");

    @ArchTest
    static final ArchRule extractionKnowsNoDatabase = noClasses()
            .that().resideInAnyPackage("..extract..", "..model..", "..gazetteer..")
            .should().dependOnClassesThat().resideInAnyPackage("..graph..", "..pipeline..", "..service..", "..cli..");

    @ArchTest
    static final ArchRule analysisKnowsNoDatabase = noClasses()
            .that().resideInAPackage("..pipeline..")
            .should().dependOnClassesThat().resideInAnyPackage("..graph..", "..service..", "..cli..", "..eval..")
            .because("the stages run in memory; the ingestion service joins them to the graph");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses()
            .that().resideOutsideOfPackage("..cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule modelIsRecordsAndEnums = classes()
            .that().resideInAPackage("..model..").and().areNotNestedClasses().and().doNotHaveSimpleName("EntityId")
            .should().beRecords().orShould().beEnums();

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.policykg.ingest.(*)..").should().beFreeOfCycles();
}
