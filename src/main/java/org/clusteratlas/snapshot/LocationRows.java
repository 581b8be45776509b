package org.clusteratlas.snapshot;

import java.util.Arrays;
import java.util.Objects;

/**
 * The distinct (lat, lon, country, city) locations of a snapshot being written, numbered 0, 1, ... in the
 * order first seen. Looked up once per address row, so it keeps primitive arrays and an open-addressing
 * table of row numbers: no key object, no boxed id per row (at 60M rows those were most of the writer's own
 * cost). Coordinates compare by their bits, as a record's equality does; names by equality.
 */
final class LocationRows {
    private double[] lat = new double[1024];
    private double[] lon = new double[1024];
    private String[] country = new String[1024];
    private String[] city = new String[1024];
    /** Row + 1 per slot; 0 is empty. */
    private int[] slots = new int[2048];
    private int size;

    /** Number of distinct locations so far. */
    int size() {
        return size;
    }

    /** The row of this location if it was seen before, else -1 - (the row it gets now). */
    int rowOf(double latitude, double longitude, String countryCode, String cityName) {
        long a = Double.doubleToLongBits(latitude);
        long b = Double.doubleToLongBits(longitude);
        int mask = slots.length - 1;
        int s = slot(a, b, mask);
        for (int r = slots[s]; r != 0; r = slots[s]) {
            int row = r - 1;
            if (Double.doubleToLongBits(lat[row]) == a && Double.doubleToLongBits(lon[row]) == b
                    && Objects.equals(country[row], countryCode) && Objects.equals(city[row], cityName)) {
                return row;
            }
            s = (s + 1) & mask;
        }
        int row = size++;
        if (row == lat.length) {
            int cap = row * 2;
            lat = Arrays.copyOf(lat, cap);
            lon = Arrays.copyOf(lon, cap);
            country = Arrays.copyOf(country, cap);
            city = Arrays.copyOf(city, cap);
        }
        lat[row] = latitude;
        lon[row] = longitude;
        country[row] = countryCode;
        city[row] = cityName;
        slots[s] = row + 1;
        if (size * 2 > slots.length) {
            grow();
        }
        return -1 - row;
    }

    private static int slot(long a, long b, int mask) {
        long k = a * 0x9E3779B97F4A7C15L + b;
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return (int) k & mask;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int row = 0; row < size; row++) {
            int s = slot(Double.doubleToLongBits(lat[row]), Double.doubleToLongBits(lon[row]), mask);
            while (bigger[s] != 0) {
                s = (s + 1) & mask;
            }
            bigger[s] = row + 1;
        }
        slots = bigger;
    }
}
