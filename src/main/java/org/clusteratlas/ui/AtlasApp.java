package org.clusteratlas.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import org.clusteratlas.basemap.OfflineTileRetriever;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The desktop window. With no argument it opens the bundled sample snapshot; with one argument, that
 * file. Everything else (File > Open, drag and drop) goes through the {@link AtlasViewModel}.
 */
public class AtlasApp extends Application {
    /** The bundled sample, relative to the working directory (the project root for {@code mvn javafx:run}). */
    static final Path SAMPLE = Path.of("sample-data", "world-sample.sqlite");

    private final Path sample;
    private ExecutorService background;

    public AtlasApp() {
        this(SAMPLE);
    }

    /** With another default snapshot (tests). */
    AtlasApp(Path sample) {
        this.sample = sample;
    }

    public static void launchWindow(String[] args) {
        // The base map draws with Java2D into images only; keep AWT away from the display.
        System.setProperty("java.awt.headless", "true");
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
        stage.show();
        if (!args.isEmpty()) {
            window.openInitial(Path.of(args.get(0)), null);
        } else if (Files.isRegularFile(sample)) {
            window.openInitial(sample, null);
        } else {
            window.openInitial(null, "No snapshot open: the sample " + sample + " is not here. "
                    + "Use File > Open or drop a snapshot on the window.");
        }
        return window;
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }
}
