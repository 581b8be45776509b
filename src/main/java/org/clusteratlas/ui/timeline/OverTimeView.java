package org.clusteratlas.ui.timeline;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The "Over time" view: window length, step and N, a button that ranks every window, a play control that
 * steps the map and the table through the windows, and the {@link BumpChart}. It only binds to an
 * {@link OverTimeModel}: the work runs there, off the FX thread.
 */
public final class OverTimeView extends BorderPane {
    private final BumpChart chart = new BumpChart();

    public OverTimeView(OverTimeModel model) {
        setId("over-time-view");
        getStyleClass().add("over-time-view");
        Spinner<Integer> length = spinner(1, 30, model.lengthProperty().get(), "over-time-length");
        model.lengthProperty().bind(length.valueProperty());
        Spinner<Integer> step = spinner(1, 30, model.stepProperty().get(), "over-time-step");
        model.stepProperty().bind(step.valueProperty());
        Spinner<Integer> top = spinner(1, 100, model.topNProperty().get(), "over-time-top");
        model.topNProperty().bind(top.valueProperty());
        Button run = new Button("Rank windows");
        run.setId("over-time-run");
        run.setTooltip(new Tooltip("Ranks every window of the selected years with the current parameters"
                + " (rank --windows LENGTH:STEP)"));
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        ToggleButton play = new ToggleButton("\u25B6 Play");
        play.setId("over-time-play");
        play.setTooltip(new Tooltip("Applies the windows one after another: the map and the table follow"));
        play.selectedProperty().bindBidirectional(model.playingProperty());
        play.disableProperty().bind(model.seriesProperty().isNull());
        play.textProperty().bind(javafx.beans.binding.Bindings.when(model.playingProperty())
                .then("\u23F8 Pause").otherwise("\u25B6 Play"));
        Label status = new Label();
        status.setId("over-time-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        FlowPane bar = new FlowPane(6, 4, group(new Label("Window"), length, new Label("years, every"), step),
                group(new Label("Top"), top), group(run, play));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 6, 2, 6));
        VBox head = new VBox(2, bar, status);
        head.setPadding(new Insets(0, 6, 4, 6));
        setTop(head);
        setCenter(chart);
        chart.setOnWindow(model::apply);
        chart.setOnKey(model::select);
        Runnable redraw = () -> chart.show(model.seriesProperty().get(), model.topNProperty().get(),
                model.selectedKeyProperty().get(), model.windowProperty().get());
        model.seriesProperty().addListener((o, a, b) -> redraw.run());
        model.topNProperty().addListener((o, a, b) -> redraw.run());
        model.selectedKeyProperty().addListener((o, a, b) -> redraw.run());
        model.windowProperty().addListener((o, a, b) -> redraw.run());
        redraw.run(); // made when its tab is first selected: a series may be there already
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(4, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Spinner<Integer> spinner(int min, int max, int value, String id) {
        Spinner<Integer> s = new Spinner<>(min, max, value);
        s.setId(id);
        s.setEditable(true);
        s.getStyleClass().add("over-time-spinner");
        return s;
    }

    BumpChart chart() {
        return chart;
    }
}
