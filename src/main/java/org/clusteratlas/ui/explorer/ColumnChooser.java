package org.clusteratlas.ui.explorer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking table's Columns menu and the one rule of a column's visibility: a column shows when the user has
 * chosen it and it applies now. The choice is what the menu ticks and what the settings remember; whether it
 * applies is the column's own condition (rank change only while a reference is pinned: without one every cell is
 * "–" and the column would take width from the figures). So pinning a reference brings back a chosen Δ Rank and a
 * column unticked in the menu stays hidden whatever applies.
 */
final class ColumnChooser<S> {
    private final MenuButton menu = new MenuButton("Columns");
    /** Each choosable column's choice, under the title it is remembered by (its title when added: a header may rename itself). */
    private final Map<TableColumn<S, ?>, BooleanProperty> chosen = new LinkedHashMap<>();
    private final Map<TableColumn<S, ?>, String> keys = new LinkedHashMap<>();

    ColumnChooser() {
        menu.setId("column-chooser");
        menu.setTooltip(new Tooltip("Show or hide columns"));
    }

    MenuButton menu() {
        return menu;
    }

    /** A column the user can hide, always applicable. */
    void add(TableColumn<S, ?> column, String title) {
        add(column, title, new SimpleBooleanProperty(true));
    }

    /** A column the user can hide that shows only while {@code applies} holds. */
    void add(TableColumn<S, ?> column, String title, ObservableBooleanValue applies) {
        BooleanProperty choice = new SimpleBooleanProperty(column, "chosen", true);
        chosen.put(column, choice);
        keys.put(column, title);
        column.visibleProperty().bind(Bindings.and(choice, applies));
        CheckMenuItem item = new CheckMenuItem(title);
        item.selectedProperty().bindBidirectional(choice);
        menu.getItems().add(item);
    }

    /** Whether the user has chosen the column (true for a column not in the menu). */
    boolean isChosen(TableColumn<S, ?> column) {
        BooleanProperty choice = chosen.get(column);
        return choice == null || choice.get();
    }

    /** The titles of the columns the user has unticked, to remember with the settings. */
    List<String> unchosen() {
        List<String> out = new ArrayList<>();
        chosen.forEach((c, choice) -> {
            if (!choice.get()) {
                out.add(keys.get(c));
            }
        });
        return out;
    }

    /** Unticks the columns of these titles and ticks the others (unknown titles are ignored). */
    void setUnchosen(Collection<String> titles) {
        chosen.forEach((c, choice) -> choice.set(!titles.contains(keys.get(c))));
    }
}
