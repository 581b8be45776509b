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

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.waitForFx;
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
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !model().busyProperty().get()
                && model().getResult() != null && model().getResult().shown().size() >= 10));
        waitForFx();
        RankingTable ranking = window.explorer().table();
        TableView<ClusterRow> main = ranking.table();
        TableView<ClusterRow> names = ranking.pinnedTable();
        assertSame(names, onFx(() -> robot.lookup("#ranking-names").query()));

        // scrolled to the far right, the name column is still where it was, and the first scrolling column is gone
        ScrollBar h = onFx(() -> bar(main, Orientation.HORIZONTAL));
        assertTrue(onFx(h::isVisible), "at 1366 the columns do not all fit: there is something to scroll");
        Node nameHeader = onFx(() -> header(names, "Cluster"));
        Node firstScrolling = onFx(() -> header(main, main.getVisibleLeafColumn(0)));
        Bounds before = onFx(() -> bounds(nameHeader));
        robot.interact(() -> h.setValue(h.getMax()));
        waitForFx();
        Bounds after = onFx(() -> bounds(nameHeader));
        assertEquals(before.getMinX(), after.getMinX(), 0.5, "the name column does not move");
        Bounds viewport = onFx(() -> bounds(main));
        Bounds gone = onFx(() -> bounds(firstScrolling));
        assertTrue(gone.getMaxX() < viewport.getMinX() + 1, "the first scrolling column scrolled out: " + gone);
        Bounds pane = onFx(() -> bounds(ranking));
        assertTrue(after.getMinX() >= pane.getMinX() && after.getMaxX() <= viewport.getMinX() + 1,
                "the name column is in view, left of the scrolling columns: " + after);
        IndexedCell<?> first = onFx(() -> flow(names).getFirstVisibleCell());
        assertNotNull(first);
        assertTrue(onFx(() -> first.isVisible() && bounds(first).getWidth() > 50));

        // selection: either table selects the same row in both and in the model; arrows in the names move both
        robot.interact(() -> names.getSelectionModel().select(4));
        waitForFx();
        assertEquals(4, onFx(() -> main.getSelectionModel().getSelectedIndex()));
        assertSame(onFx(() -> names.getItems().get(4)), onFx(() -> model().selectedProperty().get()));
        robot.interact(() -> main.getSelectionModel().select(2));
        waitForFx();
        assertEquals(2, onFx(() -> names.getSelectionModel().getSelectedIndex()));
        sameRows(main, names);
        // far down: selecting scrolls both tables to the row (the model's selection reveals it)
        int far = onFx(() -> main.getItems().size()) - 5;
        robot.interact(() -> model().selectedProperty().set(main.getItems().get(far)));
        waitForFx();
        assertTrue(onFx(() -> flow(main).getFirstVisibleCell().getIndex()) > 10, "scrolled to the row");
        sameRows(main, names);
        robot.interact(() -> main.getSelectionModel().select(2));
        waitForFx();
        sameRows(main, names);
        robot.interact(names::requestFocus);
        robot.type(KeyCode.DOWN, 2);
        waitForFx();
        assertEquals(4, onFx(() -> names.getSelectionModel().getSelectedIndex()));
        assertEquals(4, onFx(() -> main.getSelectionModel().getSelectedIndex()));
        assertSame(onFx(() -> main.getItems().get(4)), onFx(() -> model().selectedProperty().get()));

        // sorting by a scrolling column reorders the names too; sorting by the name clears the other's order
        ClusterRow selected = onFx(() -> model().selectedProperty().get());
        @SuppressWarnings("unchecked")
        TableColumn<ClusterRow, Double> patents =
                (TableColumn<ClusterRow, Double>) onFx(() -> WindowTests.column(main, "Patents"));
        robot.interact(() -> {
            patents.setSortType(TableColumn.SortType.ASCENDING);
            main.getSortOrder().setAll(List.of(patents));
        });
        waitForFx();
        assertSame(onFx(main::getItems), onFx(names::getItems), "one list of rows");
        List<ClusterRow> byPatents = onFx(() -> List.copyOf(main.getItems()));
        for (int i = 1; i < byPatents.size(); i++) {
            assertTrue(byPatents.get(i - 1).patents() <= byPatents.get(i).patents());
        }
        assertSame(selected, onFx(() -> model().selectedProperty().get()), "sorting keeps the selected cluster");
        assertSame(selected, onFx(() -> names.getSelectionModel().getSelectedItem()));
        assertSame(selected, onFx(() -> main.getSelectionModel().getSelectedItem()));
        TableColumn<ClusterRow, ?> name = onFx(() -> WindowTests.column(names, "Cluster"));
        robot.interact(() -> names.getSortOrder().setAll(List.of(name)));
        waitForFx();
        String sortOrders = onFx(() -> "main sort order " + main.getSortOrder() + ", names " + names.getSortOrder());
        assertTrue(onFx(() -> main.getSortOrder().isEmpty()), sortOrders);
        java.text.Collator collator = java.text.Collator.getInstance(); // TableColumn's default order for text
        List<ClusterRow> byName = onFx(() -> List.copyOf(names.getItems()));
        for (int i = 1; i < byName.size(); i++) {
            assertTrue(collator.compare(byName.get(i - 1).name(), byName.get(i).name()) <= 0);
        }

        // vertical scroll: the same rows show in both
        ScrollBar v = onFx(() -> bar(main, Orientation.VERTICAL));
        robot.interact(() -> v.setValue(v.getMax()));
        waitForFx();
        robot.interact(() -> { });
        waitForFx();
        assertTrue(onFx(() -> flow(main).getFirstVisibleCell().getIndex()) > 0, "scrolled down");
        sameRows(main, names);
        // scrolling the names (what the wheel over them does) scrolls both
        robot.interact(() -> v.setValue(0));
        waitForFx();
        robot.interact(() -> flow(names).scrollPixels(5 * PINNED_ROW));
        waitForFx();
        assertEquals(5, onFx(() -> flow(names).getFirstVisibleCell().getIndex()), "the names scrolled");
        sameRows(main, names);
        double[] tops = onFx(() -> new double[] {bounds(flow(main).getFirstVisibleCell()).getMinY(),
                bounds(flow(names).getFirstVisibleCell()).getMinY()});
        String layout = onFx(() -> "flows " + flow(main).getHeight() + " / " + flow(names).getHeight() + ", bars "
                + v.getValue() + "/" + v.getMax() + " and " + bar(names, Orientation.VERTICAL).getValue() + "/"
                + bar(names, Orientation.VERTICAL).getMax() + ", flow y " + flow(main).localToScene(0, 0) + " / "
                + flow(names).localToScene(0, 0));
        assertEquals(tops[0], tops[1], 1, "rows side by side: " + layout);
    }

    /**
     * The same rows at the same heights in both tables, once the pulse that follows a change has laid both out (the
     * names table follows the main one's scroll bar at its next layout; under load that can be a few pulses later).
     */
    private static void sameRows(TableView<ClusterRow> main, TableView<ClusterRow> names) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() ->
                    flow(main).getFirstVisibleCell().getIndex() == flow(names).getFirstVisibleCell().getIndex()
                            && flow(main).getLastVisibleCell().getIndex() == flow(names).getLastVisibleCell().getIndex()));
        } catch (java.util.concurrent.TimeoutException e) {
            // never in step: the assertions below say how they differ
        }
        waitForFx();
        // {first index, first index, last index, last index, first y, first y} of (main, names)
        double[] rows = onFx(() -> {
            IndexedCell<?> a = flow(main).getFirstVisibleCell();
            IndexedCell<?> b = flow(names).getFirstVisibleCell();
            return new double[] {a.getIndex(), b.getIndex(), flow(main).getLastVisibleCell().getIndex(),
                    flow(names).getLastVisibleCell().getIndex(), a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()};
        });
        assertEquals(rows[0], rows[1], "the same first row in both tables");
        assertEquals(rows[2], rows[3], "the same last row in both tables");
        assertEquals(rows[4], rows[5], 1, "side by side");
    }

    /** The node's bounds in its scene (FX thread). */
    private static Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    /** The scene-graph helpers below walk the tables' skins: call them on the FX thread ({@link FxThread#onFx}). */
    private static Node header(TableView<ClusterRow> t, String title) {
        return header(t, WindowTests.column(t, title));
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
