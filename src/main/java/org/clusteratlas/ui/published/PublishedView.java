package org.clusteratlas.ui.published;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clusteratlas.published.PublishedComparison;
import org.clusteratlas.published.PublishedMatch;

import java.util.Locale;
import java.util.function.Function;

/**
 * The published ranking beside the computed one: per published row its rank, name, economies, counts and
 * score as published, the computed cluster it is matched to (rank, name, score) and the rank change
 * against it, with the agreement above and the credit below. Binds to a {@link PublishedModel} only.
 */
public final class PublishedView extends VBox {
    private final TableView<PublishedMatch> table = new TableView<>();

    public PublishedView(PublishedModel model) {
        setId("published-view");
        setSpacing(4);
        setPadding(new Insets(6));
        Label summary = new Label();
        summary.setId("published-summary");
        summary.getStyleClass().add("published-agreement");
        summary.textProperty().bind(model.statusProperty());
        summary.setWrapText(true);
        Label credit = new Label("Published figures as given in the file opened (GII tables: WIPO, Global Innovation"
                + " Index, wipo.int). The app's parameters are a replica: WIPO's radius and minimum are not public.");
        credit.getStyleClass().add("published-credit");
        credit.setWrapText(true);
        table.setId("published-table");
        table.setPlaceholder(new Label("Open a published ranking: File \u203A Open Published Ranking\u2026"));
        table.getColumns().add(column("Published", 70, m -> m.row().rank()));
        table.getColumns().add(column("Published name", 190, m -> m.row().name()));
        table.getColumns().add(column("Rank", 50, m -> m.matched() ? Integer.toString(m.computed().rank()) : "\u2013"));
        table.getColumns().add(column("Computed name", 170, m -> m.matched() ? m.computed().name() : "not matched"));
        table.getColumns().add(column("Change vs published", 80, m -> m.matched() ? signed(m.rankChange()) : ""));
        table.getColumns().add(column("Score (pub.)", 70, m -> Double.isNaN(m.row().score()) ? ""
                : fmt("%.1f", m.row().score())));
        table.getColumns().add(column("Score", 70, m -> m.matched() ? fmt("%.3f", m.computed().score()) : ""));
        table.getColumns().add(column("Economies", 70, m -> m.row().economiesText()));
        table.getColumns().add(column("Patents (pub.)", 90, m -> fmt("%,.0f", m.row().patents())));
        table.getColumns().add(column("Publications (pub.)", 90, m -> fmt("%,.0f", m.row().publications())));
        table.getColumns().add(column("Note", 260, m -> m.note() == null ? "" : m.note()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> model.select(m));
        model.comparisonProperty().addListener((o, a, c) -> show(c));
        show(model.comparisonProperty().get()); // made when its tab is first selected: a table may be open already
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(summary, table, credit);
    }

    private void show(PublishedComparison c) {
        table.setItems(c == null ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(c.matches()));
    }

    private static <T> TableColumn<PublishedMatch, T> column(String title, double width,
                                                             Function<PublishedMatch, T> value) {
        TableColumn<PublishedMatch, T> c = new TableColumn<>();
        // the title is a label that never shrinks, and the column is never narrower than it: no cut headers
        Label header = new Label(title);
        header.setMinWidth(Region.USE_PREF_SIZE);
        c.setGraphic(header);
        c.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> header.prefWidth(-1) + 16, header.textProperty(), header.fontProperty()));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private static String fmt(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }

    private static String signed(int d) {
        return d > 0 ? "\u25B2" + d : d < 0 ? "\u25BC" + (-d) : "\u2013";
    }

    TableView<PublishedMatch> table() {
        return table;
    }
}
