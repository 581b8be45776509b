package org.clusteratlas.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
class HeadlessSmokeTest {
    @Start
    void start(Stage stage) {
        new AtlasApp().start(stage);
    }

    @Test
    void windowShowsTitle(FxRobot robot) {
        assertEquals("Cluster Atlas", robot.lookup(".label").queryAs(Label.class).getText());
    }
}
