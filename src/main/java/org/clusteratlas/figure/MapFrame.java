package org.clusteratlas.figure;

import org.clusteratlas.geo.MapViewTransform;
import org.clusteratlas.geo.WebMercator;

/**
 * A view of the Web Mercator world on a surface of width by height pixels: the world point at the centre
 * and a fractional zoom (the world is 256 * 2^zoom pixels wide). The window's map and the exported figure
 * frame their views through the same rules ({@link #world}, {@link #around}), so a PNG made from the
 * command line shows what the window shows for the same size.
 *
 * @param centreX Web Mercator x (0..1, may wrap) at the centre
 * @param centreY Web Mercator y (0..1) at the centre
 */
public record MapFrame(double centreX, double centreY, double zoom, int width, int height) {
    public static final double MIN_ZOOM = 1;
    public static final double MAX_ZOOM = 12;
    /** Deepest zoom "zoom to cluster" goes to (a city block is not a cluster). */
    public static final double MAX_CLUSTER_ZOOM = 10;
    /** Latitude the world view centres on: the inhabited north gets the room. */
    public static final double WORLD_CENTRE_LAT = 25;

    public MapFrame {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a map frame needs a size, not " + width + " x " + height);
        }
    }

    /**
     * The whole width of the world, also on a tall surface: clusters from California to Japan are all in
     * view. A whole zoom level is taken when the world nearly fills the width (tiles stay sharp).
     */
    public static MapFrame world(int width, int height) {
        double zoom = Math.log(width / (double) WebMercator.TILE_SIZE) / Math.log(2);
        double whole = Math.round(zoom);
        if (Math.abs(zoom - whole) < 0.3 && WebMercator.worldPixels(whole) >= 0.9 * width
                && WebMercator.worldPixels(whole) <= 1.1 * width) {
            zoom = whole;
        }
        zoom = clamp(zoom, MIN_ZOOM, MAX_ZOOM);
        double world = WebMercator.worldPixels(zoom);
        double half = Math.min(0.5, height / world / 2); // keep the world's top and bottom edges outside
        double y = Math.max(half, Math.min(1 - half, WebMercator.y(WORLD_CENTRE_LAT)));
        return new MapFrame(0.5, y, zoom, width, height);
    }

    /**
     * Centred on a Web Mercator box {minX, minY, maxX, maxY}, zoomed (in whole levels) so that it fills
     * about half the surface: "zoom to cluster".
     */
    public static MapFrame around(double[] box, int width, int height) {
        double bw = Math.max(box[2] - box[0], 1e-6);
        double bh = Math.max(box[3] - box[1], 1e-6);
        double zoom = Math.log(Math.min(0.5 * width / bw, 0.5 * height / bh) / WebMercator.TILE_SIZE) / Math.log(2);
        zoom = Math.floor(clamp(zoom, MIN_ZOOM + 1, MAX_CLUSTER_ZOOM));
        double x = (box[0] + box[2]) / 2;
        return new MapFrame(x - Math.floor(x), (box[1] + box[3]) / 2, zoom, width, height);
    }

    /** The same centre on another surface, zoomed so that the area this frame shows still fits. */
    public MapFrame resized(int newWidth, int newHeight) {
        double k = Math.min(newWidth / (double) width, newHeight / (double) height);
        return new MapFrame(centreX, centreY, clamp(zoom + Math.log(k) / Math.log(2), 0, MAX_ZOOM + 2), newWidth, newHeight);
    }

    /** Pixels per world unit. */
    public double scale() {
        return WebMercator.worldPixels(zoom);
    }

    /**
     * Where this frame puts a Web Mercator point on its surface, in the form every layer of the window's map
     * uses ({@link MapViewTransform}: screen = offset + mercator * scale), so that the figure and the window
     * share one definition of the transform.
     */
    public MapViewTransform view() {
        double s = scale();
        return new MapViewTransform(width / 2.0 - centreX * s, height / 2.0 - centreY * s, s);
    }

    /** Surface x of world x, taking the copy of the world nearest the centre. */
    public double px(double worldX) {
        return view().screenX(worldX, centreX);
    }

    public double py(double worldY) {
        return view().screenY(worldY);
    }

    public double centreLat() {
        return WebMercator.lat(centreY);
    }

    public double centreLon() {
        return WebMercator.lon(centreX - Math.floor(centreX));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
