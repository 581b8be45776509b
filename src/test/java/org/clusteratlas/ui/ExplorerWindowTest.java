package org.clusteratlas.ui;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.explorer.ExplorerSnapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.pointOf;
import static org.clusteratlas.ui.FxThread.waitForFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer in the real window: the eps slider drives the table; table and map selections are linked. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    @TempDir
    static Path dir;
    static Path snapshot;

    private AtlasWindow window;

    @BeforeAll
    static void snapshot() throws Exception {
        snapshot = ExplorerSnapshots.write(dir, "explorer.sqlite");
    }

    @Start
    void start(Stage stage) {
        window = WindowTests.open(stage, snapshot);
    }

    private ExplorerModel model() {
        return window.explorer().model();
    }

    @SuppressWarnings("unchecked")
    private TableView<ClusterRow> table(FxRobot robot) {
        return onFx(() -> robot.lookup("#ranking-table").queryAs(TableView.class));
    }

    private static String fieldText(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryAs(javafx.scene.control.TextField.class).getText());
    }

    private void waitIdle(FxRobot robot) throws Exception {
        WindowTests.waitIdle(window);
    }

    /** The table's rows as "rank name patents", read on the FX thread. */
    private static List<String> names(TableView<ClusterRow> t) {
        return onFx(() -> {
            List<String> out = new ArrayList<>();
            t.getItems().forEach(r -> out.add(r.rank() + " " + r.name() + " " + Math.round(r.patents())));
            return out;
        });
    }

    private static int size(TableView<ClusterRow> t) {
        return onFx(() -> t.getItems().size());
    }

    @Test
    void movingTheEpsSliderChangesTheTable(FxRobot robot) throws Exception {
        waitIdle(robot);
        TableView<ClusterRow> t = table(robot);
        Slider eps = onFx(() -> robot.lookup("#slider-eps-km").queryAs(Slider.class));
        robot.interact(() -> eps.setValue(3));
        waitIdle(robot);
        assertEquals(3.0, model().getResult().parameters().epsKm());
        List<String> small = names(t);
        assertTrue(size(t) > 0, "clusters at 3 km");
        // then from the keyboard: focus the slider and press the right arrow until the radius passes 25 km
        robot.interact(eps::requestFocus);
        for (int i = 0; i < 30 && onFx(eps::getValue) < 25; i++) {
            robot.type(KeyCode.RIGHT);
        }
        waitIdle(robot);
        assertTrue(model().getResult().parameters().epsKm() >= 25, "eps " + model().getResult().parameters().epsKm());
        List<String> large = names(t);
        assertNotEquals(small, large, "a 25 km radius merges the satellite towns into their cities");
        // the number field follows the slider
        String field = fieldText(robot, "#field-eps-km");
        assertEquals(model().getResult().parameters().text(ParameterSpecs.EPS_KM), field);
    }

    @Test
    void theSliderShowsItsStepsPrecisionAndNoFieldsKeepsTheLastChoice(FxRobot robot) throws Exception {
        waitIdle(robot);
        Slider eps = onFx(() -> robot.lookup("#slider-eps-km").queryAs(Slider.class));
        robot.interact(() -> eps.setValue(5.0499999));
        waitIdle(robot);
        assertEquals("5.05", fieldText(robot, "#field-eps-km"));
        assertEquals(5.05, model().getParameters().epsKm(), "the number itself, at the spec's precision");
        // "None" of the fields is no value: the other controls still apply, the fields keep "all"
        robot.interact(() -> robot.lookup("#param-fields").queryAs(javafx.scene.layout.VBox.class)
                .lookupAll(".button").stream().map(javafx.scene.control.Button.class::cast)
                .filter(b -> b.getText().equals("None")).findFirst().orElseThrow().fire());
        Label summary = onFx(() -> robot.lookup("#param-fields").lookup(".parameter-summary").queryAs(Label.class));
        String none = onFx(summary::getText);
        assertTrue(none.startsWith("none"), none);
        assertNull(model().getParameters().filter().fields(), "not a value: the parameters keep all fields");
        robot.interact(() -> eps.setValue(8));
        waitIdle(robot);
        assertEquals(8.0, model().getParameters().epsKm(), "the other controls still apply");
        assertNull(model().getParameters().filter().fields());
        assertTrue(onFx(summary::getText).startsWith("all"), "the list shows the parameters' fields again");
    }

    @Test
    void selectingARowSelectsTheClusterOnTheMapAndTheOtherWayRound(FxRobot robot) throws Exception {
        waitIdle(robot);
        TableView<ClusterRow> t = table(robot);
        assertTrue(size(t) >= 3);
        robot.interact(() -> t.getSelectionModel().select(2));
        ClusterRow third = onFx(() -> t.getItems().get(2));
        assertEquals(third, onFx(() -> model().selectedProperty().get()));
        waitForFx();
        // Enter zooms the map to it: its circle is near the middle of the map
        robot.interact(t::requestFocus);
        robot.type(KeyCode.ENTER);
        var layer = window.explorer().layer();
        var map = window.map().mapView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> {
            Point2D c = layer.circleCentre(third.clusterId());
            return c != null && Math.abs(c.getX() - map.getWidth() / 2) < map.getWidth() / 4
                    && Math.abs(c.getY() - map.getHeight() / 2) < map.getHeight() / 4;
        }));
        // the details pane shows it
        var details = window.explorer().details();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> details.shown() != null
                && details.shown().row().equals(third)));

        // now fit the world and click another cluster's circle on the map
        robot.interact(() -> window.map().fitWorld());
        waitForFx();
        // the best-ranked cluster whose circle is inside the visible map (the test screen is small), found on the
        // FX thread with the cluster the layer finds there and its centre on screen
        record Circle(ClusterRow row, int hit, Point2D screen) {
        }
        Circle circle = onFx(() -> {
            for (ClusterRow r : t.getItems()) {
                Point2D c = layer.circleCentre(r.clusterId());
                if (c != null && r.clusterId() != third.clusterId() && c.getX() > 30 && c.getY() > 30
                        && c.getX() < map.getWidth() - 60 && c.getY() < map.getHeight() - 120) {
                    return new Circle(r, layer.clusterAt(c.getX(), c.getY()), layer.localToScreen(c));
                }
            }
            return null;
        });
        assertNotNull(circle, "a cluster inside the map view");
        ClusterRow clicked = circle.row();
        assertEquals(clicked.clusterId(), circle.hit());
        robot.clickOn(circle.screen());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> model().selectedProperty().get() != null
                && model().selectedProperty().get().clusterId() == clicked.clusterId()));
        assertEquals(clicked, onFx(() -> t.getSelectionModel().getSelectedItem()));
        // hovering shows the tooltip with its name, rank and figures
        robot.moveBy(2, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#cluster-tooltip").query()
                .isVisible()));
        String tip = onFx(() -> ((Label) robot.lookup("#cluster-tooltip").query()).getText());
        assertTrue(tip.contains("#" + clicked.rank()) && tip.contains(clicked.name()) && tip.contains("Patents"), tip);
    }

    @Test
    void theFilterBoxNarrowsTheTable(FxRobot robot) throws Exception {
        waitIdle(robot);
        TableView<ClusterRow> t = table(robot);
        int all = size(t);
        String name = onFx(() -> t.getItems().get(0).name());
        String typed = name.substring(0, Math.min(5, name.length()));
        robot.clickOn(pointOf(robot, "#ranking-filter")).write(typed);
        waitForFx();
        int filtered = size(t);
        assertTrue(filtered >= 1 && filtered < all, filtered + " of " + all);
        assertTrue(onFx(() -> t.getItems().stream().allMatch(r -> r.name().contains(typed))));
    }

    @Test
    void eachExportWritesAValidFile(FxRobot robot) throws Exception {
        waitIdle(robot);
        robot.interact(() -> model().topNProperty().set(5));
        waitIdle(robot);
        var result = model().getResult();
        ExplorerActions actions = window.explorer().actions();
        Path csv = dir.resolve("out/ranking.csv");
        Path geo = dir.resolve("out/clusters.geojson");
        Path json = dir.resolve("out/ranking.json");
        Path png = dir.resolve("out/map.png");
        Path members = dir.resolve("out/members.csv");
        var places = org.clusteratlas.rank.MemberPlaces.of(result.ranking(), result.shown().get(0).clusterId());
        robot.interact(() -> {
            actions.writeMembers(places, members);
            actions.writeRanking(result, org.clusteratlas.io.RankingFormat.CSV, csv);
            actions.writeRanking(result, org.clusteratlas.io.RankingFormat.GEOJSON, geo);
            actions.writeRanking(result, org.clusteratlas.io.RankingFormat.JSON, json);
            actions.writePng(png);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(csv)
                && java.nio.file.Files.exists(geo) && java.nio.file.Files.exists(json) && java.nio.file.Files.exists(png)
                && java.nio.file.Files.exists(members));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> ((Label) robot.lookup("#status").query())
                .getText().contains("map.png")));

        // member places on the I/O lane: a header, one row per place, the total
        assertEquals(places.places().size() + 2, java.nio.file.Files.readAllLines(members).size());

        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertEquals(6, lines.size(), "header and the 5 shown clusters");
        assertTrue(lines.get(0).startsWith("rank,"), lines.get(0));
        assertTrue(lines.get(1).contains(result.shown().get(0).name().split("\u2013")[0]), lines.get(1));

        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var features = mapper.readTree(geo.toFile()).path("features");
        assertEquals(5, features.size());
        assertEquals("Polygon", features.get(0).path("geometry").path("type").asText().replace("MultiPolygon", "Polygon"));
        var report = mapper.readTree(json.toFile());
        assertTrue(report.toString().contains("\"eps-km\""), "the JSON carries the parameters");
        assertTrue(report.toString().contains("rank --snapshot"), "and the command that reproduces it");
        // the years the user left untouched are written as the snapshot's, in the export, its command and a view
        org.clusteratlas.cli.YearRangeWritingTest.assertNoAllYears(report.toString());
        assertTrue(report.findValue("parameters").path("years").asText().matches("\\d{4}-\\d{4}"), report.toString());
        org.clusteratlas.cli.YearRangeWritingTest.assertNoAllYears(actions.command());
        org.clusteratlas.cli.YearRangeWritingTest.assertNoAllYears(onFx(actions::currentView).toJson()); // it reads the map view

        var image = javax.imageio.ImageIO.read(png.toFile());
        assertNotNull(image);
        var mapView = window.map().mapView();
        double mapWidth = onFx(mapView::getWidth);
        double mapHeight = onFx(mapView::getHeight);
        assertTrue(image.getWidth() >= mapWidth && image.getHeight() > mapHeight,
                "the map plus a caption: " + image.getWidth() + "x" + image.getHeight());
        // no temporary files left behind
        try (var files = java.nio.file.Files.list(dir.resolve("out"))) {
            assertEquals(5, files.count());
        }
    }

    @Test
    void aMinimumTypedAsAShareStaysAShareAndMovesTheSliderToItsCount(FxRobot robot) throws Exception {
        waitIdle(robot);
        double total = model().snapshotProperty().get() == null ? 0
                : model().snapshotProperty().get().table().weigh(model().getParameters().filter())
                .total(org.clusteratlas.snapshot.DocumentKind.PATENT);
        javafx.scene.control.TextField field = onFx(() -> robot.lookup("#field-min-patents")
                .queryAs(javafx.scene.control.TextField.class));
        robot.interact(() -> {
            field.setText("1%");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        waitIdle(robot);
        double expected = ParameterSpecs.MIN_PATENTS.counts().round(Math.max(1, total / 100));
        assertEquals(org.clusteratlas.cluster.Minimum.share(1), model().getResult().parameters().minPatents());
        assertEquals("1%", onFx(field::getText));
        javafx.scene.control.Slider slider = onFx(() -> robot.lookup("#slider-min-patents")
                .queryAs(javafx.scene.control.Slider.class));
        assertEquals(Math.log10(expected), onFx(slider::getValue), 1e-9, "the slider sits at the count the share gives");
        // a year range re-resolves the share on its own total; the share stays
        robot.interact(() -> model().setParameters(model().getParameters().withText(ParameterSpecs.YEARS,
                "2020-2021")));
        waitIdle(robot);
        double recent = model().snapshotProperty().get().table().weigh(model().getParameters().filter())
                .total(org.clusteratlas.snapshot.DocumentKind.PATENT);
        assertEquals("1%", onFx(field::getText));
        assertEquals(Math.log10(ParameterSpecs.MIN_PATENTS.counts().round(Math.max(1, recent / 100))),
                onFx(slider::getValue), 1e-9);
    }

    @Test
    void aSavedViewRestoresParametersAndViewport(FxRobot robot) throws Exception {
        waitIdle(robot);
        robot.interact(() -> {
            model().setParameters(model().getParameters().withEpsKm(21).withMinPatentWeight(33));
            model().topNProperty().set(7);
            window.map().zoomTo(48.8, 2.3, 6);
        });
        waitIdle(robot);
        Path file = dir.resolve("view.json");
        var view = onFx(() -> window.explorer().actions().currentView()); // it reads the map view
        view.write(file);
        robot.interact(() -> {
            model().setParameters(org.clusteratlas.cluster.ClusterParameters.defaults());
            model().topNProperty().set(100);
            window.map().fitWorld();
        });
        waitIdle(robot);
        var read = org.clusteratlas.ui.explorer.SavedView.read(file);
        robot.interact(() -> window.explorer().actions().applyView(read));
        waitIdle(robot);
        assertEquals(21.0, model().getResult().parameters().epsKm());
        assertEquals(org.clusteratlas.cluster.Minimum.count(33), model().getResult().parameters().minPatents());
        assertEquals(7, model().getResult().shown().size() <= 7 ? 7 : -1);
        assertEquals(6.0, onFx(() -> window.map().zoomProperty().get()), 0.01);
        assertEquals(21.0, Double.parseDouble(fieldText(robot, "#field-eps-km")));
    }

    @Test
    void oneClusterPinnedUnderTwoPeriodsIsComparedSideBySide(FxRobot robot) throws Exception {
        waitIdle(robot);
        TableView<ClusterRow> t = table(robot);
        ClusterRow top = onFx(() -> t.getItems().get(0));
        robot.interact(() -> t.getSelectionModel().select(0));
        var details = window.explorer().details();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> details.shown() != null));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#pin-compare").query()).fire());
        robot.interact(() -> model().setParameters(model().getParameters().withText(ParameterSpecs.YEARS, "2016-2018")));
        waitIdle(robot);
        // the selection followed the cluster into the new ranking; its details reload
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> details.shown() != null
                && details.shown().row().equals(model().selectedProperty().get())));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#pin-compare").query()).fire());
        var pinned = model().compare().pins();
        assertEquals(2, pinned.size());
        assertEquals(top.name(), pinned.get(0).details().row().name());
        assertTrue(pinned.get(1).parameters().contains("2016-2018"), pinned.get(1).parameters());
        double all = pinned.get(0).details().perYear().values().stream().mapToDouble(v -> v[0] + v[1]).sum();
        double some = pinned.get(1).details().perYear().values().stream().mapToDouble(v -> v[0] + v[1]).sum();
        assertTrue(some < all, "three years hold less activity than all: " + some + " vs " + all);
        assertTrue(pinned.get(1).details().perYear().keySet().stream().allMatch(y -> y >= 2016 && y <= 2018));
        assertEquals(top.name(), onFx(() -> ((Label) robot.lookup("#compare-name-0").query()).getText()));
    }

    @Test
    void aRecomputeKeepsTheSelectionWithoutMovingTheMap(FxRobot robot) throws Exception {
        waitIdle(robot);
        TableView<ClusterRow> t = table(robot);
        robot.interact(() -> t.getSelectionModel().select(1));
        waitForFx();
        // the user looks elsewhere: the recompute must not pull the map back to the selection
        robot.interact(() -> window.map().fitWorld());
        waitForFx();
        var map = window.map().mapView();
        var before = onFx(() -> map.getMapPosition(map.getWidth() / 2, map.getHeight() / 2));
        double zoom = onFx(() -> window.map().zoomProperty().get());
        String name = onFx(() -> model().selectedProperty().get().name());
        robot.interact(() -> model().setParameters(model().getParameters().withEpsKm(
                model().getParameters().epsKm() + 4)));
        waitIdle(robot);
        assertNotNull(model().selectedProperty().get());
        assertEquals(name, model().selectedProperty().get().name());
        assertEquals(model().selectedProperty().get(), onFx(() -> t.getSelectionModel().getSelectedItem()));
        var after = onFx(() -> map.getMapPosition(map.getWidth() / 2, map.getHeight() / 2));
        assertEquals(zoom, onFx(() -> window.map().zoomProperty().get()), 1e-9);
        assertEquals(before.getLatitude(), after.getLatitude(), 1e-6);
        assertEquals(before.getLongitude(), after.getLongitude(), 1e-6);
    }

    @Test
    void theRobustnessSweepRunsAroundTheCurrentSettingAndFollowsTheSelection(FxRobot robot) throws Exception {
        waitIdle(robot);
        TableView<ClusterRow> t = table(robot);
        robot.interact(() -> t.getSelectionModel().select(1));
        ClusterRow second = onFx(() -> t.getItems().get(1));
        // the tab's nodes are made when it is first selected (LazyTab)
        robot.interact(() -> robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(2));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#robustness-run").query()).fire());
        var view = window.explorer().robustness().model();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> view.resultProperty().get() != null
                && !view.runningProperty().get()));
        var result = view.resultProperty().get();
        assertEquals(model().getResult().ranking(), result.base(), "the sweep's base is the ranking on screen");
        assertTrue(result.complete());
        assertEquals(25, result.done());
        assertEquals(second.clusterId(), view.selectedClusterProperty().get());
        robot.interact(() -> t.getSelectionModel().select(0));
        assertEquals(onFx(() -> t.getItems().get(0).clusterId()), onFx(() -> view.selectedClusterProperty().get()));
    }
}
