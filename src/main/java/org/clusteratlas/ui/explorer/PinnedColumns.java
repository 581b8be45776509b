package org.clusteratlas.ui.explorer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Columns that stay in view while a table's other columns scroll sideways. JavaFX's {@code TableView} has no
 * frozen columns, so the pinned ones live in a second table to the left that shares the items (one
 * {@link SortedList}), the sort order (a click on either table's header sorts both; the other table's own
 * sort order is cleared), the selection and focus (mirrored: both tables hold the same list, so an index is the
 * same row; while a sort permutes the list each table moves its own selection, so a table already on the row is
 * left alone) and the vertical scroll position (their virtual flows' positions are bound, rows have one
 * fixed height, and the pinned table gives up the height of the main table's horizontal scroll bar so that
 * both viewports are equally tall). The pinned table never scrolls sideways and shows no scroll bar.
 */
final class PinnedColumns<S> {
    static final String PINNED_STYLE = "pinned-columns";
    /** One row height for both tables, so that a scroll position is the same row in each. */
    static final double ROW_HEIGHT = 26;

    private final TableView<S> main;
    private final TableView<S> pinned;
    private final SortedList<S> items;
    private final HBox node;
    /** Under the pinned table: the height of the main table's horizontal scroll bar, when it shows. */
    private final Region spacer = new Region();
    private boolean mirroring;

    PinnedColumns(TableView<S> main, SortedList<S> items) {
        this.main = main;
        this.items = items;
        this.pinned = new TableView<>(items);
        pinned.getStyleClass().add(PINNED_STYLE);
        pinned.setPlaceholder(new Label());
        pinned.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (TableView<S> t : List.of(main, pinned)) {
            t.setFixedCellSize(ROW_HEIGHT);
            t.setSortPolicy(tv -> {
                items.setComparator(activeComparator());
                return true;
            });
            TableView<S> other = other(t);
            t.getSortOrder().addListener((ListChangeListener<TableColumn<S, ?>>) c -> {
                if (!t.getSortOrder().isEmpty()) {
                    other.getSortOrder().clear();
                }
            });
            t.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> mirror(t, other));
            t.getFocusModel().focusedIndexProperty().addListener((o, a, i) -> {
                if (!mirroring && i.intValue() >= 0 && other.getFocusModel().getFocusedIndex() != i.intValue()) {
                    other.getFocusModel().focus(i.intValue());
                }
            });
        }
        pinned.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> fitWidth());
        main.skinProperty().addListener((o, a, s) -> linkScrollBars());
        pinned.skinProperty().addListener((o, a, s) -> linkScrollBars());

        spacer.setMinHeight(Region.USE_PREF_SIZE);
        spacer.setMaxHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(pinned, spacer);
        VBox.setVgrow(pinned, Priority.ALWAYS);
        left.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(main, Priority.ALWAYS);
        node = new HBox(left, main);
    }

    /** The pinned columns' table. */
    TableView<S> pinned() {
        return pinned;
    }

    /** The two tables side by side, the pinned one on the left. */
    Node node() {
        return node;
    }

    /** Both tables' columns, pinned first. */
    List<TableColumn<S, ?>> allColumns() {
        List<TableColumn<S, ?>> all = new java.util.ArrayList<>(pinned.getColumns());
        all.addAll(main.getColumns());
        return all;
    }

    /** Sorts again by the current sort order (its values changed, e.g. profiles arrived). */
    void resort() {
        if (!pinned.getSortOrder().isEmpty()) {
            pinned.sort();
        } else if (!main.getSortOrder().isEmpty()) {
            main.sort();
        }
    }

    /**
     * Scrolls both tables to show row {@code i} with a few rows above it, unless it is in view already (a click
     * on a visible row does not move the list under the pointer).
     */
    void reveal(int i) {
        VirtualFlow<?> f = (VirtualFlow<?>) main.lookup(".virtual-flow");
        if (f != null && f.getFirstVisibleCell() != null && f.getLastVisibleCell() != null
                && i > f.getFirstVisibleCell().getIndex() && i < f.getLastVisibleCell().getIndex()) {
            return;
        }
        main.scrollTo(Math.max(0, i - 3));
    }

    /** Sizes the pinned table to its visible columns (it never scrolls sideways). */
    void fitWidth() {
        double w = 0;
        for (TableColumn<S, ?> c : pinned.getColumns()) {
            if (c.isVisible()) {
                w += c.getPrefWidth();
            }
        }
        double width = Math.ceil(w + pinned.snappedLeftInset() + pinned.snappedRightInset() + 2);
        pinned.setPrefWidth(width);
        pinned.setMinWidth(width);
        pinned.setMaxWidth(width);
    }

    /** Watches a pinned column's visibility (the column chooser). */
    void watch(TableColumn<S, ?> c) {
        c.visibleProperty().addListener((o, a, b) -> fitWidth());
        c.prefWidthProperty().addListener((o, a, b) -> fitWidth());
    }

    private TableView<S> other(TableView<S> t) {
        return t == main ? pinned : main;
    }

    private java.util.Comparator<S> activeComparator() {
        if (!pinned.getSortOrder().isEmpty()) {
            return pinned.getComparator();
        }
        return main.getSortOrder().isEmpty() ? null : main.getComparator();
    }

    /** The same row selected in {@code to} as in {@code from}. */
    private void mirror(TableView<S> from, TableView<S> to) {
        if (mirroring) {
            return;
        }
        mirroring = true;
        try {
            int i = from.getSelectionModel().getSelectedIndex();
            if (i < 0) {
                to.getSelectionModel().clearSelection();
            } else if (to.getSelectionModel().getSelectedItem() != from.getSelectionModel().getSelectedItem()) {
                // the same row already (while a sort permutes the list, each table moves its own selection)
                to.getSelectionModel().clearAndSelect(i);
                to.getFocusModel().focus(i);
            }
        } finally {
            mirroring = false;
        }
    }

    /** Binds the two tables' vertical scroll positions once both skins exist, and sizes the spacer under the pinned table. */
    private void linkScrollBars() {
        if (main.getSkin() == null || pinned.getSkin() == null) {
            return;
        }
        // the flows' positions, not their scroll bars: scrollTo, the keyboard and the wheel all move the position
        VirtualFlow<?> a = (VirtualFlow<?>) main.lookup(".virtual-flow");
        VirtualFlow<?> b = (VirtualFlow<?>) pinned.lookup(".virtual-flow");
        ScrollBar h = bar(main, Orientation.HORIZONTAL);
        if (a == null || b == null || h == null) {
            return;
        }
        b.positionProperty().bindBidirectional(a.positionProperty());
        spacer.prefHeightProperty().bind(Bindings.when(h.visibleProperty()).then(h.heightProperty()).otherwise(0.0));
    }

    private static ScrollBar bar(TableView<?> t, Orientation o) {
        for (Node n : t.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar s && s.getOrientation() == o) {
                return s;
            }
        }
        return null;
    }
}
