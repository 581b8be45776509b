package org.clusteratlas.ui.explorer;

import javafx.geometry.Point2D;
import org.clusteratlas.figure.ClusterShapes;
import org.clusteratlas.geo.MapViewTransform;

/**
 * Which shown cluster lies under a point of the {@link ClusterLayer}, and which one the pointer hovers.
 * It answers from the geometry of the layer's last draw (each circle's screen centre and radius, and the
 * {@link MapViewTransform}), which the layer hands over as it draws. Kept apart
 * from the drawing so that the picking rules (circles before hulls, among overlapping circles the nearest
 * centre relative to its radius) stand in one small class, and the layer's code is only the drawing.
 * Used on the FX thread only.
 */
final class ClusterHitTest {
    /** Radius in pixels a circle takes clicks within, however small it is drawn. */
    private static final double MIN_HIT_RADIUS = 6;

    private MapViewTransform view = MapViewTransform.NONE;
    private double[] cx = new double[0];
    private double[] cy = new double[0];
    private double[] radius = new double[0];
    private int hoverSlot = -1;

    /** Records the last draw: its view transform and the circles it placed, by slot of the shown rows. */
    void drawn(MapViewTransform newView, double[] circleX, double[] circleY, double[] circleR) {
        view = newView;
        cx = circleX;
        cy = circleY;
        radius = circleR;
    }

    /**
     * The slot under a point in layer coordinates, of a result whose shapes are {@code shapes} (null: nothing
     * shown, -1): circles first (the nearest centre relative to its radius), then hulls; -1 for none.
     */
    int slotAt(ClusterShapes shapes, double x, double y) {
        if (shapes == null) {
            return -1;
        }
        int best = -1;
        double bestR = Double.MAX_VALUE;
        for (int s = 0; s < cx.length; s++) {
            double dx = x - cx[s];
            double dy = y - cy[s];
            double r = Math.max(radius[s], MIN_HIT_RADIUS);
            double d = Math.sqrt(dx * dx + dy * dy) / r; // nearest centre relative to size wins overlaps
            if (d <= 1 && d < bestR) {
                best = s;
                bestR = d;
            }
        }
        if (best >= 0) {
            return best;
        }
        for (int s = 0; s < shapes.size(); s++) {
            if (shapes.hullContains(s, view.mercatorX(x), view.mercatorY(y))) {
                return s;
            }
        }
        return -1;
    }

    /** Screen centre of the circle drawn for a slot, or null when the last draw placed none there. */
    Point2D centre(int slot) {
        return slot < 0 || slot >= cx.length ? null : new Point2D(cx[slot], cy[slot]);
    }

    /** Moves the hover to a slot (-1 none); true when it changed, so the layer draws the hover ring again. */
    boolean hover(int slot) {
        if (slot == hoverSlot) {
            return false;
        }
        hoverSlot = slot;
        return true;
    }

    /** The hovered slot, or -1. */
    int hoverSlot() {
        return hoverSlot;
    }
}
