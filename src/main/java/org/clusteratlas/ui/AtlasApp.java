package org.clusteratlas.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.clusteratlas.basemap.OfflineTileRetriever;
import org.clusteratlas.sample.BundledSample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The desktop window. With no argument it opens the bundled sample snapshot; with one argument, that
 * file. Everything else (File > Open, drag and drop) goes through the {@link AtlasViewModel}.
 */
public class AtlasApp extends Application {
    /** The app's icon (also the installers' icon, see src/dist/jpackage). */
    static final String ICON = "/assets/icons/cluster-atlas.png";
    /**
     * System property: when true, one line on stderr once the first ranking is on screen, timed from the
     * process start, for the launch benchmark (the launcher takes it through {@code JAVA_TOOL_OPTIONS}).
     */
    static final String TRACE_STARTUP = "clusteratlas.trace-startup";

    /** Whether to restore and save the last snapshot, view and window size (the real app, not tests). */
    private static boolean remember;
    private final Path sample;
    private ExecutorService background;

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

    /** Starts the window with the given command-line arguments (tests call this directly). */
    AtlasWindow start(Stage stage, List<String> args) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        OfflineTileRetriever.preload();
        background = BackgroundWork.newExecutor();
        AtlasViewModel model = new AtlasViewModel(background);
        AtlasWindow window = new AtlasWindow(model, stage);
        ExplorerPrefs prefs = remember ? ExplorerPrefs.user() : null;
        Path last = prefs == null ? null : prefs.lastSnapshot();
        if (prefs != null) {
            prefs.attach(stage, model, window.explorer());
            org.clusteratlas.ui.explorer.SavedView view = prefs.lastView();
            if (view != null && args.isEmpty() && last != null) {
                window.explorer().applyViewAfterLoad(view);
            }
        }
        stage.getIcons().add(new Image(AtlasApp.class.getResource(ICON).toExternalForm()));
        if (Boolean.getBoolean(TRACE_STARTUP)) {
            traceFirstRanking(window.explorer().model());
        }
        stage.show();
        if (!args.isEmpty() && args.get(0).toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            openView(window, Path.of(args.get(0)));
        } else if (!args.isEmpty()) {
            window.openInitial(Path.of(args.get(0)), null);
        } else if (last != null) {
            window.openInitial(last, null);
        } else if (Files.isRegularFile(sample)) {
            window.openInitial(sample, null);
        } else {
            window.openInitial(null, "No snapshot open: the sample " + sample + " is not here. "
                    + "Use File > Open or drop a snapshot on the window.");
        }
        return window;
    }

    /** Prints, once, the time from the process start to the first published ranking's next pulse, and the CPU time. */
    private static void traceFirstRanking(org.clusteratlas.ui.explorer.ExplorerModel model) {
        java.time.Instant start = ProcessHandle.current().info().startInstant().orElse(null);
        model.resultProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (model.getResult() == null) {
                    return;
                }
                o.removeListener(this);
                javafx.application.Platform.runLater(() -> System.err.printf(java.util.Locale.ROOT,
                        "startup: first ranking on screen %d ms after the process started (CPU %d ms)%n",
                        start == null ? -1 : java.time.Duration.between(start, java.time.Instant.now()).toMillis(),
                        ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L)));
            }
        });
    }

    /** A saved view as the argument: its snapshot, with its parameters, viewport and selection. */
    private static void openView(AtlasWindow window, Path file) {
        try {
            org.clusteratlas.ui.explorer.SavedView view = org.clusteratlas.ui.explorer.SavedView.read(file);
            if (view.snapshot() == null) {
                window.openInitial(null, file.getFileName() + " names no snapshot: open one with File > Open");
                return;
            }
            window.explorer().applyViewAfterLoad(view);
            window.openInitial(Path.of(view.snapshot()), null);
        } catch (java.io.IOException e) {
            window.openInitial(null, e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }
}
