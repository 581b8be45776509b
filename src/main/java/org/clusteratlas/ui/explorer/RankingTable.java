package org.clusteratlas.ui.explorer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clusteratlas.rank.ClusterRow;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The ranking as a sortable table with rank-change arrows and a filter box (name or economy), linked both
 * ways with the model's selection: selecting a row selects the cluster (the map zooms to it), selecting on
 * the map selects and reveals the row.
 */
public final class RankingTable extends VBox {
    private final ExplorerModel model;
    private final ObservableList<ClusterRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ClusterRow> filtered = new FilteredList<>(rows);
    private final SortedList<ClusterRow> sorted = new SortedList<>(filtered);
    private final TableView<ClusterRow> table = new TableView<>(sorted);
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private boolean syncing;

    public RankingTable(ExplorerModel model) {
        this.model = model;
        getStyleClass().add("ranking-table");
        setSpacing(6);
        table.setId("ranking-table");
        Label empty = new Label();
        empty.setId("ranking-empty");
        empty.textProperty().bind(model.emptyTextProperty());
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.getColumns().add(intColumn("#", ClusterRow::rank, 42));
        table.getColumns().add(changeColumn());
        TableColumn<ClusterRow, String> name = textColumn("Cluster", ClusterRow::name, 200);
        table.getColumns().add(name);
        table.getColumns().add(textColumn("Econ.", ClusterRow::economies, 58));
        table.getColumns().add(numberColumn("Score", ClusterRow::score, "%.3f", 60));
        table.getColumns().add(numberColumn("Patents", ClusterRow::patents, "%,.0f", 70));
        table.getColumns().add(numberColumn("Publications", ClusterRow::publications, "%,.0f", 90));
        table.getColumns().add(numberColumn("Patent %", ClusterRow::patentShare, "%.2f", 70));
        table.getColumns().add(numberColumn("Pub. %", ClusterRow::publicationShare, "%.2f", 62));
        table.getColumns().add(numberColumn("Pop. (approx.)", r -> (double) r.population(), "%,.0f", 100));
        table.getColumns().add(numberColumn("Intensity", ClusterRow::intensity, "%,.0f", 72));
        table.getColumns().add(numberColumn("Lat", ClusterRow::lat, "%.2f", 58));
        table.getColumns().add(numberColumn("Lon", ClusterRow::lon, "%.2f", 62));
        table.getColumns().add(intColumn("Locations", ClusterRow::locations, 72));

        filter.setPromptText("Filter by name or economy\u2026");
        filter.setId("ranking-filter");
        filter.textProperty().addListener((o, a, t) -> {
            String q = t == null ? "" : t.trim().toLowerCase(Locale.ROOT);
            filtered.setPredicate(r -> q.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(q)
                    || r.economies().toLowerCase(Locale.ROOT).contains(q));
            updateCount();
        });
        count.getStyleClass().add("table-count");
        count.setId("ranking-count");
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox tools = new HBox(8, filter, count);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(tools, table);

        model.resultProperty().addListener((o, a, r) -> {
            syncing = true;
            try {
                rows.setAll(r == null ? java.util.List.of() : r.shown());
            } finally {
                syncing = false;
            }
            updateCount();
            showSelection(model.selectedProperty().get());
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!syncing) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((o, a, row) -> showSelection(row));
    }

    public TableView<ClusterRow> table() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }

    private void showSelection(ClusterRow row) {
        syncing = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i) == row) { // the row itself: an id of another clustering means another cluster
                    if (table.getSelectionModel().getSelectedIndex() != i) {
                        table.getSelectionModel().clearAndSelect(i);
                    }
                    table.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private void updateCount() {
        count.setText(filtered.size() == rows.size() ? rows.size() + " clusters"
                : filtered.size() + " of " + rows.size());
    }

    private static TableColumn<ClusterRow, Integer> intColumn(String title, Function<ClusterRow, Integer> f, double w) {
        TableColumn<ClusterRow, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(w);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static TableColumn<ClusterRow, String> textColumn(String title, Function<ClusterRow, String> f, double w) {
        TableColumn<ClusterRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private static TableColumn<ClusterRow, Double> numberColumn(String title, Function<ClusterRow, Double> f,
                                                                String format, double w) {
        TableColumn<ClusterRow, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(w);
        c.setComparator(Comparator.nullsFirst(Comparator.<Double>naturalOrder()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.isNaN() ? "\u2013" : String.format(Locale.ROOT, format, v));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** Rank change: ▲n up, ▼n down, "new", "–" unchanged or not compared; sorts by the signed change. */
    private static TableColumn<ClusterRow, ClusterRow> changeColumn() {
        TableColumn<ClusterRow, ClusterRow> c = new TableColumn<>("\u0394");
        c.setPrefWidth(50);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(Comparator.comparingInt(RankingTable::changeKey));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ClusterRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("rank-up", "rank-down", "rank-new");
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setText(changeText(r));
                Integer ch = r.rankChange();
                if (r.status() == ClusterRow.RankStatus.NEW) {
                    getStyleClass().add("rank-new");
                } else if (ch != null && ch > 0) {
                    getStyleClass().add("rank-up");
                } else if (ch != null && ch < 0) {
                    getStyleClass().add("rank-down");
                }
            }
        });
        return c;
    }

    /** The rank-change text shown in the table. */
    static String changeText(ClusterRow r) {
        if (r.status() == ClusterRow.RankStatus.NEW) {
            return "new";
        }
        Integer ch = r.rankChange();
        if (ch == null || ch == 0) {
            return "\u2013";
        }
        return (ch > 0 ? "\u25b2" : "\u25bc") + Math.abs(ch);
    }

    private static int changeKey(ClusterRow r) {
        if (r.status() == ClusterRow.RankStatus.NEW) {
            return Integer.MAX_VALUE;
        }
        Integer ch = r.rankChange();
        return ch == null ? 0 : ch;
    }
}
