package org.clusteratlas.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import com.gluonhq.maps.MapPoint;
import org.clusteratlas.io.AppVersion;
import org.clusteratlas.io.RankingFormat;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.explorer.ExplorerResult;
import org.clusteratlas.ui.explorer.ReproduceCommand;
import org.clusteratlas.ui.explorer.SavedView;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The explorer's file actions: export the ranking (CSV, JSON) and the clusters (GeoJSON) through the same
 * io writers as the {@code rank} command, the map as a PNG with legend and parameters printed on it, copy
 * the reproducing command, save and open views. It asks for the files (the save dialog asks before
 * replacing one) and hands the writing to {@link FileTasks}, which runs it on the I/O lane.
 */
final class ExplorerActions {
    private final ExplorerModel model;
    private final Stage stage;
    private final FileTasks files;
    private final AtlasMap map;
    private final java.util.function.Supplier<Node> mapArea;
    private final Consumer<String> status;
    private File lastDir;
    private final Runnable fitClusters;
    private final Runnable zoomToCluster;

    ExplorerActions(ExplorerModel model, Stage stage, FileTasks files, AtlasMap map, java.util.function.Supplier<Node> mapArea,
                    Consumer<String> status, Runnable fitClusters, Runnable zoomToCluster) {
        this.fitClusters = fitClusters;
        this.zoomToCluster = zoomToCluster;
        this.model = model;
        this.stage = stage;
        this.files = files;
        this.map = map;
        this.mapArea = mapArea;
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
        return ReproduceCommand.render(r.snapshot().file(), r.parameters(), r.topN(),
                ReproduceCommand.compareYears(r.parameters(), model.referenceParameters()));
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
        files.writeRanking(r, format, target, model.referenceParameters() == null ? null : "pinned view", command(),
                this::failed);
    }

    void exportPng() {
        if (model.getResult() == null) {
            return;
        }
        Path target = chooseSave("Export map", "PNG images", "png", baseName() + ".png");
        if (target != null) {
            writePng(target);
        }
    }

    /** The map area (with its legend) and a caption of the parameters, as one image. */
    WritableImage mapImage() {
        WritableImage shot = mapArea.get().snapshot(new SnapshotParameters(), null);
        ExplorerResult r = model.getResult();
        StringBuilder caption = new StringBuilder();
        if (r != null) {
            String title = r.snapshot().metadata().title();
            caption.append(title == null || title.isBlank() ? r.snapshot().file().getFileName() : title);
            if (r.snapshot().metadata().synthetic()) {
                caption.append(" (synthetic data)");
            }
            caption.append("  \u00b7  ");
            r.parameters().texts().forEach((k, v) -> caption.append(k).append('=').append(v).append("  "));
            caption.append(String.format(Locale.ROOT, "\u00b7  %d clusters, top %d shown  \u00b7  Cluster Atlas %s",
                    r.ranking().size(), r.topN(), AppVersion.current()));
        }
        Label text = new Label(caption.toString());
        text.setWrapText(true);
        text.setMaxWidth(shot.getWidth() - 20);
        text.setStyle("-fx-font-size: 12px; -fx-text-fill: #24292f;");
        VBox box = new VBox(6, new ImageView(shot), text);
        box.setPadding(new Insets(0, 0, 8, 0));
        VBox.setMargin(text, new Insets(0, 10, 0, 10));
        box.setStyle("-fx-background-color: white;");
        new Scene(box);
        box.applyCss();
        box.layout();
        return box.snapshot(new SnapshotParameters(), null);
    }

    void writePng(Path target) {
        files.writePng(SwingFXUtils.fromFXImage(mapImage(), null), target, this::failed);
    }

    /** The current view: parameters, top N, and the map's centre and zoom. */
    SavedView currentView() {
        MapPoint c = map.mapView().getMapPosition(map.mapView().getWidth() / 2, map.mapView().getHeight() / 2);
        ExplorerResult r = model.getResult();
        return new SavedView(model.getParameters(), model.topNProperty().get(), c == null ? 25 : c.getLatitude(),
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
