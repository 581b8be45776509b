package org.clusteratlas.geo;

/**
 * The Web Mercator projection used by Gluon Maps (and every slippy map): the world is the unit square,
 * x growing east from longitude -180, y growing south from latitude +85.05. A tile (z, i, j) covers
 * {@code [i, i+1] / 2^z} by {@code [j, j+1] / 2^z}. Geometry is projected once at load so that drawing a
 * tile is a mere scale and shift.
 */
public final class WebMercator {
    /** Pixels per tile side. */
    public static final int TILE_SIZE = 256;
    /** The latitude where the projected world becomes square. */
    public static final double MAX_LAT = 85.0511287798066;

    private WebMercator() {
    }

    public static double x(double lon) {
        return (lon + 180.0) / 360.0;
    }

    public static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double phi = Math.toRadians(clamped);
        return (1.0 - Math.log(Math.tan(phi) + 1.0 / Math.cos(phi)) / Math.PI) / 2.0;
    }

    public static double lon(double x) {
        return x * 360.0 - 180.0;
    }

    public static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1.0 - 2.0 * y))));
    }

    /** Size of the whole world in pixels at a zoom level. */
    public static double worldPixels(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }
}
