package org.clusteratlas.ui;

import com.gluonhq.impl.maps.TileImageView;
import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.clusteratlas.basemap.OfflineTileRetriever;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.waitForFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app never opens a network connection: with a guard that records every attempt, the window opens a
 * snapshot and the map loads its tiles at several zoom levels, and nothing was attempted.
 */
@ExtendWith(ApplicationExtension.class)
class NoNetworkTest {
    @TempDir
    static Path dir;
    static Path snapshot;
    private AtlasWindow window;

    @BeforeAll
    static void guard() throws Exception {
        NetworkGuard.install();
        snapshot = TestSnapshots.small(dir, "net.sqlite", "Offline", 200);
    }

    @Start
    void start(Stage stage) {
        window = new AtlasApp().start(stage, List.of(snapshot.toString()));
    }

    @Test
    void theGuardCatchesConnections() {
        NetworkGuard.clear();
        assertThrows(Exception.class, () -> {
            try (InputStream in = new URL("http://tile.openstreetmap.org/1/0/0.png").openStream()) {
                in.read();
            }
        });
        assertThrows(Exception.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", 9), 500);
            }
        });
        List<String> caught = NetworkGuard.attempts();
        assertTrue(caught.stream().anyMatch(a -> a.contains("openstreetmap")), caught.toString());
        assertTrue(caught.stream().anyMatch(a -> a.contains("socket://127.0.0.1:9")), caught.toString());
        NetworkGuard.clear();
    }

    @Test
    void gluonUsesOurOfflineTiles() {
        TileRetriever r = TileRetrieverProvider.getInstance().load();
        assertInstanceOf(OfflineTileRetriever.class, r);
    }

    @Test
    void browsingTheMapStaysOffline(FxRobot robot) throws Exception {
        NetworkGuard.clear();
        long before = OfflineTileRetriever.renderedTiles();
        waitForTiles(robot);
        for (int k = 0; k < 3; k++) {
            robot.interact(() -> window.map().zoomIn());
            waitForTiles(robot);
        }
        robot.interact(() -> window.map().pan(300, 150));
        waitForTiles(robot);
        robot.interact(() -> window.map().fitWorld());
        waitForTiles(robot);
        assertTrue(OfflineTileRetriever.renderedTiles() > before, "tiles were rendered locally");
        assertEquals(List.of(), NetworkGuard.attempts(), "network access attempted");
    }

    /** Waits until every tile view on the map has its image, and checks none failed (the tiles read on the FX thread). */
    private static void waitForTiles(FxRobot robot) throws Exception {
        waitForFx();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> {
            Set<Node> tiles = robot.lookup(n -> n instanceof TileImageView).queryAll();
            return !tiles.isEmpty() && tiles.stream().map(TileImageView.class::cast)
                    .allMatch(t -> t.getProgress() >= 1.0 && t.getImage() != null);
        }));
        boolean failed = onFx(() -> robot.lookup(n -> n instanceof TileImageView).queryAll().stream()
                .map(TileImageView.class::cast).anyMatch(t -> t.getException() != null));
        assertFalse(failed, "a tile failed to load");
    }
}
