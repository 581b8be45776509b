package org.clusteratlas.ui;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.clusteratlas.ui.explorer.SavedView;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * Remembers the last snapshot, view (parameters and viewport), window size and the ranking table's hidden
 * columns between runs, in
 * {@link java.util.prefs.Preferences} (user node of this package). Only the real application uses it
 * ({@link AtlasApp#launchWindow}); tests start windows without it, so they never read or leave state.
 */
final class ExplorerPrefs {
    private static final String SNAPSHOT = "last-snapshot";
    private static final String VIEW = "last-view";
    private static final String WIDTH = "window-width";
    private static final String HEIGHT = "window-height";
    private static final String HIDDEN_COLUMNS = "hidden-columns";

    private final Preferences prefs;

    ExplorerPrefs(Preferences prefs) {
        this.prefs = prefs;
    }

    static ExplorerPrefs user() {
        return new ExplorerPrefs(Preferences.userNodeForPackage(ExplorerPrefs.class));
    }

    /** The last snapshot opened, when the file is still there. */
    Path lastSnapshot() {
        String s = prefs.get(SNAPSHOT, null);
        if (s == null) {
            return null;
        }
        Path p = Path.of(s);
        return Files.isRegularFile(p) ? p : null;
    }

    SavedView lastView() {
        String json = prefs.get(VIEW, null);
        if (json == null) {
            return null;
        }
        try {
            return SavedView.parse(json, "the last view");
        } catch (Exception e) {
            return null; // a view from an older version that no longer parses: start fresh
        }
    }

    /** Restores the window size now and saves snapshot, view and size when the window closes. */
    void attach(Stage stage, AtlasViewModel atlas, ExplorerView explorer) {
        double w = prefs.getDouble(WIDTH, -1);
        double h = prefs.getDouble(HEIGHT, -1);
        if (w >= 800 && h >= 500) {
            stage.setWidth(w);
            stage.setHeight(h);
        }
        String hidden = prefs.get(HIDDEN_COLUMNS, "");
        explorer.table().setHiddenColumns(hidden.isEmpty() ? java.util.List.of() : java.util.List.of(hidden.split("\t")));
        atlas.snapshotProperty().addListener((o, a, s) -> {
            if (s != null) {
                prefs.put(SNAPSHOT, s.file().toAbsolutePath().toString());
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            prefs.putDouble(WIDTH, stage.getWidth());
            prefs.putDouble(HEIGHT, stage.getHeight());
            prefs.put(HIDDEN_COLUMNS, String.join("\t", explorer.table().hiddenColumns()));
            if (explorer.model().getResult() != null) {
                prefs.put(VIEW, explorer.actions().currentView().toJson());
            }
        });
    }
}
