package org.clusteratlas.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.explorer.RankingTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.waitForFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ranking table's Δ Rank column takes no width while nothing is compared (every cell would be "–") and comes
 * back when a reference is pinned, unless the user unticked it in the column chooser: that choice is what the
 * settings remember, whether or not a reference is pinned. At 1366 x 768 the width it frees goes to the figures.
 */
@ExtendWith(ApplicationExtension.class)
class RankChangeColumnTest {
    private static final Path SAMPLE = Path.of("sample-data/world-sample.sqlite");
    private static final String TITLE = "\u0394 Rank";

    private AtlasWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.open(stage, SAMPLE);
    }

    private ExplorerModel model() {
        return window.explorer().model();
    }

    @Test
    void showsOnlyWhileAReferenceIsPinnedAndAsTheChooserSays(FxRobot robot) throws Exception {
        WindowTests.resize(robot, stage, 1366, 768);
        waitForResult();
        RankingTable table = window.explorer().table();
        TableColumn<ClusterRow, ?> change = onFx(() -> WindowTests.column(table.table(),
                t -> t.equals(TITLE) || t.startsWith("\u0394"), "rank change"));
        CheckMenuItem item = onFx(() -> item(table));
        robot.interact(() -> table.setHiddenColumns(List.of())); // whatever an earlier test left ticked

        // nothing compared: no column, though it stays ticked (the user's choice) and is not remembered as hidden
        assertFalse(onFx(change::isVisible), "no rank changes without a reference");
        assertTrue(onFx(item::isSelected));
        assertEquals(List.of(), onFx(table::hiddenColumns));
        TableColumn<ClusterRow, ?> next = onFx(() -> table.table().getColumns()
                .get(table.table().getColumns().indexOf(change) + 1));
        waitForFx();
        double leftWithout = onFx(() -> headerX(table, next));
        assertTrue(leftWithout < 5, "the next column starts the scrolling table: " + leftWithout);
        // the details of a selected cluster follow the same rule: no "Rank change –" fact
        robot.interact(() -> model().selectedProperty().set(model().getResult().shown().get(0)));
        waitForFx();
        assertTrue(present(robot, "#detail-locations"), "the selected cluster's facts show");
        assertFalse(present(robot, "#detail-rank-change"), "no rank change fact without a reference");

        // a pinned reference brings it back, titled by its basis
        robot.interact(() -> model().pinReference());
        waitForResult();
        assertTrue(onFx(change::isVisible), "rank changes against the pinned reference");
        assertEquals("\u0394 vs pinned", onFx(() -> ((Label) change.getGraphic()).getText()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> present(robot, "#detail-rank-change"));

        // unticked in the chooser: hidden even while compared, and remembered as hidden under its own title
        robot.interact(() -> item.setSelected(false));
        assertFalse(onFx(change::isVisible));
        assertEquals(List.of(TITLE), onFx(table::hiddenColumns));

        // no reference and ticked again: still no column; the reference back: the column back
        robot.interact(() -> {
            model().compare().referenceProperty().set(null);
            item.setSelected(true);
        });
        waitForResult();
        assertFalse(onFx(change::isVisible));
        assertEquals(List.of(), onFx(table::hiddenColumns));

        // the remembered choice (the settings at start) is honoured when a reference is pinned later
        robot.interact(() -> table.setHiddenColumns(List.of(TITLE)));
        assertFalse(onFx(item::isSelected));
        robot.interact(() -> model().pinReference());
        waitForResult();
        assertFalse(onFx(change::isVisible), "unticked stays hidden when a reference comes");
        robot.interact(() -> table.setHiddenColumns(List.of()));
        assertTrue(onFx(change::isVisible));
        robot.interact(() -> model().compare().referenceProperty().set(null));
        waitForResult();
    }

    private void waitForResult() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !model().busyProperty().get()
                && model().getResult() != null));
        waitForFx();
    }

    private static boolean present(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).tryQuery().isPresent());
    }

    /** The x of a column's header within the scrolling table (FX thread, as the two finders below). */
    private static double headerX(RankingTable table, TableColumn<ClusterRow, ?> c) {
        for (javafx.scene.Node n : table.table().lookupAll(".column-header")) {
            if (n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == c) {
                return h.localToScene(h.getBoundsInLocal()).getMinX()
                        - table.table().localToScene(table.table().getBoundsInLocal()).getMinX();
            }
        }
        throw new AssertionError("no header for " + c);
    }


    private static CheckMenuItem item(RankingTable table) {
        for (MenuItem i : table.columnChooser().getItems()) {
            if (TITLE.equals(i.getText())) {
                return (CheckMenuItem) i;
            }
        }
        throw new AssertionError("no " + TITLE + " in the column chooser");
    }
}
