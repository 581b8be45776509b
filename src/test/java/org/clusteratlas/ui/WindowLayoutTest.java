package org.clusteratlas.ui;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clusteratlas.figure.LabelPlacement;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.waitForFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window on the bundled world sample at a laptop's 1366 x 768 and at 1920 x 1080: no column header or
 * tab title cut short, the ten best clusters labelled at world zoom, member places that sum to the cluster,
 * arrow keys in the table that leave the map alone, and a PNG export of the size asked for drawn by the
 * figure renderer (no zoom buttons: it is not a picture of the nodes).
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    private static final Path SAMPLE = Path.of("sample-data/world-sample.sqlite");

    @TempDir
    Path dir;
    private AtlasWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.open(stage, SAMPLE);
    }

    @Test
    void laptopSize(FxRobot robot) throws Exception {
        check(robot, 1366, 768);
    }

    @Test
    void fullHdSize(FxRobot robot) throws Exception {
        check(robot, 1920, 1080);
    }

    private ExplorerModel model() {
        return window.explorer().model();
    }

    private void check(FxRobot robot, int width, int height) throws Exception {
        WindowTests.resize(robot, stage, width, height);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !model().busyProperty().get()
                && model().getResult() != null && model().getResult().shown().size() >= 10));
        robot.interact(() -> window.map().fitWorld());
        waitForFx();

        // the map fills its pane at this size (the world spans the map view's width)
        double mapWidth = onFx(() -> window.map().mapView().getWidth());
        assertEquals(mapWidth, org.clusteratlas.geo.WebMercator.worldPixels(zoom()), mapWidth * 0.1 + 1);

        // no header or tab title cut short (measured on the FX thread: JavaFX's text layout is not thread-safe,
        // and measuring from the test thread while a pulse lays out text corrupts it)
        @SuppressWarnings("unchecked")
        TableView<ClusterRow> table = onFx(() -> robot.lookup("#ranking-table").queryAs(TableView.class));
        List<String> cut = onFx(() -> {
            List<Node> titles = new ArrayList<>(robot.lookup(".column-header .label").queryAll());
            titles.addAll(robot.lookup(".tab .tab-label").queryAll());
            List<String> found = new ArrayList<>();
            for (Node n : titles) {
                truncated((Label) n, found);
            }
            for (TableColumn<ClusterRow, ?> c : table.getColumns()) {
                Label title = (Label) c.getGraphic();
                if (c.getWidth() < title.prefWidth(-1)) {
                    found.add("column " + title.getText() + " narrower than its title");
                }
            }
            return found;
        });
        assertTrue(cut.isEmpty(), "cut short at " + width + "x" + height + ": " + cut);
        String count = onFx(() -> robot.lookup("#ranking-count").queryAs(Label.class).getText());
        assertEquals(String.format(java.util.Locale.ROOT, "%,d clusters, top 100 shown",
                model().getResult().ranking().size()), count, "the table says why it holds 100 of them");
        assertTrue(model().getResult().ranking().size() > 100, "the sample has more clusters than the table shows");

        // the ten best clusters are labelled at world zoom
        assertEquals(LabelPlacement.ALWAYS_LABELLED, onFx(() -> window.explorer().layer().topLabelsPlaced()));

        // arrow keys in the table move the selection, not the map; Enter zooms
        robot.interact(() -> table.getSelectionModel().select(0));
        waitForFx();
        double level = zoom();
        Point2D centre = centre();
        robot.interact(table::requestFocus);
        robot.type(KeyCode.DOWN, 3);
        waitForFx();
        assertEquals(3, onFx(() -> table.getSelectionModel().getSelectedIndex()));
        assertEquals(onFx(() -> table.getItems().get(3)), onFx(() -> model().selectedProperty().get()));
        assertEquals(level, zoom(), 1e-9, "arrow keys do not zoom the map");
        Point2D still = centre();
        assertEquals(centre.getX(), still.getX(), 1e-6);
        assertEquals(centre.getY(), still.getY(), 1e-6);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> zoom() > level + 1);

        // member places of the selected cluster sum to its totals
        ClusterRow selected = onFx(() -> model().selectedProperty().get());
        var memberPlaces = window.explorer().details().memberPlaces();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> memberPlaces.shown() != null
                && memberPlaces.shown().cluster().equals(selected)));
        var places = onFx(memberPlaces::shown);
        double patents = places.places().stream().mapToDouble(m -> m.patents()).sum();
        assertEquals(selected.patents(), patents, 1e-6 * Math.max(1, selected.patents()));
        assertEquals(selected.publications(), places.total().publications(), 1e-6 * Math.max(1, selected.publications()));
        assertEquals(places.places().size(), onFx(() -> memberPlaces.table().getItems().size()));
        // its five columns share the details pane: none runs past the table's right edge
        var members = memberPlaces.table();
        double columns = onFx(() -> members.getColumns().stream().mapToDouble(TableColumn::getWidth).sum());
        double membersWidth = onFx(members::getWidth);
        assertTrue(columns <= membersWidth, "member place columns " + columns + " in " + membersWidth);
        // with no cluster selected the section is gone, not an empty table under "No cluster selected"
        javafx.scene.Node membersSection = onFx(memberPlaces::getParent);
        assertTrue(onFx(membersSection::isVisible));
        robot.interact(() -> model().selectedProperty().set(null));
        waitForFx();
        assertFalse(onFx(membersSection::isVisible), "member places hidden without a selection");
        robot.interact(() -> model().selectedProperty().set(selected));
        waitForFx();

        // the PNG export: the size asked for, drawn by the figure renderer (the same pixels as MapExport.render)
        Path png = dir.resolve("map.png");
        ExplorerActions actions = window.explorer().actions();
        MapExport.Size slides = MapExport.SIZES.get(1);
        var content = new Object[2];
        robot.interact(() -> {
            content[0] = MapExport.content(model().getResult(), model().selectedProperty().get());
            content[1] = MapExport.shownFrame(window.map());
            actions.writePng(png, slides);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        BufferedImage expected = MapExport.render((org.clusteratlas.figure.FigureContent) content[0],
                (org.clusteratlas.figure.MapFrame) content[1], 1920, 1080).image();
        assertTrue(samePixels(expected, image), "the export is the figure renderer's image, without the window's nodes");
        assertNotEquals(0, image.getRGB(1900, 20) & 0xffffff, "map drawn where the zoom buttons are on screen");
    }

    /** The map's zoom, read on the FX thread. */
    private double zoom() {
        return onFx(() -> window.map().zoomProperty().get());
    }

    /** The longitude and latitude at the map view's centre, read on the FX thread. */
    private Point2D centre() {
        return onFx(() -> {
            var map = window.map().mapView();
            var c = map.getMapPosition(map.getWidth() / 2, map.getHeight() / 2);
            return new Point2D(c.getLongitude(), c.getLatitude());
        });
    }

    /** A label is cut short when it has less room than its text needs (JavaFX then shows "..."); FX thread. */
    private static void truncated(Label l, List<String> cut) {
        if (!l.isVisible() || l.getText() == null || l.getText().isEmpty() || l.getScene() == null) {
            return;
        }
        if (l.getWidth() + 0.5 < l.prefWidth(-1)) {
            cut.add(l.getText() + " (" + Math.round(l.getWidth()) + " < " + Math.round(l.prefWidth(-1)) + ")");
        }
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y += 3) {
            for (int x = 0; x < a.getWidth(); x += 3) {
                if ((a.getRGB(x, y) & 0xffffff) != (b.getRGB(x, y) & 0xffffff)) {
                    return false;
                }
            }
        }
        return true;
    }
}
