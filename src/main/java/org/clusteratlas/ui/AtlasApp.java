package org.clusteratlas.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.clusteratlas.StartupTrace;
import org.clusteratlas.basemap.OfflineTileRetriever;
import org.clusteratlas.sample.BundledSample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clusteratlas.ui.task.TaskRunner;

/**
 * The desktop window. With no argument it opens the bundled sample snapshot; with one argument, that
 * file. Everything else (File > Open, drag and drop) goes through the {@link AtlasViewModel}.
 */
public class AtlasApp extends Application {
    /** The app's icon (also the installers' icon, see src/dist/jpackage). */
    static final String ICON = "/assets/icons/cluster-atlas.png";
    /** Whether to restore and save the last snapshot, view and window size (the real app, not tests). */
    private static boolean remember;
    private final Path sample;
    private TaskRunner tasks;

    public AtlasApp() {
        this(BundledSample.path());
    }

    /** With another default snapshot (tests). */
    AtlasApp(Path sample) {
        this.sample = sample;
    }

    public static void launchWindow(String[] args) {
        // The base map draws with Java2D into images only; keep AWT away from the display.
        System.setProperty("java.awt.headless", "true");
        remember = true;
        Application.launch(AtlasApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        start(stage, getParameters() == null ? List.of() : getParameters().getRaw());
    }

    /**
     * Starts the window with the given command-line arguments (tests call this directly). The snapshot starts
     * loading on its lane before the window is built, so reading it and building the window share the cores.
     */
    AtlasWindow start(Stage stage, List<String> args) {
        StartupTrace.mark("JavaFX started");
        tasks = TaskRunner.threads();
        AtlasViewModel model = new AtlasViewModel(tasks);
        ExplorerPrefs prefs = remember ? ExplorerPrefs.user() : null;
        openInitial(model, args, prefs);
        // the bundled gazetteer is the other half of the first ranking's preparation: on an idle lane meanwhile
        tasks.run(org.clusteratlas.ui.task.Lane.COMPARISON,
                () -> org.clusteratlas.rank.PlaceIndex.prepareAhead(org.clusteratlas.geo.Gazetteer.bundled()));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        OfflineTileRetriever.preload();
        AtlasWindow window = new AtlasWindow(model, stage);
        StartupTrace.mark("window built");
        if (prefs != null) {
            prefs.attach(stage, model, window.explorer());
        }
        stage.getIcons().add(new Image(AtlasApp.class.getResource(ICON).toExternalForm()));
        if (StartupTrace.enabled()) {
            traceFirstRanking(stage, model);
        }
        stage.show();
        StartupTrace.mark("window shown");
        return window;
    }

    /**
     * Opens what the arguments name (a snapshot or a saved view), else the last snapshot with the last view,
     * else the bundled sample. The load finishes on the FX thread, after the window exists.
     */
    private void openInitial(AtlasViewModel model, List<String> args, ExplorerPrefs prefs) {
        Path last = prefs == null ? null : prefs.lastSnapshot();
        if (args.isEmpty() && last != null) {
            org.clusteratlas.ui.explorer.SavedView view = prefs.lastView();
            if (view != null) {
                model.explorer().applyView(view);
            }
        }
        if (!args.isEmpty() && args.get(0).toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            openView(model, Path.of(args.get(0)));
        } else if (!args.isEmpty()) {
            model.open(Path.of(args.get(0)));
        } else if (last != null) {
            model.open(last);
        } else if (Files.isRegularFile(sample)) {
            model.open(sample);
        } else {
            model.setStatus("No snapshot open: the sample " + sample + " is not here. "
                    + "Use File > Open or drop a snapshot on the window.");
        }
    }

    /**
     * Marks the snapshot opened and, once the first ranking's rows are in the table and laid out (the pulse
     * that draws them), the first ranking; with {@code CLUSTER_ATLAS_STARTUP=exit} the window then closes.
     */
    private static void traceFirstRanking(Stage stage, AtlasViewModel model) {
        model.snapshotProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                o.removeListener(this);
                StartupTrace.mark("snapshot open");
            }
        });
        // looked up once it is there (skins add it): a lookup walks the whole scene, and one at every pulse was a
        // tenth of the FX thread's samples before the first ranking
        javafx.scene.Node[] table = new javafx.scene.Node[1];
        Runnable[] pulse = new Runnable[1];
        pulse[0] = () -> {
            if (model.explorer().getResult() == null) {
                return;
            }
            if (table[0] == null) {
                table[0] = stage.getScene().lookup("#ranking-table");
            }
            if (!(table[0] instanceof javafx.scene.control.TableView<?> t) || t.getItems().isEmpty()) {
                return;
            }
            stage.getScene().removePostLayoutPulseListener(pulse[0]);
            StartupTrace.mark(StartupTrace.FIRST_RANKING);
            StartupTrace.markThreads();
            if (StartupTrace.exitAfterFirstRanking()) {
                javafx.application.Platform.runLater(stage::close);
            }
        };
        stage.getScene().addPostLayoutPulseListener(pulse[0]); // AtlasWindow has set the scene
    }

    /** A saved view as the argument: its snapshot, with its parameters, viewport and selection. */
    private static void openView(AtlasViewModel model, Path file) {
        try {
            org.clusteratlas.ui.explorer.SavedView view = org.clusteratlas.ui.explorer.SavedView.read(file);
            if (view.snapshot() == null) {
                model.setStatus(file.getFileName() + " names no snapshot: open one with File > Open");
                return;
            }
            model.explorer().applyView(view);
            model.open(Path.of(view.snapshot()));
        } catch (java.io.IOException e) {
            model.setStatus(e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
    }
}
