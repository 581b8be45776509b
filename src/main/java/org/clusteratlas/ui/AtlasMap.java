package org.clusteratlas.ui;

import com.gluonhq.maps.MapView;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import org.clusteratlas.figure.MapFrame;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;

/**
 * The world map: Gluon's {@link MapView} over the offline tiles, plus the layers the window draws and the
 * navigation it offers (drag to pan, wheel / pinch / double-click / keys to zoom, fit world). The explorer
 * adds its cluster layer here.
 */
final class AtlasMap extends StackPane {
    private final MapView mapView = new MapView();
    private final MapNavigator navigator = new MapNavigator();
    private final LocationDotLayer dots = new LocationDotLayer();
    /** While the view is the "fit world" one, a resize fits the world again (the map fills its pane at any size). */
    private boolean fitting = true;

    AtlasMap() {
        getStyleClass().add("atlas-map");
        mapView.getStyleClass().add("map-view");
        mapView.setId("map-view");
        // Tab reaches the map: arrows pan, +/- zoom (AtlasWindow); a click gives it the keyboard too
        mapView.setFocusTraversable(true);
        mapView.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> mapView.requestFocus());
        mapView.addLayer(navigator);
        mapView.addLayer(dots);
        getChildren().add(mapView);
        // Gluon's wheel step is a tenth of a level; a quarter per notch feels like other maps.
        mapView.setOnScroll(e -> {
            double dz = Math.max(-0.5, Math.min(0.5, e.getDeltaY() / 160.0));
            if (dz != 0) {
                navigator.zoomBy(dz, e.getX(), e.getY());
            }
            e.consume();
        });
        mapView.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
                navigator.stepZoom(e.isShiftDown() ? -1 : 1, e.getX(), e.getY());
            }
        });
        // Fit the world once the map has a size, and again on every resize until the user moves the map.
        mapView.layoutBoundsProperty().addListener((o, a, b) -> {
            if (fitting && b.getWidth() > 0 && b.getHeight() > 0) {
                fitWorld();
            }
        });
        mapView.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> fitting = false);
        mapView.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> fitting = false);
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return navigator.zoomProperty();
    }

    MapView mapView() {
        return mapView;
    }

    LocationDotLayer dotLayer() {
        return dots;
    }

    void showLocations(LocationTable table, LocationWeights weights) {
        dots.show(table, weights);
    }

    void zoomIn() {
        fitting = false;
        navigator.stepZoom(1, mapView.getWidth() / 2, mapView.getHeight() / 2);
    }

    void zoomOut() {
        fitting = false;
        navigator.stepZoom(-1, mapView.getWidth() / 2, mapView.getHeight() / 2);
    }

    void pan(double dx, double dy) {
        fitting = false;
        navigator.pan(dx, dy);
    }

    /**
     * Shows the whole width of the world, also in a tall map view (beside the explorer's table): clusters
     * from California to Japan must all be in the first view; a tall view shows sea above and below.
     */
    void fitWorld() {
        MapFrame f = MapFrame.world((int) Math.max(1, Math.round(mapView.getWidth())),
                (int) Math.max(1, Math.round(mapView.getHeight())));
        zoomTo(f.centreLat(), f.centreLon(), f.zoom());
        fitting = true;
    }

    /** Centres on (lat, lon) at {@code zoom}; used by "fit world" and later "zoom to cluster". */
    void zoomTo(double lat, double lon, double zoom) {
        fitting = false;
        // Gluon only reacts to changed values: nudge first so that repeating a request still applies.
        mapView.setZoom(zoom + 1e-6);
        mapView.setZoom(zoom);
        mapView.setCenter(lat + 1e-6, lon);
        mapView.setCenter(lat, lon);
    }
}
