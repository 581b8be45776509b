package org.clusteratlas.ui.explorer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.clusteratlas.rank.ClusterRow;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/** The ranking table's rank-change column: its arrows, colours, sort key and the header naming its basis. */
final class RankChangeColumn {
    /** The column's title while nothing is compared, and the one the column chooser remembers it by. */
    static final String TITLE = "\u0394 Rank";

    private RankChangeColumn() {
    }

    /**
     * Whether rank changes apply: while a reference is pinned. Without one every cell would be "–", so the column
     * then takes no width (the column chooser still remembers whether the user wants it, {@link ColumnChooser}).
     */
    static ObservableBooleanValue applies(ExplorerModel model) {
        return model.compare().referenceProperty().isNotNull();
    }

    /** Rank change: ▲n up, ▼n down, "new", "–" unchanged or not compared; sorts by the signed change. */
    static TableColumn<ClusterRow, ClusterRow> create(ExplorerModel model,
                                                      Map<TableColumn<ClusterRow, ?>, Function<ClusterRow, String>> cellText) {
        TableColumn<ClusterRow, ClusterRow> c = new TableColumn<>();
        Label title = RankingTable.header("\u0394", TITLE, "Positions gained (\u25b2) or lost (\u25bc) against the pinned"
                + " reference; \"new\" when it continues no reference cluster");
        // rank change names its basis: the pinned reference (Over time and Published name theirs)
        title.textProperty().bind(javafx.beans.binding.Bindings.when(applies(model))
                .then("\u0394 vs pinned").otherwise(TITLE));
        c.setGraphic(title);
        cellText.put(c, RankChangeColumn::changeText);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(Comparator.comparingInt(RankChangeColumn::changeKey));
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
