package org.clusteratlas.ui;

import org.clusteratlas.figure.MapFrame;

import com.gluonhq.maps.MapLayer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * An invisible layer that gives the window Gluon's zoom-around-a-point and pan operations, which
 * {@code MapView} does not expose (its {@code setZoom} re-centres on the last centre set, not on what the
 * user is looking at). The only place that touches Gluon's {@code BaseMap}, so a Gluon upgrade is a
 * one-class change.
 */
final class MapNavigator extends MapLayer {

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 2);

    MapNavigator() {
        setMouseTransparent(true);
        setManaged(false);
    }

    @Override
    protected void initialize() {
        zoom.bind(baseMap.zoom());
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** Zooms by {@code delta} levels keeping the map point under (x, y) (map view coordinates) in place. */
    void zoomBy(double delta, double x, double y) {
        if (baseMap == null) {
            return;
        }
        double z = baseMap.zoom().get();
        double target = Math.max(MapFrame.MIN_ZOOM, Math.min(MapFrame.MAX_ZOOM, z + delta));
        if (Math.abs(target - z) > 1e-9) {
            baseMap.zoom(target - z, x, y);
        }
    }

    /**
     * Zooms one level in ({@code +1}) or out ({@code -1}) to a whole level around (x, y). Tiles exist for
     * whole levels only and Gluon scales them in between, so whole levels give the sharpest map and labels.
     */
    void stepZoom(int direction, double x, double y) {
        if (baseMap == null) {
            return;
        }
        double z = baseMap.zoom().get();
        double target = direction > 0 ? Math.floor(z + 1e-6) + 1 : Math.ceil(z - 1e-6) - 1;
        zoomBy(target - z, x, y);
    }

    /** Moves the view by (dx, dy) pixels. */
    void pan(double dx, double dy) {
        if (baseMap != null) {
            baseMap.moveX(dx);
            baseMap.moveY(dy);
        }
    }
}
