package org.clusteratlas.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.clusteratlas.rank.ApproximatePopulation;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.explorer.RankingTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.waitForFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window writes a cluster's population as {@link ApproximatePopulation} does (three significant figures, no
 * "24,976,898"), in the ranking table and in the details, while the table's Population column still sorts by the
 * raw sum.
 */
@ExtendWith(ApplicationExtension.class)
class PopulationTextTest {
    private static final Path SAMPLE = Path.of("sample-data/world-sample.sqlite");
    private static final String ROUNDED = "\u2248 \\d{1,3}(\\.\\d{1,2})? (thousand|million|billion)|\u2248 [\\d,]{1,5}|unknown";

    private AtlasWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.open(stage, SAMPLE);
    }

    @Test
    void tableAndDetailsShowTheRoundedPopulationAndTheTableSortsByTheRawOne(FxRobot robot) throws Exception {
        WindowTests.resize(robot, stage, 1366, 768);
        WindowTests.waitIdle(window);
        ExplorerModel model = window.explorer().model();
        RankingTable table = window.explorer().table();
        TableColumn<ClusterRow, ?> population = onFx(() -> WindowTests.column(table.table(), "Population (approx.)"));
        robot.interact(() -> table.setHiddenColumns(List.of())); // whatever an earlier test left unticked

        robot.interact(() -> {
            population.setSortType(TableColumn.SortType.DESCENDING);
            table.table().getSortOrder().setAll(List.of(population));
        });
        waitForFx();
        List<Long> raw = onFx(() -> table.table().getItems().stream().map(ClusterRow::population).toList());
        assertTrue(raw.size() > 5, "the sample ranks clusters: " + raw.size());
        for (int i = 1; i < raw.size(); i++) {
            assertTrue(raw.get(i - 1) >= raw.get(i), "sorted by the raw population at " + i + ": " + raw);
        }
        assertTrue(raw.get(0) > 1_000_000, "the biggest cluster is a city: " + raw.get(0));

        List<String[]> shown = onFx(() -> cells(table, population));
        assertFalse(shown.isEmpty(), "population cells are on screen");
        for (String[] s : shown) {
            assertEquals(s[1], s[0], "the cell writes the rule's text");
            assertTrue(s[0].matches(ROUNDED), "three significant figures: " + s[0]);
        }

        ClusterRow first = onFx(() -> table.table().getItems().get(0));
        robot.interact(() -> model.selectedProperty().set(first));
        waitForFx();
        String details = onFx(() -> robot.lookup("#detail-population").queryAs(Label.class).getText());
        assertEquals(ApproximatePopulation.text(first.population()), details);
        assertTrue(details.endsWith(" million"), details);
        robot.interact(() -> table.table().getSortOrder().clear());
    }


    /** Per population cell on screen: its text and what the rule writes for its row (FX thread). */
    private static List<String[]> cells(RankingTable table, TableColumn<ClusterRow, ?> column) {
        List<String[]> out = new ArrayList<>();
        for (Node n : table.table().lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> c && c.getTableColumn() == column && !c.isEmpty()
                    && c.getTableRow() != null && c.getTableRow().getItem() instanceof ClusterRow r) {
                out.add(new String[] {c.getText(), ApproximatePopulation.text(r.population())});
            }
        }
        return out;
    }
}
