package org.clusteratlas.ui.explorer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clusteratlas.rank.MemberPlaces;
import org.clusteratlas.rank.MemberPlaces.Member;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Which places make up this cluster, and how much does each bring?": the selected cluster's member places
 * ({@link MemberPlaces}) as a sortable table (place, country, patents, publications, share of the cluster's
 * score) with the total under it, and Export CSV, which hands the places to the host: the window's file actions
 * ask for a file and write the same CSV as {@code rank --members} on the I/O lane (a view writes no files).
 */
public final class MemberPlacesTable extends VBox {
    private final TableView<Member> table = new TableView<>();
    /** Room beside a header's title: the cell padding and the sort arrow. */
    private static final double HEADER_PADDING = 22;
    private final Label total = new Label();
    private final Button export = new Button("Export CSV\u2026");
    private MemberPlaces shown;
    private Consumer<MemberPlaces> onExport = m -> { };

    public MemberPlacesTable() {
        getStyleClass().add("member-places");
        setSpacing(4);
        table.setId("member-places");
        table.setPlaceholder(new Label("No places"));
        // the five columns share the pane (the details pane is narrow at 1366 x 768): none below its header's width
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setMinWidth(200); // not the columns' sum: the details pane fits its width to the viewport
        table.setPrefWidth(300);
        table.getColumns().add(text("Place", Member::name, 150));
        table.getColumns().add(text("Country", Member::country, 0));
        table.getColumns().add(number("Patents", Member::patents, "%,.1f", 0));
        table.getColumns().add(number("Publications", Member::publications, "%,.1f", 0));
        table.getColumns().add(number("Score %", m -> 100 * m.scoreShare(), "%.1f", 0));
        table.setFixedCellSize(24);
        table.setPrefHeight(24 * 8 + 30);
        table.setMinHeight(120);
        total.setId("member-places-total");
        total.getStyleClass().add("member-total");
        total.setMinWidth(0);
        export.setId("member-places-export");
        export.setTooltip(new Tooltip("The same CSV as rank --members (full precision, total as the last row)"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setOnAction(e -> {
            if (shown != null) {
                onExport.accept(shown);
            }
        });
        export.setDisable(true);
        HBox foot = new HBox(8, total, new Region(), export);
        HBox.setHgrow(foot.getChildren().get(1), Priority.ALWAYS);
        foot.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(table, foot);
    }

    /** Shows a cluster's places (null clears). */
    public void show(MemberPlaces m) {
        shown = m;
        export.setDisable(m == null);
        if (m == null) {
            table.getItems().clear();
            total.setText("");
            return;
        }
        table.getItems().setAll(m.places());
        Member t = m.total();
        total.setText(String.format(Locale.ROOT, "Total of %d places: %,.1f patents, %,.1f publications, %,d locations",
                m.places().size(), t.patents(), t.publications(), t.locations()));
    }

    public TableView<Member> table() {
        return table;
    }

    /** The places shown (tests). */
    public MemberPlaces shown() {
        return shown;
    }

    /** What Export CSV does with the places shown (the explorer's file actions write them on the I/O lane). */
    public void setOnExport(Consumer<MemberPlaces> action) {
        onExport = action;
    }

    private static TableColumn<Member, String> text(String title, Function<Member, String> f, double w) {
        TableColumn<Member, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        fit(c, w);
        return c;
    }

    /**
     * The title as a label, so the column's minimum follows the header's width as styled (explorer.css gives the
     * member table small headers: names need the room at 1366 x 768), plus the padding and a sort arrow; no title
     * is cut. {@code w} is the preferred width (the name's), 0 for the header's.
     */
    private static void fit(TableColumn<Member, ?> c, double w) {
        Label title = new Label(c.getText());
        title.setMinWidth(Region.USE_PREF_SIZE);
        c.setText(null);
        c.setGraphic(title);
        // measured in the title's own font (set by the style sheet), not its width: the label may be stretched
        c.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            javafx.scene.text.Text text = new javafx.scene.text.Text(title.getText());
            text.setFont(title.getFont());
            return Math.ceil(text.getLayoutBounds().getWidth()) + HEADER_PADDING;
        }, title.fontProperty()));
        c.setPrefWidth(w);
    }

    private static TableColumn<Member, Double> number(String title, Function<Member, Double> f, String format, double w) {
        TableColumn<Member, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        fit(c, w);
        c.getStyleClass().add("numeric");
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format(Locale.ROOT, format, v));
            }
        });
        return c;
    }
}
