package org.clusteratlas;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Keeps the layers apart: the core must run headless and be reusable by the command line. */
@AnalyzeClasses(packages = "org.clusteratlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {
        "org.clusteratlas.snapshot..", "org.clusteratlas.geo..", "org.clusteratlas.cluster..",
        "org.clusteratlas.rank..", "org.clusteratlas.io..", "org.clusteratlas.sample..", "org.clusteratlas.robust..",
        "org.clusteratlas.timeline..", "org.clusteratlas.published.."
    };

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
            .because("the core (snapshot, sample, geo, cluster, rank, robust, io) must run headless from the command line");

    @ArchTest
    static final ArchRule coreDoesNotKnowItsClients = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.clusteratlas.ui..", "org.clusteratlas.cli..",
                    "org.clusteratlas.basemap..")
            .because("data flows one way: core -> cli/ui, never back");

    @ArchTest
    static final ArchRule cliIsHeadless = noClasses().that().resideInAnyPackage("org.clusteratlas.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.clusteratlas.ui..")
            .because("the command line must work without a display");

    @ArchTest
    static final ArchRule figuresAreHeadless = noClasses().that().resideInAnyPackage("org.clusteratlas.figure..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.clusteratlas.ui..",
                    "org.clusteratlas.cli..")
            .because("the map command draws the window's figures without a display");

    @Test
    void theCoreRuleCatchesAViolation() throws ClassNotFoundException {
        JavaClasses bad = new ClassFileImporter()
                .importClasses(Class.forName("org.clusteratlas.rank.ArchitectureViolationFixture"));
        assertThrows(AssertionError.class, () -> coreHasNoJavaFx.check(bad));
    }
}
