package org.clusteratlas.geo;

/**
 * Great-circle geometry on the GII's sphere (mean Earth radius 6371.0088 km). Distances are compared as
 * chords between unit vectors: the chord is a monotonic function of the great-circle distance, so
 * "within eps km" becomes one dot product with no trigonometry, correct across the antimeridian and at
 * the poles.
 */
public final class Sphere {
    /** Mean Earth radius (IUGG), km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Sphere() {
    }

    /** Unit vector x of a point given in degrees. */
    public static double x(double latDeg, double lonDeg) {
        return Math.cos(Math.toRadians(latDeg)) * Math.cos(Math.toRadians(lonDeg));
    }

    public static double y(double latDeg, double lonDeg) {
        return Math.cos(Math.toRadians(latDeg)) * Math.sin(Math.toRadians(lonDeg));
    }

    public static double z(double latDeg) {
        return Math.sin(Math.toRadians(latDeg));
    }

    /** Great-circle distance in km (haversine form, accurate for small distances). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Chord length on the unit sphere for a great-circle distance in km. */
    public static double chordForKm(double km) {
        return 2 * Math.sin(Math.min(Math.PI, km / EARTH_RADIUS_KM) / 2);
    }

    /** Great-circle distance in km for a chord length on the unit sphere. */
    public static double kmForChord(double chord) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, chord / 2));
    }
}
