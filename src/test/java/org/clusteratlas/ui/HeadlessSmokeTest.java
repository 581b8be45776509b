package org.clusteratlas.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window starts headless even without any snapshot (no argument, no sample in the working directory). */
@ExtendWith(ApplicationExtension.class)
class HeadlessSmokeTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new AtlasApp().start(stage, List.of());
    }

    @Test
    void windowShowsTitle(FxRobot robot) {
        assertEquals("Cluster Atlas", stage.getTitle().substring(0, "Cluster Atlas".length()));
        assertTrue(robot.lookup("#map-view").tryQuery().isPresent());
    }
}
