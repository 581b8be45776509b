package org.clusteratlas.ui.explorer;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/** The cluster layer's legend: colour = patent/publication mix, circle area = score. */
public final class MapLegend extends VBox {
    public MapLegend() {
        getStyleClass().add("map-legend");
        setId("map-legend");
        setSpacing(4);
        Label title = new Label("Clusters");
        title.getStyleClass().add("legend-title");
        Rectangle bar = new Rectangle(150, 10, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, ClusterColors.PUBLICATIONS), new Stop(0.5, ClusterColors.MIXED),
                new Stop(1, ClusterColors.PATENTS)));
        bar.setArcWidth(4);
        bar.setArcHeight(4);
        Label left = new Label("publications");
        Label right = new Label("patents");
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox ends = new HBox(left, gap, right);
        ends.setPrefWidth(150);
        ends.setMaxWidth(150);
        ends.getStyleClass().add("legend-small");
        HBox sizes = new HBox(6);
        sizes.setAlignment(Pos.CENTER_LEFT);
        for (double r : new double[] {4, 9, 15}) {
            Circle c = new Circle(r, Color.gray(0.55, 0.5));
            c.setStroke(Color.WHITE);
            sizes.getChildren().add(c);
        }
        Label area = new Label("area \u221d score");
        area.getStyleClass().add("legend-small");
        sizes.getChildren().add(area);
        getChildren().addAll(title, bar, ends, sizes);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMouseTransparent(true);
    }
}
