package org.clusteratlas.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.concurrent.TimeoutException;

/**
 * The set-up the TestFX window tests share: opening the real window on a test's own snapshot, and waiting
 * until the explorer shows its ranking. TestFX 4.0.18 looks for {@code @Start} only on the test class itself
 * (not on a superclass), so each test class keeps its {@code @Start} method and calls these static helpers.
 */
final class WindowTests {
    /**
     * A bundled sample that does not exist, so that the window opens the test's snapshot and nothing else,
     * whatever sample the build ships.
     */
    private static final Path NO_SAMPLE = Path.of("no-such-sample.sqlite");

    private WindowTests() {
    }

    /** Starts the app's window on {@code stage} with {@code snapshot} open, as {@code cluster-atlas FILE} does. */
    static AtlasWindow open(Stage stage, Path snapshot) {
        return new AtlasApp(NO_SAMPLE).start(stage, List.of(snapshot.toString()));
    }

    /**
     * Waits (30 s at most) until the explorer shows a ranking of the open snapshot and computes nothing more,
     * then for the FX events that follow from it (the table and the map updated). The three are read together on
     * the FX thread, so that no publication falls between them.
     */
    static void waitIdle(AtlasWindow window) throws TimeoutException {
        ExplorerModel model = window.explorer().model();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxThread.onFx(() -> !model.busyProperty().get()
                && model.getResult() != null && model.loadingProperty().get() == null));
        FxThread.waitForFx();
    }

    /**
     * Gives the window this size (on the FX thread) and waits for its layout: TestFX shares one primary stage
     * across test classes, and it keeps the size an earlier class gave it.
     */
    static void resize(FxRobot robot, Stage stage, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        FxThread.waitForFx();
    }

    /** The column of a ranking table whose header reads {@code title} (call on the FX thread). */
    static TableColumn<ClusterRow, ?> column(TableView<ClusterRow> table, String title) {
        return column(table, title::equals, title);
    }

    /**
     * The column of a ranking table whose header text passes {@code header} (the headers are labels, so that
     * they carry tooltips; call on the FX thread); {@code what} names it when there is none.
     */
    static TableColumn<ClusterRow, ?> column(TableView<ClusterRow> table, Predicate<String> header, String what) {
        for (TableColumn<ClusterRow, ?> c : table.getColumns()) {
            if (c.getGraphic() instanceof Label l && header.test(l.getText())) {
                return c;
            }
        }
        throw new AssertionError("no column " + what);
    }
}
