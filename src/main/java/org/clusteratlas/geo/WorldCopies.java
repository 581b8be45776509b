package org.clusteratlas.geo;

/**
 * Which copy of the world a point is drawn on. A slippy map wraps sideways: Web Mercator x (see
 * {@link WebMercator}, the world is 0..1) repeats every whole unit, which is a shift of the longitude by a
 * multiple of 360 degrees. Everything one view draws for a point (its circle, its hull, an arc ending at it)
 * must take the same copy, or an arc ends on a copy of a circle that is out of view; this class is the one
 * rule for that choice: the copy nearest a reference x, normally the x at the view's centre.
 */
public final class WorldCopies {
    private WorldCopies() {
    }

    /**
     * The whole number of worlds to add to {@code x} to bring it within half a world of {@code referenceX}
     * (for a shape shifted as one piece: its centre's shift, applied to every vertex).
     */
    public static double shift(double x, double referenceX) {
        return Math.rint(referenceX - x);
    }

    /** The copy of Web Mercator {@code x} nearest {@code referenceX}: {@code x} plus a whole number of worlds. */
    public static double nearest(double x, double referenceX) {
        return x + shift(x, referenceX);
    }
}
