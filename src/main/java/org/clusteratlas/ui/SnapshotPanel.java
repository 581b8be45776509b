package org.clusteratlas.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clusteratlas.snapshot.SnapshotMetadata;

/**
 * The side panel's description of the open snapshot: title, counts, years, source and licence, and a
 * prominent note when the data is synthetic, so that no one mistakes the sample for real statistics.
 */
final class SnapshotPanel extends VBox {
    private final Label title = new Label("No snapshot open");
    private final Label synthetic = new Label(
            "Synthetic data: generated for demonstration. These are not real patents or publications.");
    private final GridPane facts = new GridPane();
    private final Label hint = new Label("Open a snapshot with File > Open (Ctrl+O) or drop a .sqlite file on the window.");

    SnapshotPanel(ObservableValue<SnapshotSummary> summary) {
        getStyleClass().add("snapshot-panel");
        title.getStyleClass().add("snapshot-title");
        title.setId("snapshot-title");
        title.setWrapText(true);
        synthetic.getStyleClass().add("synthetic-note");
        synthetic.setId("synthetic-note");
        synthetic.setWrapText(true);
        synthetic.managedProperty().bind(synthetic.visibleProperty());
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.managedProperty().bind(hint.visibleProperty());
        facts.getStyleClass().add("facts");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(keys, values);
        Label header = new Label("SNAPSHOT");
        header.getStyleClass().add("panel-header");
        getChildren().addAll(header, title, synthetic, facts, hint);
        summary.addListener((o, a, b) -> show(b));
        show(summary.getValue());
    }

    private void show(SnapshotSummary s) {
        facts.getChildren().clear();
        if (s == null) {
            title.setText("No snapshot open");
            synthetic.setVisible(false);
            hint.setVisible(true);
            return;
        }
        hint.setVisible(false);
        SnapshotMetadata m = s.snapshot().metadata();
        title.setText(m.title() == null || m.title().isBlank() ? s.snapshot().file().getFileName().toString() : m.title());
        synthetic.setVisible(m.synthetic());
        int row = 0;
        fact(row++, "Documents", Formats.count(m.documents()), "documents");
        fact(row++, "  patents", Formats.count(s.patents()), "patents");
        fact(row++, "  publications", Formats.count(s.publications()), "publications");
        fact(row++, "Addresses", Formats.count(m.addresses()), "addresses");
        fact(row++, "Unique locations", Formats.count(s.snapshot().table().size()), "locations");
        fact(row++, "Years", s.firstYear() == s.lastYear() ? Integer.toString(s.firstYear())
                : s.firstYear() + " \u2013 " + s.lastYear(), "years");
        fact(row++, "Source", orDash(m.source()), "source");
        fact(row++, "Licence", orDash(m.licence()), "licence");
        fact(row++, "Created", orDash(m.created()), "created");
        Label file = fact(row, "File", s.snapshot().file().toString(), "file");
        file.setTooltip(new Tooltip(s.snapshot().file().toAbsolutePath().toString()));
    }

    private Label fact(int row, String key, String value, String id) {
        Label k = new Label(key);
        k.getStyleClass().add("fact-key");
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        v.setId("fact-" + id);
        v.setWrapText(true);
        facts.addRow(row, k, v);
        return v;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "\u2013" : s;
    }
}
