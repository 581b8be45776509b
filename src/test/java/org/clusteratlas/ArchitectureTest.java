package org.clusteratlas;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Keeps the layers apart: the core must run headless and be reusable by the command line. */
@AnalyzeClasses(packages = "org.clusteratlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {
        "org.clusteratlas.snapshot..", "org.clusteratlas.geo..", "org.clusteratlas.cluster..",
        "org.clusteratlas.rank..", "org.clusteratlas.io..", "org.clusteratlas.sample..", "org.clusteratlas.robust..",
        "org.clusteratlas.timeline..", "org.clusteratlas.published..", "org.clusteratlas.profile.."
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

    /**
     * The window's views: nodes, menus, windows, dialogs and action handlers of {@code ui} (and classes
     * nested in them). They bind to view models and forward intents; the work and the state are the models'.
     */
    static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe(
            "views (nodes, menus, windows, dialogs and actions of ui)", ArchitectureTest::isView);

    private static boolean isView(JavaClass c) {
        if (!c.getPackageName().startsWith("org.clusteratlas.ui")) {
            return false;
        }
        if (c.isAssignableTo(javafx.scene.Node.class) || c.isAssignableTo(javafx.scene.control.MenuItem.class)
                || c.getSimpleName().matches(".*(Window|Menu|Dialog|Actions)")) {
            return true;
        }
        return c.getEnclosingClass().map(ArchitectureTest::isView).orElse(false);
    }

    @ArchTest
    static final ArchRule viewsBuildNoEngine = noClasses().that(VIEWS)
            .should().dependOnClassesThat().haveFullyQualifiedName("org.clusteratlas.cluster.ClusterEngine")
            .because("clustering runs in view models on the task runner's lanes, never in a view (ADR 0042)");

    @ArchTest
    static final ArchRule viewsStartNoThreads = noClasses().that(VIEWS)
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executor")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ExecutorService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadPoolExecutor")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ForkJoinPool")
            .because("background work runs on one task runner with lanes, injected into view models (ADR 0042)");

    @ArchTest
    static final ArchRule viewsWriteNoFiles = noClasses().that(VIEWS)
            .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
            .because("files are read and written on the I/O lane by view models, never by a view (ADR 0042)");

    /**
     * The project's and the platform's file writers. {@code Files} has its own rule; {@code AtomicFiles} (and
     * the streams it wraps) slipped past it, so a view could write on the FX thread (MemberPlacesTable did).
     */
    private static final String[] FILE_WRITERS = {
        "org.clusteratlas.io.AtomicFiles", "java.io.FileOutputStream", "java.io.FileWriter",
        "java.io.RandomAccessFile", "java.nio.channels.FileChannel", "javax.imageio.ImageIO"
    };

    @ArchTest
    static final ArchRule viewsUseNoFileWriters = noClasses().that(VIEWS)
            .should().dependOnClassesThat().haveNameMatching(String.join("|",
                    java.util.Arrays.stream(FILE_WRITERS).map(java.util.regex.Pattern::quote).toList()))
            .because("exports are written on the I/O lane through FileTasks, never by a view on the FX thread"
                    + " (ADR 0042)");

    @ArchTest
    static final ArchRule uiDoesNotUseTheCommandLine = noClasses().that().resideInAPackage("org.clusteratlas.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.clusteratlas.cli..")
            .because("the window and the command line are two clients of the same core; neither calls the other");

    private static JavaClasses fixture(String name) throws ClassNotFoundException {
        return new ClassFileImporter().importClasses(Class.forName("org.clusteratlas.ui.fixture.ViewRuleFixtures$" + name));
    }

    @Test
    void theViewRulesCatchAViewThatBuildsAnEngineStartsThreadsOrWritesFiles() throws ClassNotFoundException {
        assertThrows(AssertionError.class, () -> viewsBuildNoEngine.check(fixture("EngineView")));
        assertThrows(AssertionError.class, () -> viewsStartNoThreads.check(fixture("ThreadView")));
        assertThrows(AssertionError.class, () -> viewsWriteNoFiles.check(fixture("FileView")));
        assertThrows(AssertionError.class, () -> viewsUseNoFileWriters.check(fixture("AtomicFileView")));
        assertThrows(AssertionError.class, () -> viewsUseNoFileWriters.check(fixture("StreamView")));
        JavaClasses good = fixture("GoodView");
        assertDoesNotThrow(() -> viewsBuildNoEngine.check(good));
        assertDoesNotThrow(() -> viewsStartNoThreads.check(good));
        assertDoesNotThrow(() -> viewsWriteNoFiles.check(good));
        assertDoesNotThrow(() -> viewsUseNoFileWriters.check(good));
    }

    @Test
    void theUiRuleCatchesAWindowCallingTheCommandLine() throws ClassNotFoundException {
        assertThrows(AssertionError.class, () -> uiDoesNotUseTheCommandLine.check(fixture("CliWindow")));
        assertDoesNotThrow(() -> uiDoesNotUseTheCommandLine.check(fixture("GoodView")));
    }

    @Test
    void theCoreRuleCatchesAViolation() throws ClassNotFoundException {
        JavaClasses bad = new ClassFileImporter()
                .importClasses(Class.forName("org.clusteratlas.rank.ArchitectureViolationFixture"));
        assertThrows(AssertionError.class, () -> coreHasNoJavaFx.check(bad));
    }
}
