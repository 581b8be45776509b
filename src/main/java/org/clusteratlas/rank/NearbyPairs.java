package org.clusteratlas.rank;

import java.util.Arrays;

/**
 * (place, location, squared chord) triples found while resolving places, kept in growable primitive
 * arrays, from which {@link PlaceIndex} builds each population place's footprint.
 */
final class NearbyPairs {
    private int[] place = new int[64];
    private int[] location = new int[64];
    private double[] chord2 = new double[64];
    private int size;

    void add(int p, int l, double d) {
        if (size == place.length) {
            place = Arrays.copyOf(place, size * 2);
            location = Arrays.copyOf(location, size * 2);
            chord2 = Arrays.copyOf(chord2, size * 2);
        }
        place[size] = p;
        location[size] = l;
        chord2[size++] = d;
    }

    int size() {
        return size;
    }

    int place(int t) {
        return place[t];
    }

    int location(int t) {
        return location[t];
    }

    double chord2(int t) {
        return chord2[t];
    }
}
