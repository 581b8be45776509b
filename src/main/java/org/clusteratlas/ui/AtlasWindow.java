package org.clusteratlas.ui;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The main window's views, bound to an {@link AtlasViewModel}: menu bar, side panel (snapshot facts; the
 * explorer's controls go below them), the map in the centre (the rankings table will take the right
 * side), and a status bar. It also turns user gestures (menu, keys, drop) into view-model calls.
 */
final class AtlasWindow {
    static final String STYLESHEET = "/org/clusteratlas/ui/atlas.css";

    private final AtlasViewModel model;
    private final Stage stage;
    private final AtlasMap map = new AtlasMap();
    private final BorderPane root = new BorderPane();
    private final ExplorerView explorer;

    AtlasWindow(AtlasViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        this.explorer = new ExplorerView(model, map);
        model.setOnError(this::showError);
        model.setOnImportReport(this::showImportReport);
        model.summaryProperty().addListener((o, a, s) -> {
            if (s != null) {
                map.showLocations(s.snapshot().table(), s.weights());
            }
        });
        model.snapshotProperty().addListener((o, a, s) -> stage.setTitle(s == null ? "Cluster Atlas"
                : "Cluster Atlas \u2013 " + s.file().getFileName()));

        root.getStyleClass().add("atlas-root");
        root.setTop(menuBar());
        root.setLeft(explorer.side(sidePanel()));
        root.setCenter(explorer.centre(mapArea()));
        root.setBottom(statusBar());

        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(AtlasWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.getStylesheets().add(AtlasWindow.class.getResource(ExplorerView.STYLESHEET).toExternalForm());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        root.setOnDragOver(this::onDragOver);
        root.setOnDragDropped(this::onDragDropped);
        stage.setTitle("Cluster Atlas");
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
    }

    AtlasMap map() {
        return map;
    }

    ExplorerView explorer() {
        return explorer;
    }

    AtlasViewModel model() {
        return model;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open Snapshot\u2026");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseFile());
        MenuItem quit = new MenuItem("Quit");
        quit.setId("menu-quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        ExplorerActions actions = explorer.actions(stage, model);
        Menu file = new Menu("File", null, open, new ImportMenu(stage, model).menu(), explorer.openPublishedItem(stage),
                actions.exportMenu(), new SeparatorMenuItem(), quit);

        org.clusteratlas.ui.explorer.UndoableParameters parameters = model.explorer().parameters();
        MenuItem undo = new MenuItem("Undo Parameter Change");
        undo.setId("menu-undo");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> parameters.undo());
        undo.disableProperty().bind(parameters.canUndoProperty().not());
        MenuItem redo = new MenuItem("Redo Parameter Change");
        redo.setId("menu-redo");
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.setOnAction(e -> parameters.redo());
        redo.disableProperty().bind(parameters.canRedoProperty().not());
        Menu edit = new Menu("Edit", null, undo, redo);
        edit.setId("menu-edit");

        MenuItem zoomIn = new MenuItem("Zoom In  (+)");
        zoomIn.setId("menu-zoom-in");
        zoomIn.setAccelerator(KeyCombination.keyCombination("Shortcut+Equals"));
        zoomIn.setOnAction(e -> map.zoomIn());
        MenuItem zoomOut = new MenuItem("Zoom Out  (\u2212)");
        zoomOut.setId("menu-zoom-out");
        zoomOut.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        zoomOut.setOnAction(e -> map.zoomOut());
        MenuItem fit = new MenuItem("Fit World");
        fit.setId("menu-fit-world");
        fit.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        fit.setOnAction(e -> map.fitWorld());
        Menu view = new Menu("View", null, zoomIn, zoomOut, fit);
        view.setId("menu-view");
        view.getItems().addAll(actions.viewItems());
        view.getItems().add(explorer.partnerArcsItem());

        MenuItem about = new MenuItem("About Cluster Atlas");
        about.setId("menu-about");
        about.setOnAction(e -> AboutDialog.create(stage).show());
        MenuItem keys = new MenuItem("Keyboard Shortcuts");
        keys.setId("menu-shortcuts");
        keys.setAccelerator(KeyCombination.keyCombination("F1"));
        keys.setOnAction(e -> KeyboardHelp.dialog(stage).show());
        Menu help = new Menu("Help", null, keys, about);
        help.setId("menu-help");
        file.setId("menu-file");
        return new MenuBar(file, edit, view, help);
    }

    private Region sidePanel() {
        SnapshotPanel panel = new SnapshotPanel(model.summaryProperty());
        VBox side = new VBox(panel);
        side.getStyleClass().add("side-panel");
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-scroll");
        scroll.setPrefWidth(320);
        scroll.setMinWidth(260);
        return scroll;
    }

    private StackPane mapArea() {
        Button in = mapButton("+", "Zoom in (+)", map::zoomIn);
        in.setId("zoom-in");
        Button out = mapButton("\u2212", "Zoom out (\u2212)", map::zoomOut);
        out.setId("zoom-out");
        Button fit = mapButton("\u2922", "Fit world (Ctrl+0)", map::fitWorld);
        fit.setId("fit-world");
        VBox controls = new VBox(4, in, out, fit);
        controls.getStyleClass().add("map-controls");
        controls.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(controls, Pos.TOP_RIGHT);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("loading-indicator");
        spinner.progressProperty().bind(model.progressProperty());
        Label loading = new Label();
        loading.textProperty().bind(model.statusProperty());
        loading.setWrapText(true);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-open");
        cancel.setOnAction(e -> model.cancelOpen());
        cancel.visibleProperty().bind(model.openingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        VBox busy = new VBox(10, spinner, loading, cancel);
        busy.getStyleClass().add("busy-overlay");
        busy.setId("loading-overlay");
        busy.setAlignment(Pos.CENTER);
        busy.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // over the map only while a snapshot loads: an import runs beside a usable window (status bar)
        busy.visibleProperty().bind(model.loadingProperty().isNotNull());
        // only the Cancel button takes clicks; the map around and under the overlay stays usable
        busy.setPickOnBounds(false);

        Label attribution = new Label("Natural Earth \u00b7 GeoNames");
        attribution.getStyleClass().add("attribution");
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        attribution.setMouseTransparent(true);

        StackPane area = new StackPane(map, controls, busy, attribution);
        area.getStyleClass().add("map-area");
        area.setId("map-area");
        clipToLayoutBounds(area);
        return area;
    }

    /**
     * Clips a pane to its own layout bounds, following every resize. The map's layers draw wherever their
     * geometry falls (tiles past the view's edges, partner arcs bowed out of it, hulls and labels of clusters at
     * the edge), and a SplitPane does not clip its items. Gluon's MapView (2.0.0-ea) happens to clip itself in
     * its layout pass; this clip makes "nothing of the map draws beside it" the window's own rule, for all the
     * area holds, whatever a later Gluon version or another layer does.
     */
    private static void clipToLayoutBounds(Region pane) {
        Rectangle clip = new Rectangle();
        pane.layoutBoundsProperty().addListener((o, a, b) -> { // a region's layout bounds start at 0, 0
            clip.setWidth(b.getWidth());
            clip.setHeight(b.getHeight());
        });
        pane.setClip(clip);
    }

    private Button mapButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("map-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Region statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label zoom = new Label();
        zoom.getStyleClass().add("zoom-label");
        zoom.setId("zoom-level");
        zoom.textProperty().bind(map.zoomProperty().asString(Locale.ROOT, "zoom %.1f"));
        ProgressIndicator small = new ProgressIndicator();
        small.getStyleClass().add("status-progress");
        small.setId("status-busy");
        small.visibleProperty().bind(model.busyProperty());
        small.managedProperty().bind(small.visibleProperty());
        HBox bar = new HBox(8, small, status, explorer.statusNodes(), spacer, zoom);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || stage.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        KeyCode c = e.getCode();
        boolean handled = true;
        // arrows pan only the focused map (Tab reaches it): in the table they move the selection, in a slider its value
        boolean onMap = stage.getScene().getFocusOwner() == map.mapView();
        if (c == KeyCode.ESCAPE && model.openingProperty().get()) {
            model.cancelOpen();
        } else if (c == KeyCode.PLUS || c == KeyCode.ADD || c == KeyCode.EQUALS) {
            map.zoomIn();
        } else if (c == KeyCode.MINUS || c == KeyCode.SUBTRACT) {
            map.zoomOut();
        } else if (!onMap) {
            handled = false;
        } else if (c == KeyCode.LEFT) {
            map.pan(-120, 0);
        } else if (c == KeyCode.RIGHT) {
            map.pan(120, 0);
        } else if (c == KeyCode.UP) {
            map.pan(0, -120);
        } else if (c == KeyCode.DOWN) {
            map.pan(0, 120);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Snapshot");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Cluster Atlas snapshots (*.sqlite, *.db)", "*.sqlite", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (model.getSnapshot() != null && model.getSnapshot().file().toAbsolutePath().getParent() != null) {
            File dir = model.getSnapshot().file().toAbsolutePath().getParent().toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            model.open(f.toPath());
        }
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        boolean ok = files.size() == 1;
        if (ok) {
            model.open(files.get(0).toPath());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Cannot use this file");
        alert.setHeaderText("This file cannot be opened or imported.");
        Label text = new Label(message);
        text.setId("error-message");
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    /** What a finished import wrote and left out, as the command prints it. */
    private void showImportReport(String report) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Import finished");
        alert.setHeaderText("The snapshot was written and opened.");
        Label text = new Label(report);
        text.setId("import-report");
        text.setWrapText(true);
        text.setMaxWidth(640);
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
