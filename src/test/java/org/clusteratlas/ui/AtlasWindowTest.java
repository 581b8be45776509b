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

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.pointOf;
import static org.clusteratlas.ui.FxThread.waitForFx;
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
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static boolean visible(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).query().isVisible());
    }

    private void waitForTitle(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#snapshot-title")
                .tryQueryAs(Label.class).map(l -> title.equals(l.getText())).orElse(false)));
    }

    @Test
    void showsTheSnapshotsCountsAndSyntheticNote(FxRobot robot) throws Exception {
        waitForTitle(robot, "First test snapshot");
        assertEquals("1,500", text(robot, "#fact-documents"));
        assertEquals("1,500", text(robot, "#fact-addresses"));
        assertEquals("1,000", text(robot, "#fact-patents"));
        assertEquals("500", text(robot, "#fact-publications"));
        assertEquals("2015 \u2013 2022", text(robot, "#fact-years"));
        assertTrue(visible(robot, "#synthetic-note"));
        assertTrue(onFx(stage::getTitle).contains("first.sqlite"));
        waitForFx();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> window.map().dotLayer().drawnDots() > 0));
    }

    @Test
    void brokenFileShowsDialogAndKeepsTheAppUsable(FxRobot robot) throws Exception {
        waitForTitle(robot, "First test snapshot");
        robot.interact(() -> windowModel().open(broken));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#error-message").tryQuery()
                .isPresent()));
        String message = text(robot, "#error-message");
        assertTrue(message.contains("broken.sqlite"), message);
        // The previous snapshot is still shown.
        assertEquals("First test snapshot", text(robot, "#snapshot-title"));
        assertTrue(text(robot, "#status").contains("still showing"));
        // Dismiss the dialog and open another file: the app still works.
        Optional<Node> pane = onFx(() -> robot.lookup(".dialog-pane").tryQuery());
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
        assertEquals(false, onFx(() -> windowModel().busyProperty().get()));
        assertTrue(text(robot, "#status").startsWith("Opening cancelled; still showing first.sqlite"));
        Thread.sleep(500); // the cancelled load, had it finished, would have been published by now
        waitForFx();
        assertEquals("First test snapshot", text(robot, "#snapshot-title"));
        assertTrue(!visible(robot, "#cancel-open"));
    }

    @Test
    void keysAndButtonsZoomByWholeLevels(FxRobot robot) throws Exception {
        waitForTitle(robot, "First test snapshot");
        waitForFx();
        double start = zoom();
        robot.clickOn(pointOf(robot, "#map-view"));
        robot.type(javafx.scene.input.KeyCode.ADD);
        waitForFx();
        double zoomed = zoom();
        assertEquals(Math.floor(start + 1e-6) + 1, zoomed, 1e-9, "+ zooms in to the next whole level");
        robot.type(javafx.scene.input.KeyCode.ADD);
        robot.type(javafx.scene.input.KeyCode.MINUS);
        waitForFx();
        assertEquals(zoomed, zoom(), 1e-9, "- zooms out by a whole level");
        robot.clickOn(pointOf(robot, "#fit-world"));
        waitForFx();
        assertEquals(start, zoom(), 1e-6, "fit world returns to the first view");
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

    private double zoom() {
        return onFx(() -> window.map().zoomProperty().get());
    }

    private AtlasViewModel windowModel() {
        return window.model();
    }
}
