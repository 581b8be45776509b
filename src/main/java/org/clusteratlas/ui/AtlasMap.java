package org.clusteratlas.ui;

import com.gluonhq.maps.MapView;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import org.clusteratlas.geo.WebMercator;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;

/**
 * The world map: Gluon's {@link MapView} over the offline tiles, plus the layers the window draws and the
 * navigation it offers (drag to pan, wheel / pinch / double-click / keys to zoom, fit world). The explorer
 * adds its cluster layer here.
 */
final class AtlasMap extends StackPane {
    /** Latitude the "fit world" view centres on: the inhabited north gets the room. */
    private static final double FIT_CENTRE_LAT = 25;

    private final MapView mapView = new MapView();
    private final MapNavigator navigator = new MapNavigator();
    private final LocationDotLayer dots = new LocationDotLayer();
    private boolean fitted;

    AtlasMap() {
        getStyleClass().add("atlas-map");
        mapView.getStyleClass().add("map-view");
        mapView.setId("map-view");
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
        // Fit the world once the map has a size.
        mapView.layoutBoundsProperty().addListener((o, a, b) -> {
            if (!fitted && b.getWidth() > 0 && b.getHeight() > 0) {
                fitted = true;
                fitWorld();
            }
        });
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
        navigator.stepZoom(1, mapView.getWidth() / 2, mapView.getHeight() / 2);
    }

    void zoomOut() {
        navigator.stepZoom(-1, mapView.getWidth() / 2, mapView.getHeight() / 2);
    }

    void pan(double dx, double dy) {
        navigator.pan(dx, dy);
    }

    /**
     * Shows the whole width of the world, also in a tall map view (beside the explorer's table): clusters
     * from California to Japan must all be in the first view; a tall view shows sea above and below.
     */
    void fitWorld() {
        double w = Math.max(1, mapView.getWidth());
        double h = Math.max(1, mapView.getHeight());
        double zoom = Math.log(w / WebMercator.TILE_SIZE) / Math.log(2);
        // Whole levels show tiles unscaled (sharp, no seams); take one if the world nearly fills the view.
        double whole = Math.round(zoom);
        if (Math.abs(zoom - whole) < 0.3 && WebMercator.worldPixels(whole) >= 0.9 * w
                && WebMercator.worldPixels(whole) <= 1.1 * w) {
            zoom = whole;
        }
        zoom = Math.max(MapNavigator.MIN_ZOOM, Math.min(MapNavigator.MAX_ZOOM, zoom));
        double world = WebMercator.worldPixels(zoom);
        // Keep the top and bottom edges of the world outside the view.
        double half = Math.min(0.5, h / world / 2);
        double y = Math.max(half, Math.min(1 - half, WebMercator.y(FIT_CENTRE_LAT)));
        zoomTo(WebMercator.lat(y), 0, zoom);
    }

    /** Centres on (lat, lon) at {@code zoom}; used by "fit world" and later "zoom to cluster". */
    void zoomTo(double lat, double lon, double zoom) {
        // Gluon only reacts to changed values: nudge first so that repeating a request still applies.
        mapView.setZoom(zoom + 1e-6);
        mapView.setZoom(zoom);
        mapView.setCenter(lat + 1e-6, lon);
        mapView.setCenter(lat, lon);
    }
}
