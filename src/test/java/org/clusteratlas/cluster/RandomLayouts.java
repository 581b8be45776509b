package org.clusteratlas.cluster;

import java.util.Random;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;

/** Seeded random tables of a few hundred locations at most, in the layouts the property tests need. */
final class RandomLayouts {
    private static final double KM_PER_DEGREE = Math.PI * 6371.0088 / 180;
    static final String[] FIELDS = {"chemistry", "physics", "computing"};

    enum Layout { UNIFORM, TIGHT, DUPLICATES, ANTIMERIDIAN, POLE, CLUMPS }

    private RandomLayouts() {
    }

    /** A table of up to {@code maxLocations} locations; shares are 1/k for k = 1..10, years 2014-2023. */
    static LocationTable table(Layout layout, long seed, int maxLocations) {
        Random r = new Random(seed);
        LocationTable.Builder b = new LocationTable.Builder();
        int spots = 1 + r.nextInt(maxLocations);
        double lat0 = -60 + 120 * r.nextDouble();
        double lon0 = -180 + 360 * r.nextDouble();
        double radiusKm = switch (layout) {
            case TIGHT -> 1 + r.nextDouble() * 3;
            case UNIFORM -> 20 + r.nextDouble() * 150;
            default -> 10 + r.nextDouble() * 60;
        };
        if (layout == Layout.ANTIMERIDIAN) {
            lon0 = 180;
            lat0 = -70 + 140 * r.nextDouble();
        }
        double[] clumpLat = new double[4];
        double[] clumpLon = new double[4];
        for (int c = 0; c < 4; c++) {
            clumpLat[c] = lat0 + (r.nextDouble() - 0.5) * radiusKm / KM_PER_DEGREE;
            clumpLon[c] = lon0 + (r.nextDouble() - 0.5) * radiusKm / KM_PER_DEGREE;
        }
        double[] lats = new double[spots];
        double[] lons = new double[spots];
        for (int s = 0; s < spots; s++) {
            double lat;
            double lon;
            switch (layout) {
                case POLE -> {
                    lat = r.nextInt(8) == 0 ? 90 : 90 - r.nextDouble() * radiusKm / KM_PER_DEGREE;
                    lon = r.nextInt(4) == 0 ? 180 * (r.nextInt(3) - 1) : -180 + 360 * r.nextDouble();
                }
                case CLUMPS -> {
                    int c = r.nextInt(4);
                    lat = clumpLat[c] + r.nextGaussian() * 2 / KM_PER_DEGREE;
                    lon = clumpLon[c] + r.nextGaussian() * 2 / KM_PER_DEGREE / Math.cos(Math.toRadians(lat0));
                }
                case DUPLICATES -> {
                    // few distinct spots, some a hair apart (1e-9 degree), many addresses each
                    int base = r.nextInt(Math.max(1, spots / 5 + 1));
                    Random br = new Random(seed * 31 + base);
                    lat = lat0 + (br.nextDouble() - 0.5) * radiusKm / KM_PER_DEGREE;
                    lon = lon0 + (br.nextDouble() - 0.5) * radiusKm / KM_PER_DEGREE;
                    if (r.nextInt(3) == 0) {
                        lat += 1e-9;
                    }
                }
                default -> {
                    lat = lat0 + (r.nextDouble() - 0.5) * radiusKm / KM_PER_DEGREE;
                    lon = lon0 + (r.nextDouble() - 0.5) * radiusKm / KM_PER_DEGREE
                            / Math.cos(Math.toRadians(lat0));
                }
            }
            lats[s] = Math.max(-90, Math.min(90, lat));
            lons[s] = wrap(lon);
        }
        int addresses = spots + r.nextInt(4 * spots + 1);
        for (int a = 0; a < addresses; a++) {
            int s = a < spots ? a : r.nextInt(spots);
            DocumentKind kind = r.nextBoolean() ? DocumentKind.PATENT : DocumentKind.PUBLICATION;
            int k = 1 + r.nextInt(10);
            b.add(lats[s], lons[s], kind, 2014 + r.nextInt(10), FIELDS[r.nextInt(FIELDS.length)], 1.0 / k,
                    r.nextBoolean() ? "AA" : "BB", null);
        }
        if (r.nextBoolean()) {
            b.addUnlocated(DocumentKind.PATENT, 2015, -1, 0.5);
        }
        return b.build();
    }

    static double wrap(double lon) {
        double l = lon;
        while (l > 180) {
            l -= 360;
        }
        while (l < -180) {
            l += 360;
        }
        return l;
    }
}
