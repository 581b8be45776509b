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
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.clusteratlas.rank.SearchText;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clusteratlas.rank.ApproximatePopulation;
import org.clusteratlas.rank.ClusterRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;

/**
 * The ranking as a sortable table with rank-change arrows and a filter box (name or economy), linked both
 * ways with the model's selection: arrow keys and clicks select a cluster (the map stays put), Enter or a
 * double-click zooms the map to it, selecting on the map reveals the row. Without a filter the table holds
 * the top N the map shows; a filter searches every cluster of the ranking, folding case, accents and dashes
 * ({@link SearchText}). Columns fit their content, headers carry their full title and a tooltip, and a
 * column chooser hides or shows any column but the name.
 */
public final class RankingTable extends VBox {
    private final ExplorerModel model;
    /** The bold header titles and the cells, as the stylesheet sets them (System 12). */
    private final TextWidths headerWidths = new TextWidths(Font.font("System", FontWeight.BOLD, 12));
    private final TextWidths cellWidths = new TextWidths(Font.font("System", 12));
    private final ObservableList<ClusterRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ClusterRow> filtered = new FilteredList<>(rows);
    private final SortedList<ClusterRow> sorted = new SortedList<>(filtered);
    private final TableView<ClusterRow> table = new TableView<>(sorted);
    private final PinnedColumns<ClusterRow> pins = new PinnedColumns<>(table, sorted);
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final ColumnChooser<ClusterRow> chooser = new ColumnChooser<>();
    private final Map<TableColumn<ClusterRow, ?>, Function<ClusterRow, String>> cellText = new LinkedHashMap<>();
    private boolean syncing;
    private Runnable onActivate = () -> { };

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
        pins.pinned().setId("ranking-names");
        // rank and name stay in view while the other columns scroll sideways
        pin(column("#", "Rank", "Rank by score", ClusterRow::rank, r -> Integer.toString(r.rank()), true), true);
        pin(column("Cluster", "Cluster", "Named after its main places", ClusterRow::name, ClusterRow::name, false), false);
        TableColumn<ClusterRow, ClusterRow> change = RankChangeColumn.create(model, cellText);
        table.getColumns().add(change);
        chooser.add(change, RankChangeColumn.TITLE, RankChangeColumn.applies(model));
        add(column("Economies", "Economies", "Countries holding a meaningful part of the cluster", ClusterRow::economies,
                ClusterRow::economies, false), true);
        add(number("Score", "Score", "Share of all patents + share of all publications, in percent", ClusterRow::score,
                "%.3f"), true);
        add(number("Patents", "Patents", "Fractional patent count in the cluster", ClusterRow::patents, "%,.0f"), true);
        add(number("Publications", "Publications", "Fractional publication count in the cluster",
                ClusterRow::publications, "%,.0f"), true);
        add(number("Patent %", "Patent share %", "Share of all patents, in percent", ClusterRow::patentShare, "%.2f"), true);
        add(number("Publ. %", "Publication share %", "Share of all publications, in percent",
                ClusterRow::publicationShare, "%.2f"), true);
        // written at the precision the estimate carries, sorted by the raw sum
        add(number("Population", "Population (approx.)", "Inhabitants of the places in the footprint (GeoNames),"
                + " approximate", r -> (double) r.population(), v -> ApproximatePopulation.text(v.longValue())), true);
        add(number("Intensity", "Intensity", "Patents + publications per million inhabitants", ClusterRow::intensity,
                ApproximatePopulation::intensity), true);
        add(number("Lat", "Latitude", "Activity-weighted centroid, degrees", ClusterRow::lat, "%.2f"), true);
        add(number("Lon", "Longitude", "Activity-weighted centroid, degrees", ClusterRow::lon, "%.2f"), true);
        add(column("Locations", "Locations", "Member locations (unique coordinates)", ClusterRow::locations,
                r -> String.format(Locale.ROOT, "%,d", r.locations()), true), true);

        filter.setPromptText("Filter all clusters by name or economy\u2026");
        filter.setId("ranking-filter");
        filter.textProperty().addListener((o, a, t) -> showRows());
        count.getStyleClass().add("table-count");
        count.setId("ranking-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(filter, Priority.ALWAYS);
        chooser.menu().setMinWidth(Region.USE_PREF_SIZE);
        HBox tools = new HBox(8, filter, chooser.menu());
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(pins.node(), Priority.ALWAYS);
        getChildren().addAll(tools, count, pins.node());

        model.resultProperty().addListener((o, a, r) -> showRows());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!syncing) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((o, a, row) -> showSelection(row));
        for (TableView<ClusterRow> t : List.of(table, pins.pinned())) {
            t.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && t.getSelectionModel().getSelectedItem() != null) {
                    onActivate.run();
                    e.consume();
                }
            });
            t.setRowFactory(v -> {
                TableRow<ClusterRow> row = new TableRow<>();
                row.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && !row.isEmpty()) {
                        onActivate.run();
                    }
                });
                return row;
            });
        }
    }

    /** The top N without a filter; with one, every cluster of the ranking that matches it. */
    private void showRows() {
        ExplorerResult r = model.getResult();
        String q = SearchText.fold(filter.getText());
        syncing = true;
        try {
            List<ClusterRow> source = r == null ? List.of() : q.isEmpty() ? r.shown() : r.ranking().rows();
            if (!sameRows(rows, source)) {
                rows.setAll(source);
            }
            filtered.setPredicate(q.isEmpty() ? null
                    : row -> SearchText.contains(row.name(), q) || SearchText.contains(row.economies(), q));
        } finally {
            syncing = false;
        }
        fitColumns();
        if (r == null) {
            count.setText("");
        } else if (q.isEmpty()) {
            count.setText(org.clusteratlas.figure.FigureContent.counts(r.ranking().size(), r.shown().size()));
        } else {
            count.setText(String.format(Locale.ROOT, "%,d of %,d clusters match", filtered.size(), r.ranking().size()));
        }
        showSelection(model.selectedProperty().get());
    }

    /** The same row objects: rows of another result are other rows even where their figures are equal. */
    private static boolean sameRows(List<ClusterRow> a, List<ClusterRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** What Enter or a double-click on a row does (the explorer zooms the map to it); arrow keys only select. */
    public void setOnActivate(Runnable action) {
        onActivate = action;
    }

    /** The column chooser (tests, preferences). */
    public MenuButton columnChooser() {
        return chooser.menu();
    }

    /**
     * Full titles of the columns unticked in the column chooser, to remember with the settings (a column hidden only
     * because it does not apply now, as Δ Rank without a reference, is not among them).
     */
    public List<String> hiddenColumns() {
        return chooser.unchosen();
    }

    /** Unticks the columns of these full titles in the column chooser (unknown titles are ignored), ticks the others. */
    public void setHiddenColumns(java.util.Collection<String> titles) {
        chooser.setUnchosen(titles);
    }

    private static String title(TableColumn<ClusterRow, ?> c) {
        return c.getGraphic() instanceof Label l ? l.getText() : c.getText();
    }

    /** Widths from the widest header or cell text of the rows held (both window sizes: no "Paten..." nor "124.2..."). */
    private void fitColumns() {
        for (Map.Entry<TableColumn<ClusterRow, ?>, Function<ClusterRow, String>> e : cellText.entrySet()) {
            TableColumn<ClusterRow, ?> c = e.getKey();
            double w = headerWidth(c);
            int n = 0;
            for (ClusterRow r : filtered) {
                w = Math.max(w, cellWidths.of(e.getValue().apply(r)) + 18);
                if (++n > 400) {
                    break;
                }
            }
            c.setPrefWidth(Math.ceil(w));
        }
        pins.fitWidth();
    }

    /** The width of a column's bold header title with its padding and sort arrow. */
    private double headerWidth(TableColumn<ClusterRow, ?> c) {
        return headerWidths.of(title(c)) + 26;
    }

    private void add(TableColumn<ClusterRow, ?> c, boolean hideable) {
        table.getColumns().add(c);
        choose(c, hideable);
    }

    /** A column of the pinned table, which stays in view while the others scroll sideways. */
    private void pin(TableColumn<ClusterRow, ?> c, boolean hideable) {
        pins.pinned().getColumns().add(c);
        pins.watch(c);
        choose(c, hideable);
    }

    private void choose(TableColumn<ClusterRow, ?> c, boolean hideable) {
        if (hideable) {
            chooser.add(c, title(c));
        }
    }

    static Label header(String shortTitle, String fullTitle, String tip) {
        Label l = new Label(fullTitle);
        l.setTooltip(new Tooltip(fullTitle + ": " + tip));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setUserData(shortTitle);
        return l;
    }

    private <T extends Comparable<T>> TableColumn<ClusterRow, T> column(String shortTitle, String fullTitle, String tip,
                                                                         Function<ClusterRow, T> value,
                                                                         Function<ClusterRow, String> text,
                                                                         boolean numeric) {
        TableColumn<ClusterRow, T> c = new TableColumn<>();
        c.setGraphic(header(shortTitle, fullTitle, tip));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        if (numeric) {
            c.getStyleClass().add("numeric");
        }
        cellText.put(c, text);
        return c;
    }

    private TableColumn<ClusterRow, Double> number(String shortTitle, String fullTitle, String tip,
                                                   Function<ClusterRow, Double> f, String format) {
        return number(shortTitle, fullTitle, tip, f, v -> String.format(Locale.ROOT, format, v));
    }

    /**
     * A numeric column that sorts by the value and shows {@code format}'s text of it ("–" for none): the text may be
     * rounded (population), the order never is.
     */
    private TableColumn<ClusterRow, Double> number(String shortTitle, String fullTitle, String tip,
                                                   Function<ClusterRow, Double> f, Function<Double, String> format) {
        Function<Double, String> show = v -> v == null || v.isNaN() ? "\u2013" : format.apply(v);
        Function<ClusterRow, String> text = r -> show.apply(f.apply(r));
        TableColumn<ClusterRow, Double> c = new TableColumn<>();
        c.setGraphic(header(shortTitle, fullTitle, tip));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setComparator(Comparator.nullsFirst(Comparator.<Double>naturalOrder()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : show.apply(v));
            }
        });
        c.getStyleClass().add("numeric");
        cellText.put(c, text);
        return c;
    }

    /**
     * Adds the profile columns (trend, growth, international share), filled as the profiles arrive, to the
     * table and its column chooser.
     */
    public void showProfiles(ProfilesModel profiles) {
        for (TableColumn<ClusterRow, ?> c : ProfileColumnsFx.columns(profiles, model)) {
            c.setPrefWidth(Math.ceil(Math.max(c.getPrefWidth(), headerWidth(c))));
            add(c, true);
        }
        // profiles arrive on their own lane after the result: re-sort without the table's selection
        // changes reaching the model, then show the model's selection again
        profiles.profilesProperty().addListener((o, a, p) -> {
            syncing = true;
            try {
                table.refresh();
                pins.resort();
            } finally {
                syncing = false;
            }
            showSelection(model.selectedProperty().get());
        });
    }

    /** The scrolling table: every column but the pinned rank and name. */
    public TableView<ClusterRow> table() {
        return table;
    }

    /** The pinned table: rank and name, in view whatever the main table's horizontal scroll. */
    public TableView<ClusterRow> pinnedTable() {
        return pins.pinned();
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
                    pins.reveal(i);
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }
}
