package org.clusteratlas.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ranking's rank and name columns stay in view while the other columns scroll sideways (a laptop's
 * 1366 x 768, where they do not all fit), and the two tables behind it stay one table: same rows, sort order,
 * selection and vertical scroll.
 */
@ExtendWith(ApplicationExtension.class)
class PinnedNameColumnTest {
    private static final Path SAMPLE = Path.of("sample-data/world-sample.sqlite");
    private static final double PINNED_ROW = 26;
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
    void theNameStaysInViewAndBothTablesStayInStep(FxRobot robot) throws Exception {
        WindowTests.resize(robot, stage, 1366, 768);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model().busyProperty().get()
                && model().getResult() != null && model().getResult().shown().size() >= 10);
        WaitForAsyncUtils.waitForFxEvents();
        RankingTable ranking = window.explorer().table();
        TableView<ClusterRow> main = ranking.table();
        TableView<ClusterRow> names = ranking.pinnedTable();
        assertSame(names, robot.lookup("#ranking-names").query());

        // scrolled to the far right, the name column is still where it was, and the first scrolling column is gone
        ScrollBar h = bar(main, Orientation.HORIZONTAL);
        assertTrue(h.isVisible(), "at 1366 the columns do not all fit: there is something to scroll");
        Node nameHeader = header(names, "Cluster");
        Node firstScrolling = header(main, main.getVisibleLeafColumn(0));
        Bounds before = nameHeader.localToScene(nameHeader.getBoundsInLocal());
        robot.interact(() -> h.setValue(h.getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds after = nameHeader.localToScene(nameHeader.getBoundsInLocal());
        assertEquals(before.getMinX(), after.getMinX(), 0.5, "the name column does not move");
        Bounds viewport = main.localToScene(main.getBoundsInLocal());
        Bounds gone = firstScrolling.localToScene(firstScrolling.getBoundsInLocal());
        assertTrue(gone.getMaxX() < viewport.getMinX() + 1, "the first scrolling column scrolled out: " + gone);
        Bounds pane = ranking.localToScene(ranking.getBoundsInLocal());
        assertTrue(after.getMinX() >= pane.getMinX() && after.getMaxX() <= viewport.getMinX() + 1,
                "the name column is in view, left of the scrolling columns: " + after);
        IndexedCell<?> first = flow(names).getFirstVisibleCell();
        assertNotNull(first);
        assertTrue(first.isVisible() && first.localToScene(first.getBoundsInLocal()).getWidth() > 50);

        // selection: either table selects the same row in both and in the model; arrows in the names move both
        robot.interact(() -> names.getSelectionModel().select(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, main.getSelectionModel().getSelectedIndex());
        assertSame(names.getItems().get(4), model().selectedProperty().get());
        robot.interact(() -> main.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, names.getSelectionModel().getSelectedIndex());
        sameRows(main, names);
        // far down: selecting scrolls both tables to the row (the model's selection reveals it)
        int far = main.getItems().size() - 5;
        robot.interact(() -> model().selectedProperty().set(main.getItems().get(far)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(flow(main).getFirstVisibleCell().getIndex() > 10, "scrolled to the row");
        sameRows(main, names);
        robot.interact(() -> main.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        sameRows(main, names);
        robot.interact(names::requestFocus);
        robot.type(KeyCode.DOWN, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, names.getSelectionModel().getSelectedIndex());
        assertEquals(4, main.getSelectionModel().getSelectedIndex());
        assertSame(main.getItems().get(4), model().selectedProperty().get());

        // sorting by a scrolling column reorders the names too; sorting by the name clears the other's order
        ClusterRow selected = model().selectedProperty().get();
        @SuppressWarnings("unchecked")
        TableColumn<ClusterRow, Double> patents = (TableColumn<ClusterRow, Double>) column(main, "Patents");
        robot.interact(() -> {
            patents.setSortType(TableColumn.SortType.ASCENDING);
            main.getSortOrder().setAll(List.of(patents));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(main.getItems(), names.getItems(), "one list of rows");
        for (int i = 1; i < main.getItems().size(); i++) {
            assertTrue(main.getItems().get(i - 1).patents() <= main.getItems().get(i).patents());
        }
        assertSame(selected, model().selectedProperty().get(), "sorting keeps the selected cluster");
        assertSame(selected, names.getSelectionModel().getSelectedItem());
        assertSame(selected, main.getSelectionModel().getSelectedItem());
        TableColumn<ClusterRow, ?> name = column(names, "Cluster");
        robot.interact(() -> names.getSortOrder().setAll(List.of(name)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(main.getSortOrder().isEmpty(), "main sort order " + main.getSortOrder() + ", names " + names.getSortOrder());
        java.text.Collator collator = java.text.Collator.getInstance(); // TableColumn's default order for text
        for (int i = 1; i < names.getItems().size(); i++) {
            assertTrue(collator.compare(names.getItems().get(i - 1).name(), names.getItems().get(i).name()) <= 0);
        }

        // vertical scroll: the same rows show in both
        ScrollBar v = bar(main, Orientation.VERTICAL);
        robot.interact(() -> v.setValue(v.getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(flow(main).getFirstVisibleCell().getIndex() > 0, "scrolled down");
        sameRows(main, names);
        // scrolling the names (what the wheel over them does) scrolls both
        robot.interact(() -> v.setValue(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> flow(names).scrollPixels(5 * PINNED_ROW));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, flow(names).getFirstVisibleCell().getIndex(), "the names scrolled");
        sameRows(main, names);
        Bounds ma = flow(main).getFirstVisibleCell().localToScene(flow(main).getFirstVisibleCell().getBoundsInLocal());
        Bounds na = flow(names).getFirstVisibleCell().localToScene(flow(names).getFirstVisibleCell().getBoundsInLocal());
        assertEquals(ma.getMinY(), na.getMinY(), 1, "rows side by side: flows " + flow(main).getHeight() + " / "
                + flow(names).getHeight() + ", bars " + v.getValue() + "/" + v.getMax() + " and "
                + bar(names, Orientation.VERTICAL).getValue() + "/" + bar(names, Orientation.VERTICAL).getMax()
                + ", flow y " + flow(main).localToScene(0, 0) + " / " + flow(names).localToScene(0, 0));
    }

    /**
     * The same rows at the same heights in both tables, once the pulse that follows a change has laid both out (the
     * names table follows the main one's scroll bar at its next layout; under load that can be a few pulses later).
     */
    private static void sameRows(TableView<ClusterRow> main, TableView<ClusterRow> names) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    flow(main).getFirstVisibleCell().getIndex() == flow(names).getFirstVisibleCell().getIndex()
                            && flow(main).getLastVisibleCell().getIndex() == flow(names).getLastVisibleCell().getIndex())
                    .get());
        } catch (java.util.concurrent.TimeoutException e) {
            // never in step: the assertions below say how they differ
        }
        WaitForAsyncUtils.waitForFxEvents();
        IndexedCell<?> a = flow(main).getFirstVisibleCell();
        IndexedCell<?> b = flow(names).getFirstVisibleCell();
        assertEquals(a.getIndex(), b.getIndex(), "the same first row in both tables");
        assertEquals(flow(main).getLastVisibleCell().getIndex(), flow(names).getLastVisibleCell().getIndex());
        assertEquals(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY(), 1, "side by side");
    }

    private static TableColumn<ClusterRow, ?> column(TableView<ClusterRow> t, String title) {
        return t.getColumns().stream().filter(c -> c.getGraphic() instanceof javafx.scene.control.Label l
                && l.getText().equals(title)).findFirst().orElseThrow(() -> new AssertionError("no column " + title));
    }

    private static Node header(TableView<ClusterRow> t, String title) {
        return header(t, column(t, title));
    }

    private static Node header(TableView<ClusterRow> t, TableColumn<ClusterRow, ?> c) {
        for (Node n : t.lookupAll(".column-header")) {
            if (n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == c) {
                return n;
            }
        }
        throw new AssertionError("no header for " + c);
    }

    private static VirtualFlow<?> flow(TableView<?> t) {
        return (VirtualFlow<?>) t.lookup(".virtual-flow");
    }

    private static ScrollBar bar(TableView<?> t, Orientation o) {
        for (Node n : t.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar s && s.getOrientation() == o) {
                return s;
            }
        }
        throw new AssertionError("no " + o + " scroll bar");
    }
}
