package org.clusteratlas.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At a laptop's 1366 x 768 the ranking's columns do not fit beside the map and scroll sideways; the last column
 * in view is cut, so the horizontal scroll bar has to be there to see: shown, at least 10 px tall (explorer.css
 * makes it 12) and opaque (Primer draws scroll bars 8 px tall at half opacity until hovered).
 */
@ExtendWith(ApplicationExtension.class)
class RankingScrollBarTest {
    private static final Path SAMPLE = Path.of("sample-data/world-sample.sqlite");

    private AtlasWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.open(stage, SAMPLE);
    }

    @Test
    void horizontalBarIsPlainToSeeWhenColumnsOverflow(FxRobot robot) throws Exception {
        WindowTests.resize(robot, stage, 1366, 768);
        WindowTests.waitIdle(window);
        String problem = FxThread.onFx(() -> {
            TableView<?> table = (TableView<?>) stage.getScene().lookup("#ranking-table");
            double columns = 0;
            for (TableColumn<?, ?> c : table.getColumns()) {
                columns += c.isVisible() ? c.getWidth() : 0;
            }
            if (columns <= table.getWidth()) {
                return "the columns (" + columns + " px) fit the table (" + table.getWidth() + " px): nothing to check";
            }
            ScrollBar bar = null;
            for (Node n : table.lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL) {
                    bar = s;
                }
            }
            if (bar == null || !bar.isVisible()) {
                return "no horizontal scroll bar shown";
            }
            if (bar.getHeight() < 10 || bar.getOpacity() < 0.99) {
                return "horizontal scroll bar " + bar.getHeight() + " px tall at opacity " + bar.getOpacity();
            }
            return null;
        });
        assertTrue(problem == null, problem);
    }
}
