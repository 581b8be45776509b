package org.clusteratlas.ui;

import java.util.function.Supplier;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is made the first time the tab is selected. A tab pane's skin puts every tab's content
 * into the scene, hidden or not, so the lower tabs (Compare, Robustness, Over time, Published) were styled,
 * laid out and their text measured on the FX thread before the first ranking could show, though a user sees
 * none of them at start (ADR 0161, addendum). Their view models exist from the start; only the nodes wait.
 */
final class LazyTab {
    private LazyTab() {
    }

    /** A tab that cannot be closed, with the given id and title, whose content the supplier makes when first selected. */
    static Tab of(String id, String text, Supplier<? extends Node> content) {
        Tab tab = new Tab(text);
        tab.setId(id);
        tab.setClosable(false);
        InvalidationListener[] build = new InvalidationListener[1];
        build[0] = o -> {
            if (tab.isSelected() && tab.getContent() == null) {
                tab.selectedProperty().removeListener(build[0]);
                tab.setContent(content.get());
            }
        };
        tab.selectedProperty().addListener(build[0]);
        return tab;
    }
}
