package org.clusteratlas.bench;

import java.util.Random;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;

/**
 * Synthetic addresses shaped like the GII's: about 2,000 cities with Zipf sizes on land-like boxes, a third
 * of them satellite towns 8-40 km from a bigger city; half of a city's addresses on its centre, most others on
 * a few hundred postal-code-like spots, a few street-level; shares 1/k with k = 1..10. Rows are kept compactly
 * so the same addresses can be built into a weighted table (shares) or a counting one (every row 1), and
 * handed to libraries that only take raw rows.
 */
final class GiiLikeData {
    /** lat min, lat max, lon min, lon max, relative weight: rough continents. */
    private static final double[][] LAND = {
        {25, 49, -124, -70, 30}, {36, 60, -10, 30, 30}, {20, 45, 100, 142, 35}, {8, 30, 70, 90, 8},
        {-35, -5, -70, -35, 4}, {-35, 35, -15, 50, 3}, {-38, -15, 115, 153, 3}, {50, 62, 30, 60, 2},
    };
    private static final String[] COUNTRY = {"US", "DE", "CN", "IN", "BR", "ZA", "AU", "RU"};
    private static final double KM_PER_DEGREE = Math.PI * 6371.0088 / 180;

    final int rows;
    /** Per row: location (spot) index, kind (0 patent), year, field, k of the 1/k share. */
    final int[] rowSpot;
    final byte[] rowKind;
    final short[] rowYear;
    final byte[] rowField;
    final byte[] rowK;
    final double[] spotLat;
    final double[] spotLon;
    final String[] spotCountry;
    final int spots;

    GiiLikeData(int rows, long seed) {
        Random r = new Random(seed);
        int cities = 2000;
        double[] cLat = new double[cities];
        double[] cLon = new double[cities];
        int[] cCountry = new int[cities];
        double[] cSize = new double[cities];
        double totalWeight = 0;
        for (double[] box : LAND) {
            totalWeight += box[4];
        }
        double zipfSum = 0;
        for (int c = 0; c < cities; c++) {
            cSize[c] = 1.0 / (c + 1);
            zipfSum += cSize[c];
            if (c >= 30 && r.nextInt(3) == 0) {
                int big = r.nextInt(c);
                double km = 8 + 32 * r.nextDouble();
                double bearing = 2 * Math.PI * r.nextDouble();
                cLat[c] = cLat[big] + km * Math.cos(bearing) / KM_PER_DEGREE;
                cLon[c] = cLon[big] + km * Math.sin(bearing) / KM_PER_DEGREE / Math.cos(Math.toRadians(cLat[big]));
                cCountry[c] = cCountry[big];
            } else {
                double u = r.nextDouble() * totalWeight;
                int b = 0;
                while (u > LAND[b][4]) {
                    u -= LAND[b][4];
                    b++;
                }
                cLat[c] = LAND[b][0] + (LAND[b][1] - LAND[b][0]) * r.nextDouble();
                cLon[c] = LAND[b][2] + (LAND[b][3] - LAND[b][2]) * r.nextDouble();
                cCountry[c] = b;
            }
        }
        // rows per city, then spots per city: a few hundred for big cities
        int[] cRows = new int[cities];
        int assigned = 0;
        for (int c = 0; c < cities; c++) {
            cRows[c] = (int) (rows * cSize[c] / zipfSum);
            assigned += cRows[c];
        }
        cRows[0] += rows - assigned;
        int[] cSpotStart = new int[cities + 1];
        int streetRows = 0;
        for (int c = 0; c < cities; c++) {
            int postal = (int) Math.max(5, Math.min(400, 2 * Math.sqrt(cRows[c])));
            cSpotStart[c + 1] = cSpotStart[c] + 1 + postal;
        }
        int fixedSpots = cSpotStart[cities];
        // street-level rows (3%) each get their own spot
        int maxSpots = fixedSpots + rows / 20 + cities;
        spotLat = new double[maxSpots];
        spotLon = new double[maxSpots];
        spotCountry = new String[maxSpots];
        for (int c = 0; c < cities; c++) {
            int s0 = cSpotStart[c];
            spotLat[s0] = cLat[c];
            spotLon[s0] = cLon[c];
            spotCountry[s0] = COUNTRY[cCountry[c]];
            double sigmaKm = 2 + 6 * Math.min(1, cRows[c] / (double) Math.max(1, cRows[0]) * 10);
            for (int s = s0 + 1; s < cSpotStart[c + 1]; s++) {
                spotLat[s] = cLat[c] + r.nextGaussian() * sigmaKm / KM_PER_DEGREE;
                spotLon[s] = cLon[c] + r.nextGaussian() * sigmaKm / KM_PER_DEGREE / Math.cos(Math.toRadians(cLat[c]));
                spotCountry[s] = spotCountry[s0];
            }
        }
        this.rows = rows;
        rowSpot = new int[rows];
        rowKind = new byte[rows];
        rowYear = new short[rows];
        rowField = new byte[rows];
        rowK = new byte[rows];
        int nextSpot = fixedSpots;
        int row = 0;
        for (int c = 0; c < cities; c++) {
            int s0 = cSpotStart[c];
            int postal = cSpotStart[c + 1] - s0 - 1;
            for (int a = 0; a < cRows[c]; a++, row++) {
                double u = r.nextDouble();
                int spot;
                if (u < 0.5) {
                    spot = s0;
                } else if (u < 0.97 || nextSpot >= maxSpots) {
                    // postal spots with skewed popularity
                    double v = r.nextDouble();
                    spot = s0 + 1 + (int) (postal * v * v);
                } else {
                    spot = nextSpot++;
                    spotLat[spot] = cLat[c] + r.nextGaussian() * 5 / KM_PER_DEGREE;
                    spotLon[spot] = cLon[c] + r.nextGaussian() * 5 / KM_PER_DEGREE / Math.cos(Math.toRadians(cLat[c]));
                    spotCountry[spot] = spotCountry[s0];
                    streetRows++;
                }
                rowSpot[row] = spot;
                rowKind[row] = (byte) (r.nextInt(100) < 45 ? 0 : 1);
                rowYear[row] = (short) (2014 + r.nextInt(10));
                rowField[row] = (byte) r.nextInt(12);
                rowK[row] = (byte) (1 + r.nextInt(10));
            }
        }
        this.spots = nextSpot;
    }

    /** The location table: shares 1/k, or every row weighing 1 ({@code counting}) for raw-row comparisons. */
    LocationTable table(boolean counting) {
        LocationTable.Builder b = new LocationTable.Builder();
        int[] loc = new int[spots];
        for (int s = 0; s < spots; s++) {
            loc[s] = b.location(spotLat[s], spotLon[s], spotCountry[s], null);
        }
        int[] field = new int[12];
        for (int f = 0; f < 12; f++) {
            field[f] = b.field("field-" + f);
        }
        for (int i = 0; i < rows; i++) {
            b.add(loc[rowSpot[i]], rowKind[i] == 0 ? DocumentKind.PATENT : DocumentKind.PUBLICATION, rowYear[i],
                    field[rowField[i]], counting ? 1.0 : 1.0 / rowK[i]);
        }
        return b.build();
    }

    /** Location index of each row in a table built by {@link #table} (locations are created in spot order). */
    int[] rowLocation(LocationTable t) {
        // Builder merges identical coordinates: rebuild the spot -> location map the same way.
        java.util.Map<Long, Integer> seen = new java.util.HashMap<>();
        int[] locOfSpot = new int[spots];
        int next = 0;
        for (int s = 0; s < spots; s++) {
            long key = Double.doubleToLongBits(spotLat[s] + 0.0) * 31 + Double.doubleToLongBits(spotLon[s] + 0.0);
            Integer l = seen.get(key);
            if (l == null) {
                l = next++;
                seen.put(key, l);
            }
            locOfSpot[s] = l;
        }
        if (next != t.size()) {
            throw new IllegalStateException("spot to location map disagrees with the table");
        }
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = locOfSpot[rowSpot[i]];
        }
        return out;
    }
}
