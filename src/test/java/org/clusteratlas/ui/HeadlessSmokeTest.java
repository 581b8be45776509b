package org.clusteratlas.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window starts headless even without any snapshot (no argument, and the sample is missing). */
@ExtendWith(ApplicationExtension.class)
class HeadlessSmokeTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new AtlasApp(Path.of("no-such-dir", "world-sample.sqlite")).start(stage, List.of());
    }

    @Test
    void windowShowsTitle(FxRobot robot) {
        assertEquals("Cluster Atlas", onFx(stage::getTitle).substring(0, "Cluster Atlas".length()));
        assertTrue(onFx(() -> robot.lookup("#map-view").tryQuery().isPresent()));
        String status = onFx(() -> robot.lookup("#status").queryAs(Label.class).getText());
        assertTrue(status.contains("world-sample.sqlite is not here"), status);
        assertEquals("No snapshot open", onFx(() -> robot.lookup("#snapshot-title").queryAs(Label.class).getText()));
    }
}
