package org.policykg.api;

import static com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat;
import static com.tngtech.archunit.lang.conditions.ArchConditions.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

    /**
     * What the service may use of the ingest module: its ingestion service and closed vocabularies (the model's
     * enums, and {@code Zone}: which sentences can state facts), and a few named
     * types besides (the pipeline it warms up and binds to metrics, the look-up forms of a name, what a posted
     * document says and why it is refused, the shared launcher and connection, the schema, counts and query-file
     * parser the command line uses too). Anything else of ingest stays its own business.
     */
    private static final List<String> INGEST_SURFACE_PACKAGES = List.of("org.policykg.ingest.service.", "org.policykg.ingest.model.");
    private static final List<String> INGEST_SURFACE_TYPES = List.of(
            "org.policykg.ingest.structure.Zone",
            "org.policykg.ingest.pipeline.Pipeline",
            "org.policykg.ingest.script.ScriptStage",
            "org.policykg.ingest.source.DocumentMeta",
            "org.policykg.ingest.source.InputRejectedException",
            "org.policykg.ingest.graph.EmbeddedNeo4j",
            "org.policykg.ingest.graph.GraphConnection",
            "org.policykg.ingest.graph.GraphCounts",
            "org.policykg.ingest.graph.SchemaMigrations",
            "org.policykg.ingest.graph.CypherFile");

    private static final DescribedPredicate<JavaClass> INGEST_OUTSIDE_ITS_SURFACE = DescribedPredicate.describe(
            "ingest types outside its service surface", c -> {
                String name = c.getName();
                return name.startsWith("org.policykg.ingest.")
                        && INGEST_SURFACE_PACKAGES.stream().noneMatch(name::startsWith)
                        && INGEST_SURFACE_TYPES.stream().noneMatch(t -> name.equals(t) || name.startsWith(t + "$"));
            });

    @ArchTest
    static final ArchRule theServiceUsesIngestOnlyThroughItsSurface = noClasses()
            .should().dependOnClassesThat(INGEST_OUTSIDE_ITS_SURFACE)
            .because("ingestion has one entry point, IngestionService; the rest of ingest may change without the service");

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

    /**
     * Reads run in read transactions, so a neo4j:// driver sends them to a cluster's secondaries: a query class
     * that reads through Neo4jClient is {@code @Transactional(readOnly = true)} (Spring Data's transaction manager
     * then opens READ sessions); the driver's own callers use {@code executeRead}.
     */
    @ArchTest
    static final ArchRule neo4jClientReadsRunInReadTransactions = classes()
            .that().haveSimpleNameEndingWith("Queries")
            .should(new ArchCondition<JavaClass>("read through Neo4jClient only in read-only transactions") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    boolean usesClient = c.getFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(Neo4jClient.class));
                    boolean readOnly = c.tryGetAnnotationOfType(Transactional.class).map(Transactional::readOnly).orElse(false);
                    if (usesClient && !readOnly) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + " reads through Neo4jClient without @Transactional(readOnly = true)"));
                    }
                }
            });

    @ArchTest
    static final ArchRule rawDriverOnlyWhereTransactionsAreConfiguredByHand = noClasses()
            .that().resideInAnyPackage("..entity..", "..relation..", "..search..", "..export..", "..document..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Driver")
            .because("reads go through Neo4jClient; the Cypher console and system checks need the driver's session options");
}
