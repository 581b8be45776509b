package org.clusteratlas.rank;

import org.clusteratlas.geo.Place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The places a {@link PlaceIndex} names locations after, as columns: first the gazetteer's, in its order,
 * then places made from city labels the gazetteer does not know (which have no population). The columns grow
 * by doubling, so adding thousands of label places stays linear.
 */
final class PlaceColumns {
    private final List<String> name;
    private final List<String> country;
    private final List<String> admin1;
    private long[] population;
    private double[] lat;
    private double[] lon;

    PlaceColumns(List<Place> places) {
        int g = places.size();
        name = new ArrayList<>(g);
        country = new ArrayList<>(g);
        admin1 = new ArrayList<>(g);
        population = new long[g];
        lat = new double[g];
        lon = new double[g];
        for (int p = 0; p < g; p++) {
            Place pl = places.get(p);
            name.add(pl.name());
            country.add(pl.country());
            admin1.add(pl.admin1());
            population[p] = pl.population();
            lat[p] = pl.lat();
            lon[p] = pl.lon();
        }
    }

    /** Adds a place without population; returns its index. */
    int add(String placeName, String placeCountry, String placeAdmin1, double placeLat, double placeLon) {
        int p = name.size();
        name.add(placeName);
        country.add(placeCountry);
        admin1.add(placeAdmin1);
        if (p == lat.length) {
            int grown = Math.max(16, p * 2);
            population = Arrays.copyOf(population, grown);
            lat = Arrays.copyOf(lat, grown);
            lon = Arrays.copyOf(lon, grown);
        }
        lat[p] = placeLat;
        lon[p] = placeLon;
        return p;
    }

    int size() {
        return name.size();
    }

    String name(int p) {
        return name.get(p);
    }

    String country(int p) {
        return country.get(p);
    }

    String admin1(int p) {
        return admin1.get(p);
    }

    long population(int p) {
        return population[p];
    }

    double lat(int p) {
        return lat[p];
    }

    double lon(int p) {
        return lon[p];
    }
}
