package org.clusteratlas.geo;

/**
 * Where the window's map view puts a Web Mercator point on screen: {@code screen = offset + mercator * scale}.
 * Every layer drawn over the map (cluster circles and hulls, partner arcs, noise and location dots) and the
 * hit test that answers for the circles read positions through this one definition, and so does the
 * exported figure ({@code MapFrame.view()}: its tiles, circles, hulls and dots), so that they cannot drift
 * apart by a differently written offset or a differently chosen copy of the world.
 *
 * <p>Plain doubles and no JavaFX, so that it is tested without a map. Immutable: a layer takes a new one for
 * each draw. Loops over hundreds of thousands of points hold one in a local and call {@link #screenX} and
 * {@link #screenY}, which allocate nothing and are small enough for the JIT to inline.
 *
 * @param ox    screen x of Mercator x 0 (longitude -180 on the world copy the map calls its own)
 * @param oy    screen y of Mercator y 0 (latitude +85.05)
 * @param scale screen pixels per Mercator unit: the width of one world, {@link WebMercator#worldPixels} of the zoom
 */
public record MapViewTransform(double ox, double oy, double scale) {
    /** Before any draw: no view, every point at the origin. */
    public static final MapViewTransform NONE = new MapViewTransform(0, 0, 0);

    /**
     * The transform of a map that puts the equator at longitude -180 at ({@code westX}, {@code westY}) and at
     * longitude 0 at screen x {@code primeX}: the two points a Gluon {@code MapLayer} can ask its map for. The
     * equator is Mercator y 0.5 and longitude 0 is x 0.5, half a world east of -180.
     */
    public static MapViewTransform fromEquator(double westX, double westY, double primeX) {
        double scale = (primeX - westX) / 0.5;
        return new MapViewTransform(westX, westY - 0.5 * scale, scale);
    }

    public double screenX(double mercatorX) {
        return ox + mercatorX * scale;
    }

    public double screenY(double mercatorY) {
        return oy + mercatorY * scale;
    }

    /** Screen x of the copy of Mercator {@code x} nearest {@code referenceX} ({@link WorldCopies#nearest}). */
    public double screenX(double mercatorX, double referenceX) {
        return screenX(WorldCopies.nearest(mercatorX, referenceX));
    }

    /** Screen x of a longitude, on the copy of the world nearest {@code referenceX}. */
    public double lonX(double lon, double referenceX) {
        return screenX(WebMercator.x(lon), referenceX);
    }

    /** Screen y of a latitude (clamped to Web Mercator's range). */
    public double latY(double lat) {
        return screenY(WebMercator.y(lat));
    }

    /** Mercator x under screen x (on whichever copy of the world is there: x may be below 0 or above 1). */
    public double mercatorX(double screenX) {
        return (screenX - ox) / scale;
    }

    public double mercatorY(double screenY) {
        return (screenY - oy) / scale;
    }

    /**
     * Mercator x at the middle of a view {@code width} pixels wide: the reference every mark takes its copy of
     * the world by, so that circles, hulls and arcs drawn for one point land on the same copy, the one in view.
     */
    public double centreX(double width) {
        return mercatorX(width / 2);
    }

    /** The fractional zoom level of this scale (the world is 256 * 2^zoom pixels wide). */
    public double zoom() {
        return Math.log(scale / WebMercator.TILE_SIZE) / Math.log(2);
    }
}
