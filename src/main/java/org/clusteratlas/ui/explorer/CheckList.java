package org.clusteratlas.ui.explorer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A checklist of names (fields or countries) with an optional text filter and All / None buttons.
 * Everything checked means "no restriction" ({@link #selection()} is null), as in {@code WeightFilter}.
 * Nothing checked is not a parameter value (nothing would count, see {@code NameSetSpec}): the summary says
 * so, and the parameters keep their last valid choice until a name is checked again.
 * Space toggles the focused item, so it works from the keyboard.
 */
final class CheckList extends VBox {
    /** One checkable name. */
    static final class Item {
        final String name;
        final String label;
        final BooleanProperty checked = new SimpleBooleanProperty(true);

        Item(String name, String label) {
            this.name = name;
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final FilteredList<Item> visible = new FilteredList<>(items);
    private final ListView<Item> list = new ListView<>(visible);
    private final TextField filter = new TextField();
    private final Label summary = new Label();
    private Runnable onChange = () -> { };
    private java.util.function.Function<String, String> display = n -> n;
    private boolean bulk;

    CheckList(String id, String label, boolean withFilter) {
        setId(id);
        getStyleClass().add("parameter");
        setSpacing(4);
        Label title = new Label(label);
        title.getStyleClass().add("parameter-label");
        title.setLabelFor(list);
        summary.getStyleClass().add("parameter-summary");
        HBox head = new HBox(6, title, summary);
        list.setCellFactory(CheckBoxListCell.forListView(i -> i.checked));
        list.setPrefHeight(130);
        list.setId(id + "-list");
        list.setOnKeyPressed(e -> {
            Item i = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && i != null) {
                i.checked.set(!i.checked.get());
                e.consume();
            }
        });
        Button all = new Button("All");
        all.setOnAction(e -> setAll(true));
        Button none = new Button("None");
        none.setOnAction(e -> setAll(false));
        all.getStyleClass().add("small");
        none.getStyleClass().add("small");
        filter.setPromptText("Filter\u2026");
        filter.setId(id + "-filter");
        filter.textProperty().addListener((o, a, t) -> {
            String q = org.clusteratlas.rank.SearchText.fold(t);
            visible.setPredicate(i -> org.clusteratlas.rank.SearchText.contains(i.label, q));
        });
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox tools = withFilter ? new HBox(4, filter, all, none) : new HBox(4, all, none);
        getChildren().addAll(head, list, tools);
    }

    /** How a name is shown (e.g. a country's name with its code); the filter matches what is shown. */
    void setDisplay(java.util.function.Function<String, String> f) {
        display = f;
    }

    void setOnChange(Runnable r) {
        onChange = r;
    }

    /** Replaces the names; {@code checked} null = all checked. */
    void setItems(List<String> names, Set<String> checked) {
        bulk = true;
        try {
            List<Item> fresh = new ArrayList<>();
            for (String n : names) {
                Item i = new Item(n, display.apply(n));
                i.checked.set(checked == null || checked.contains(n));
                i.checked.addListener((o, a, b) -> changed());
                fresh.add(i);
            }
            items.setAll(fresh);
        } finally {
            bulk = false;
        }
        updateSummary();
    }

    /** Checks exactly {@code checked} (null = all) without firing a change per item. */
    void check(Set<String> checked) {
        bulk = true;
        try {
            for (Item i : items) {
                i.checked.set(checked == null || checked.contains(i.name));
            }
        } finally {
            bulk = false;
        }
        updateSummary();
    }

    /** The checked names, or null when all are checked (no restriction). */
    Set<String> selection() {
        Set<String> out = new LinkedHashSet<>();
        for (Item i : items) {
            if (i.checked.get()) {
                out.add(i.name);
            }
        }
        return out.size() == items.size() ? null : out;
    }

    ListView<Item> list() {
        return list;
    }

    private void setAll(boolean on) {
        bulk = true;
        try {
            for (Item i : visible) {
                i.checked.set(on);
            }
        } finally {
            bulk = false;
        }
        changed();
    }

    private void changed() {
        updateSummary();
        if (!bulk) {
            onChange.run();
        }
    }

    private void updateSummary() {
        long n = items.stream().filter(i -> i.checked.get()).count();
        boolean none = n == 0 && !items.isEmpty();
        summary.setText(n == items.size() ? "all " + items.size() : none ? "none: check one" : n + " of " + items.size());
        summary.setTooltip(none ? new Tooltip("With none checked nothing would count: the ranking keeps the last"
                + " choice until at least one is checked") : null);
        summary.getStyleClass().remove("invalid");
        if (none) {
            summary.getStyleClass().add("invalid");
        }
    }
}
