package org.clusteratlas.cluster;

import org.clusteratlas.geo.Sphere;
import org.clusteratlas.snapshot.LocationTable;

/**
 * The one distance predicate of the clustering: two locations are "within eps" when the squared chord
 * between their unit vectors is at most the squared chord of eps on the sphere of radius
 * {@link Sphere#EARTH_RADIUS_KM}. The chord is a monotonic function of the great-circle distance, so this is
 * the great-circle relation itself, with no trigonometry in the loops and no special case at the
 * antimeridian or the poles. Unit vectors and the threshold use {@link StrictMath}, and the squared chord
 * is always summed in the same order, so the engine and any reference that calls this class decide every
 * pair, including a pair exactly at eps, identically.
 */
public final class ChordMetric {
    private ChordMetric() {
    }

    /** Unit vectors of all locations, as {x, y, z} arrays. */
    public static double[][] unitVectors(LocationTable table) {
        int n = table.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double phi = StrictMath.toRadians(table.lat(i));
            double lambda = StrictMath.toRadians(table.lon(i));
            double c = StrictMath.cos(phi);
            x[i] = c * StrictMath.cos(lambda);
            y[i] = c * StrictMath.sin(lambda);
            z[i] = StrictMath.sin(phi);
        }
        return new double[][] {x, y, z};
    }

    /** Squared chord on the unit sphere that eps km of great-circle distance spans. */
    public static double thresholdSquared(double epsKm) {
        double c = 2 * StrictMath.sin(Math.min(Math.PI, epsKm / Sphere.EARTH_RADIUS_KM) / 2);
        return c * c;
    }

    /** Squared chord between two unit vectors, summed x, y, z in this order (symmetric in its arguments). */
    public static double chordSquared(double ax, double ay, double az, double bx, double by, double bz) {
        double dx = ax - bx;
        double dy = ay - by;
        double dz = az - bz;
        return dx * dx + dy * dy + dz * dz;
    }

    /** The predicate: "within eps" means at most eps, so a pair exactly at eps is within. */
    public static boolean within(double chordSquared, double thresholdSquared) {
        return chordSquared <= thresholdSquared;
    }
}
