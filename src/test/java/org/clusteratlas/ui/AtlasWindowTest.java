package org.clusteratlas.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class AtlasWindowTest {
    @TempDir
    static Path dir;
    static Path first;
    static Path second;
    static Path broken;

    private AtlasWindow window;
    private Stage stage;

    @BeforeAll
    static void snapshots() throws Exception {
        first = TestSnapshots.small(dir, "first.sqlite", "First test snapshot", 1500);
        second = TestSnapshots.small(dir, "second.sqlite", "Second test snapshot", 40);
        broken = TestSnapshots.broken(dir);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new AtlasApp().start(stage, List.of(first.toString()));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void waitForTitle(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#snapshot-title").tryQueryAs(Label.class).map(l -> title.equals(l.getText())).orElse(false));
    }

    @Test
    void showsTheSnapshotsCountsAndSyntheticNote(FxRobot robot) throws Exception {
        waitForTitle(robot, "First test snapshot");
        assertEquals("1,500", text(robot, "#fact-documents"));
        assertEquals("1,500", text(robot, "#fact-addresses"));
        assertEquals("1,000", text(robot, "#fact-patents"));
        assertEquals("500", text(robot, "#fact-publications"));
        assertEquals("2015 \u2013 2022", text(robot, "#fact-years"));
        assertTrue(robot.lookup("#synthetic-note").query().isVisible());
        assertTrue(stage.getTitle().contains("first.sqlite"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().dotLayer().drawnDots() > 0);
    }

    @Test
    void brokenFileShowsDialogAndKeepsTheAppUsable(FxRobot robot) throws Exception {
        waitForTitle(robot, "First test snapshot");
        robot.interact(() -> windowModel().open(broken));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#error-message").tryQuery().isPresent());
        String message = text(robot, "#error-message");
        assertTrue(message.contains("broken.sqlite"), message);
        // The previous snapshot is still shown.
        assertEquals("First test snapshot", text(robot, "#snapshot-title"));
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("still showing"));
        // Dismiss the dialog and open another file: the app still works.
        Optional<Node> pane = robot.lookup(".dialog-pane").tryQuery();
        assertTrue(pane.isPresent());
        robot.interact(() -> ((Button) ((DialogPane) pane.get()).lookupButton(ButtonType.OK)).fire());
        robot.interact(() -> windowModel().open(second));
        waitForTitle(robot, "Second test snapshot");
        assertEquals("40", text(robot, "#fact-documents"));
    }

    @Test
    void cancellingAnOpenKeepsTheCurrentSnapshot(FxRobot robot) throws Exception {
        waitForTitle(robot, "First test snapshot");
        boolean[] offered = new boolean[1];
        // in one FX-thread step, so that the (fast) load cannot finish before Cancel is pressed
        robot.interact(() -> {
            windowModel().open(second);
            Button cancel = robot.lookup("#cancel-open").queryAs(Button.class);
            offered[0] = cancel.isVisible();
            cancel.fire();
        });
        assertTrue(offered[0], "the overlay offers Cancel while opening");
        assertEquals(false, windowModel().busyProperty().get());
        assertTrue(text(robot, "#status").startsWith("Opening cancelled; still showing first.sqlite"));
        Thread.sleep(500); // the cancelled load, had it finished, would have been published by now
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("First test snapshot", text(robot, "#snapshot-title"));
        assertTrue(!robot.lookup("#cancel-open").query().isVisible());
    }

    @Test
    void keysAndButtonsZoomByWholeLevels(FxRobot robot) throws Exception {
        waitForTitle(robot, "First test snapshot");
        WaitForAsyncUtils.waitForFxEvents();
        double start = window.map().zoomProperty().get();
        robot.clickOn("#map-view");
        robot.type(javafx.scene.input.KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = window.map().zoomProperty().get();
        assertEquals(Math.floor(start + 1e-6) + 1, zoomed, 1e-9, "+ zooms in to the next whole level");
        robot.type(javafx.scene.input.KeyCode.ADD);
        robot.type(javafx.scene.input.KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoomed, window.map().zoomProperty().get(), 1e-9, "- zooms out by a whole level");
        robot.clickOn("#fit-world");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start, window.map().zoomProperty().get(), 1e-6, "fit world returns to the first view");
    }

    @Test
    void aboutBoxCreditsTheData(FxRobot robot) {
        robot.interact(() -> AboutDialog.create(stage).show());
        String credits = text(robot, "#about-credits");
        assertTrue(credits.contains("Natural Earth"));
        assertTrue(credits.contains("GeoNames (CC BY 4.0)"));
        assertTrue(credits.contains("simplemaps.com/data/world-cities"));
        assertTrue(credits.contains("Gluon Maps (GPL-3.0)"));
    }

    private AtlasViewModel windowModel() {
        return window.model();
    }
}
