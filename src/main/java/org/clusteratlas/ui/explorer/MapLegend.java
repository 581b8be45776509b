package org.clusteratlas.ui.explorer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.clusteratlas.figure.ClusterMarks;
import org.clusteratlas.figure.MapLegendFigure;

/**
 * The cluster layer's legend, one entry per mark with the exported figure's words ({@link MapLegendFigure}):
 * colour = patent/publication mix, circle area = score, the hull, the selection ring, the location dots and
 * the noise dots (shown from zoom {@link ClusterMarks#NOISE_ZOOM}).
 */
public final class MapLegend extends VBox {
    private final HBox noise;

    public MapLegend() {
        getStyleClass().add("map-legend");
        setId("map-legend");
        setSpacing(4);
        Label title = new Label(MapLegendFigure.TITLE);
        title.getStyleClass().add("legend-title");
        Rectangle bar = new Rectangle(170, 10, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, ClusterColors.PUBLICATIONS), new Stop(0.5, ClusterColors.MIXED),
                new Stop(1, ClusterColors.PATENTS)));
        bar.setArcWidth(4);
        bar.setArcHeight(4);
        Label left = new Label(MapLegendFigure.PUBLICATIONS);
        Label right = new Label(MapLegendFigure.PATENTS);
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox ends = new HBox(left, gap, right);
        ends.setPrefWidth(170);
        ends.setMaxWidth(170);
        ends.getStyleClass().add("legend-small");
        HBox sizes = new HBox(3);
        sizes.setAlignment(Pos.CENTER_LEFT);
        for (double r : new double[] {3, 5.5, 8}) {
            Circle c = new Circle(r, Color.gray(0.55, 0.55));
            c.setStroke(Color.WHITE);
            sizes.getChildren().add(c);
        }
        Polygon hull = new Polygon(0, 12, 9, 2, 24, 4, 21, 14);
        hull.setFill(ClusterColors.MIXED.deriveColor(0, 1, 1, ClusterMarks.HULL_ALPHA * 1.5));
        hull.setStroke(ClusterColors.MIXED.deriveColor(0, 1, 0.8, 0.55));
        Circle ringed = new Circle(5, Color.gray(0.55, 0.55));
        Circle ring = new Circle(8, Color.TRANSPARENT);
        ring.setStroke(ClusterColors.rgb(ClusterMarks.RING_RGB));
        ring.setStrokeWidth(2);
        Pane ringBox = new Pane(ringed, ring);
        ringed.setCenterX(10);
        ringed.setCenterY(9);
        ring.setCenterX(10);
        ring.setCenterY(9);
        getChildren().addAll(title, bar, ends,
                entry(sizes, MapLegendFigure.AREA),
                entry(hull, MapLegendFigure.HULL),
                entry(ringBox, MapLegendFigure.RING),
                entry(dots(ClusterMarks.DOT_RGB, 0.7), MapLegendFigure.DOTS));
        noise = entry(dots(ClusterMarks.NOISE_RGB, ClusterMarks.NOISE_ALPHA * 1.6), MapLegendFigure.NOISE);
        noise.managedProperty().bind(noise.visibleProperty());
        getChildren().add(noise);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMouseTransparent(true);
    }

    /** Shows the noise entry only where the layer draws noise. */
    public void setZoom(double zoom) {
        noise.setVisible(zoom >= ClusterMarks.NOISE_ZOOM);
    }

    private static HBox entry(Node symbol, String text) {
        StackPaneBox box = new StackPaneBox(symbol);
        Label l = new Label(text);
        l.getStyleClass().add("legend-entry");
        HBox row = new HBox(6, box, l);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Pane dots(int rgb, double alpha) {
        Pane p = new Pane();
        double[][] at = {{2, 6}, {9, 11}, {15, 7}, {21, 12}, {6, 13}};
        for (double[] xy : at) {
            Circle c = new Circle(xy[0], xy[1], 1.6, ClusterColors.rgb(rgb).deriveColor(0, 1, 1, Math.min(1, alpha)));
            p.getChildren().add(c);
        }
        return p;
    }

    /** A fixed-size cell holding a legend symbol, so that the entries' words line up. */
    private static final class StackPaneBox extends javafx.scene.layout.StackPane {
        StackPaneBox(Node symbol) {
            super(symbol);
            setMinSize(40, 18);
            setPrefSize(40, 18);
            setMaxSize(40, 18);
            setAlignment(Pos.CENTER_LEFT);
        }
    }
}
