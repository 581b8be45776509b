package org.clusteratlas.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

import java.util.List;

/** Help › Keyboard Shortcuts: every key the window answers to, in one list (the menus show the same accelerators). */
final class KeyboardHelp {
    /** Key and what it does. */
    static final List<String[]> KEYS = List.of(
            new String[] {"Tab / Shift+Tab", "move between controls, the map, the table and the tabs"},
            new String[] {"\u2190 \u2191 \u2192 \u2193 (map focused)", "pan the map"},
            new String[] {"+ / \u2212", "zoom the map in / out"},
            new String[] {"\u2191 \u2193 (table focused)", "select the previous / next cluster (the map stays put)"},
            new String[] {"Enter / double-click (table)", "zoom the map to the selected cluster"},
            new String[] {"Ctrl+8", "zoom to the selected cluster"},
            new String[] {"Ctrl+9", "fit the shown clusters"},
            new String[] {"Ctrl+0", "fit the world"},
            new String[] {"Ctrl+O", "open a snapshot"},
            new String[] {"Ctrl+Shift+O", "open a saved view"},
            new String[] {"Ctrl+S", "save the view"},
            new String[] {"Ctrl+E", "export the ranking as CSV"},
            new String[] {"Ctrl+Shift+E", "export the map as PNG"},
            new String[] {"Ctrl+Shift+C", "copy the command that reproduces the ranking"},
            new String[] {"\u2190 \u2192 (slider focused)", "change the value"},
            new String[] {"Esc", "cancel opening a snapshot"},
            new String[] {"F1", "this list"},
            new String[] {"Ctrl+Q", "quit"});

    private KeyboardHelp() {
    }

    static Alert dialog(Stage owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.getStyleClass().add("shortcuts");
        grid.setHgap(16);
        grid.setVgap(4);
        for (int r = 0; r < KEYS.size(); r++) {
            Label key = new Label(KEYS.get(r)[0]);
            key.getStyleClass().add("shortcut-key");
            grid.add(key, 0, r);
            grid.add(new Label(KEYS.get(r)[1]), 1, r);
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("Keyboard Shortcuts");
        a.setHeaderText("Keyboard shortcuts (Ctrl is \u2318 on macOS)");
        a.getDialogPane().setContent(grid);
        return a;
    }
}
