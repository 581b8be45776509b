package org.clusteratlas.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import com.gluonhq.maps.MapPoint;
import org.clusteratlas.io.RankingFormat;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.explorer.ExplorerResult;
import org.clusteratlas.ui.explorer.ProfilesModel;
import org.clusteratlas.ui.explorer.ReproduceCommand;
import org.clusteratlas.ui.explorer.SavedView;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The explorer's file actions: export the ranking (CSV, JSON) and the clusters (GeoJSON) through the same
 * io writers as the {@code rank} command, the map as a PNG drawn like the {@code map} command's ({@link MapExport}), copy
 * the reproducing command, save and open views. It asks for the files (the save dialog asks before
 * replacing one) and hands the drawing and writing to {@link FileTasks}, which runs them on the I/O lane.
 */
final class ExplorerActions {
    private final ExplorerModel model;
    private final ProfilesModel profiles;
    private final Stage stage;
    private final FileTasks files;
    private final AtlasMap map;
    private final Consumer<String> status;
    private File lastDir;
    private final Runnable fitClusters;
    private final Runnable zoomToCluster;

    ExplorerActions(ExplorerModel model, ProfilesModel profiles, Stage stage, FileTasks files, AtlasMap map,
                    Consumer<String> status, Runnable fitClusters, Runnable zoomToCluster) {
        this.profiles = profiles;
        this.fitClusters = fitClusters;
        this.zoomToCluster = zoomToCluster;
        this.model = model;
        this.stage = stage;
        this.files = files;
        this.map = map;
        this.status = status;
    }

    /** Items for the File menu. */
    Menu exportMenu() {
        MenuItem csv = item("Ranking as CSV\u2026", "Shortcut+E", () -> exportRanking(RankingFormat.CSV));
        csv.setId("menu-export-csv");
        MenuItem json = item("Ranking as JSON\u2026", null, () -> exportRanking(RankingFormat.JSON));
        json.setId("menu-export-json");
        MenuItem geo = item("Clusters as GeoJSON\u2026", null, () -> exportRanking(RankingFormat.GEOJSON));
        geo.setId("menu-export-geojson");
        MenuItem png = item("Map as PNG\u2026", "Shortcut+Shift+E", this::exportPng);
        png.setId("menu-export-png");
        Menu export = new Menu("Export", null, csv, json, geo, png);
        export.setId("menu-export");
        return export;
    }

    MenuItem[] viewItems() {
        MenuItem copy = item("Copy Command", "Shortcut+Shift+C", this::copyCommand);
        copy.setId("menu-copy-command");
        MenuItem save = item("Save View\u2026", "Shortcut+S", this::saveView);
        save.setId("menu-save-view");
        MenuItem open = item("Open View\u2026", "Shortcut+Shift+O", this::openView);
        open.setId("menu-open-view");
        MenuItem fit = item("Fit Clusters", "Shortcut+9", fitClusters);
        fit.setId("menu-fit-clusters");
        MenuItem zoom = item("Zoom to Selected Cluster", "Shortcut+8", zoomToCluster);
        zoom.setId("menu-zoom-to-cluster");
        return new MenuItem[] {fit, zoom, new SeparatorMenuItem(), copy, save, open};
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** The command line reproducing the ranking on screen (null without a result). */
    String command() {
        ExplorerResult r = model.getResult();
        if (r == null) {
            return null;
        }
        return ReproduceCommand.render(r.snapshot().file(), r.parameters(),
                org.clusteratlas.cluster.YearRange.of(r.snapshot().table()), r.topN(),
                ReproduceCommand.compareYears(r.parameters(), model.compare().referenceParameters()));
    }

    void copyCommand() {
        String c = command();
        if (c == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(c);
        Clipboard.getSystemClipboard().setContent(content);
        status.accept("Copied: " + c);
    }

    private Path chooseSave(String title, String description, String extension, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        chooser.setInitialFileName(initialName);
        if (lastDir != null && lastDir.isDirectory()) {
            chooser.setInitialDirectory(lastDir);
        }
        File f = chooser.showSaveDialog(stage); // the platform dialog asks before replacing a file
        if (f == null) {
            return null;
        }
        lastDir = f.getParentFile();
        String name = f.getName();
        return name.contains(".") ? f.toPath() : f.toPath().resolveSibling(name + "." + extension);
    }

    private String baseName() {
        ExplorerResult r = model.getResult();
        String file = r == null ? "ranking" : r.snapshot().file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return file + "-eps" + (r == null ? "" : r.parameters().text(org.clusteratlas.cluster.ParameterSpecs.EPS_KM));
    }

    void exportRanking(RankingFormat format) {
        ExplorerResult r = model.getResult();
        if (r == null) {
            return;
        }
        Path target = chooseSave("Export " + format.id().toUpperCase(Locale.ROOT), format.id().toUpperCase(Locale.ROOT)
                + " files", format.extension(), baseName() + "." + format.extension());
        if (target != null) {
            writeRanking(r, format, target);
        }
    }

    /** Writes an export on the I/O lane and reports in the status line (tests call this directly). */
    void writeRanking(ExplorerResult r, RankingFormat format, Path target) {
        files.writeRanking(r, format, target, model.compare().referenceParameters() == null ? null : "pinned view", command(),
                profiles, this::failed);
    }

    /** Asks for a file, then writes a cluster's member places as {@code rank --members --format csv} does. */
    void exportMembers(org.clusteratlas.rank.MemberPlaces places) {
        String name = places.cluster().name().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-places.csv";
        Path target = chooseSave("Export member places", "CSV files", "csv", name);
        if (target != null) {
            writeMembers(places, target);
        }
    }

    /** Writes member places on the I/O lane and reports in the status line (tests call this directly). */
    void writeMembers(org.clusteratlas.rank.MemberPlaces places, Path target) {
        files.writeMembers(places, target, this::failed);
    }

    /** Asks for a size (as shown, slides, print), then for a file. */
    void exportPng() {
        if (model.getResult() == null) {
            return;
        }
        javafx.scene.control.ChoiceDialog<MapExport.Size> ask =
                new javafx.scene.control.ChoiceDialog<>(MapExport.SIZES.get(0), MapExport.SIZES);
        ask.initOwner(stage);
        ask.setTitle("Export map");
        ask.setHeaderText("Size of the PNG (legend, parameters and credits included)");
        ask.setContentText("Size:");
        MapExport.Size size = ask.showAndWait().orElse(null);
        if (size == null) {
            return;
        }
        Path target = chooseSave("Export map", "PNG images", "png", baseName() + ".png");
        if (target != null) {
            writePng(target, size);
        }
    }

    /** The map as shown (tests call this directly). */
    void writePng(Path target) {
        writePng(target, MapExport.SIZES.get(0));
    }

    /** Draws the map figure of the current view on the I/O lane and writes it as a PNG. */
    void writePng(Path target, MapExport.Size size) {
        ExplorerResult r = model.getResult();
        if (r == null) {
            return;
        }
        var content = MapExport.content(r, model.selectedProperty().get());
        var shown = MapExport.shownFrame(map);
        int[] wh = MapExport.pixels(size, shown, content);
        status.accept("Drawing the map at " + MapExport.describe(wh) + " ...");
        files.writePng(() -> MapExport.render(content, shown, wh[0], wh[1]).image(),
                "the map (" + MapExport.describe(wh) + ")", target, this::failed);
    }

    /** The current view: parameters, top N, and the map's centre and zoom. */
    SavedView currentView() {
        MapPoint c = map.mapView().getMapPosition(map.mapView().getWidth() / 2, map.mapView().getHeight() / 2);
        ExplorerResult r = model.getResult();
        var s = model.snapshotProperty().get();
        var written = model.getParameters().withYearsOf(org.clusteratlas.cluster.YearRange.of(s == null ? null : s.table()));
        return new SavedView(written, model.topNProperty().get(), c == null ? 25 : c.getLatitude(),
                c == null ? 0 : c.getLongitude(), map.zoomProperty().get(),
                r == null ? null : r.snapshot().file().toString(),
                model.selectedProperty().get() == null ? null : model.selectedProperty().get().name());
    }

    void applyView(SavedView v) {
        model.applyView(v);
    }

    void saveView() {
        Path target = chooseSave("Save view", "Cluster Atlas views (JSON)", "json", baseName() + "-view.json");
        if (target == null) {
            return;
        }
        files.saveView(currentView(), target, this::failed);
    }

    void openView() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open view");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Cluster Atlas views (JSON)", "*.json"));
        if (lastDir != null && lastDir.isDirectory()) {
            chooser.setInitialDirectory(lastDir);
        }
        File f = chooser.showOpenDialog(stage);
        if (f == null) {
            return;
        }
        lastDir = f.getParentFile();
        try {
            applyView(SavedView.read(f.toPath()));
            status.accept("Opened the view " + f.getName());
        } catch (IOException e) {
            failed(f.toPath(), e);
        }
    }

    private void failed(Path target, Exception e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Cluster Atlas");
        alert.setHeaderText("Could not write or read " + target.getFileName());
        alert.setContentText(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        alert.show();
        status.accept("Failed: " + target.getFileName() + ": " + e.getMessage());
    }
}
