package org.clusteratlas.rank;

import org.clusteratlas.cluster.ChordMetric;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Sphere;
import org.clusteratlas.snapshot.LocationTable;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Everything about places that does not depend on the clustering, computed once per
 * {@link LocationTable}: each location's naming place, country and US state, and for each gazetteer
 * place the locations close enough to put it inside a cluster's footprint. With this, a ranking is a few
 * linear passes over primitive arrays, cheap enough to follow a slider.
 *
 * <p>Rules (see {@code docs/method-ranking.md}):
 * <ul>
 *   <li>A location's place is the gazetteer place its city label names (same country, within
 *       {@link #LABEL_MAX_KM}); a label the gazetteer does not know is another spelling of the city whose
 *       urban radius holds the location ("NYC"), named as the gazetteer names it, and becomes a place of its
 *       own only away from every city (a small town); otherwise
 *       (no label, or a label naming a far-away place) the nearest place within {@link #NEAREST_MAX_KM}.</li>
 *   <li>A place lying within the urban radius of a bigger place ({@link #urbanRadiusKm}) is a part of it
 *       (Manhattan and Brooklyn of New York City): its locations are credited to the bigger place and its
 *       population is not added again.</li>
 * </ul>
 * The arrays are made by {@link PlaceIndexBuilder} (the one costly pass); this class only answers
 * lookups on them, so it is immutable and thread-safe.
 */
public final class PlaceIndex {
    /** A city label is trusted when it names a gazetteer place of the same country this close. */
    public static final double LABEL_MAX_KM = 30;
    /** Farthest nearest place a location is credited to. */
    public static final double NEAREST_MAX_KM = 50;
    /** A place is inside a cluster's footprint when a member location lies this close to it. */
    public static final double FOOTPRINT_KM = 5;
    /** Cap of the urban radius used to fold a place into a bigger neighbour. */
    public static final double MAX_URBAN_RADIUS_KM = 20;

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final LocationTable table;
    private final PlaceColumns places;
    private final PreparedGazetteer prepared;
    private final int gazetteerPlaces;

    private final int[] placeOfLocation;
    private final List<String> countries;
    private final int[] countryOfLocation;
    private final List<String> states;
    private final int[] stateOfLocation;

    /** Locations grouped by zone: one zone per distinct (place, country, state) of a location. */
    private final Groups byZone;
    /**
     * The unit vectors of byZone's members in member order (x, y, z of member e at 3e): the ranking's pass by
     * zone, run on every slider move, reads them in sequence instead of one cache miss per location and axis.
     */
    private final double[] zoneMemberVectors;
    private final int[] zonePlace;
    private final int[] zoneCountry;
    private final int[] zoneState;
    /** Population places (gazetteer roots with population) and, per place, nearby locations by distance. */
    private final Groups footprint;
    /** Unit vectors of the locations, for centroids. */
    final double[] ux;
    final double[] uy;
    final double[] uz;

    private PlaceIndex(PlaceIndexBuilder built) {
        table = built.table;
        places = built.places;
        prepared = built.prepared;
        gazetteerPlaces = built.gazetteerPlaces;
        placeOfLocation = built.placeOfLocation;
        countries = List.copyOf(built.countries);
        countryOfLocation = built.countryOfLocation;
        states = List.copyOf(built.states);
        stateOfLocation = built.stateOfLocation;
        byZone = built.byZone;
        zoneMemberVectors = built.zoneMemberVectors;
        zonePlace = built.zonePlace;
        zoneCountry = built.zoneCountry;
        zoneState = built.zoneState;
        footprint = built.footprint;
        ux = built.ux;
        uy = built.uy;
        uz = built.uz;
    }

    /**
     * Prepares the gazetteer's side of {@link #build} ahead and keeps it (the bundled gazetteer: read and
     * prepared, about 0.6 s of CPU at a cold start), so that a caller can do it on another thread while it
     * reads a snapshot, and the first ranking of that snapshot does not wait for it.
     */
    public static void prepareAhead(Gazetteer gazetteer) {
        PreparedGazetteer.of(gazetteer);
    }

    /** Precomputes naming and population data for a table against a gazetteer (the bundled one or a snapshot's). */
    public static PlaceIndex build(LocationTable table, Gazetteer gazetteer) {
        return build(table, gazetteer, ChordMetric.unitVectors(table));
    }

    /** As {@link #build(LocationTable, Gazetteer)}, on the table's unit vectors computed once elsewhere. */
    public static PlaceIndex build(LocationTable table, Gazetteer gazetteer, double[][] unitVectors) {
        return new PlaceIndex(new PlaceIndexBuilder(table, gazetteer, unitVectors));
    }

    /** Radius of a place's built-up area, grown with the square root of its population: 2 km per 100,000^0.5. */
    public static double urbanRadiusKm(long population) {
        return Math.min(MAX_URBAN_RADIUS_KM, 2.0 * Math.sqrt(population / 100_000.0));
    }

    /**
     * Matching key of a place name: accents and case dropped, and a trailing " City" too, since sources
     * disagree on it ("New York" in one, "New York City" in GeoNames) for the same place.
     */
    static String normalize(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s.trim(), Normalizer.Form.NFD)).replaceAll("");
        d = d.toLowerCase(Locale.ROOT);
        return d.endsWith(" city") && d.length() > 5 ? d.substring(0, d.length() - 5) : d;
    }

    private static double sq(double v) {
        return v * v;
    }

    public LocationTable table() {
        return table;
    }

    /** Naming place of a location, or -1. */
    public int placeOf(int location) {
        return placeOfLocation[location];
    }

    public int placeCount() {
        return places.size();
    }

    /** Places 0..{@code gazetteerPlaceCount()-1} are the gazetteer's, in its order; later ones come from city labels. */
    public int gazetteerPlaceCount() {
        return gazetteerPlaces;
    }

    public String placeName(int place) {
        return places.name(place);
    }

    public String placeCountry(int place) {
        return places.country(place);
    }

    public String placeAdmin1(int place) {
        return places.admin1(place);
    }

    public long placePopulation(int place) {
        return places.population(place);
    }

    public double placeLat(int place) {
        return places.lat(place);
    }

    public double placeLon(int place) {
        return places.lon(place);
    }

    /**
     * Places called {@code name} (by name or ASCII name, accents, case and a trailing " City" ignored, as
     * city labels are matched): the gazetteer's in its order, then those made from the snapshot's city labels
     * (a label "Cologne" where the gazetteer says "Köln"). With {@code orLonger}, when no place has the
     * exact name, places whose name continues it after a space or hyphen ("Tel Aviv" finds "Tel Aviv-Yafo").
     */
    public List<Integer> placesNamed(String name, boolean orLonger) {
        String key = normalize(name);
        List<Integer> exact = named(key::equals);
        if (!exact.isEmpty() || !orLonger) {
            return exact;
        }
        return named(k -> k.startsWith(key + " ") || k.startsWith(key + "-"));
    }

    /** Gazetteer places, then places made from the snapshot's city labels, whose matching key is wanted. */
    private List<Integer> named(java.util.function.Predicate<String> wanted) {
        List<Integer> out = new ArrayList<>(prepared.placesCalled(wanted));
        for (int p = gazetteerPlaces; p < places.size(); p++) {
            if (wanted.test(normalize(places.name(p)))) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The cluster a point lies in: that of the nearest clustered location within {@link #FOOTPRINT_KM}, or
     * -1 (the rule that puts a place inside a cluster's footprint for its population). A linear pass over
     * the locations.
     */
    public int clusterAt(org.clusteratlas.cluster.Clustering clustering, double lat, double lon) {
        double x = Sphere.x(lat, lon);
        double y = Sphere.y(lat, lon);
        double z = Sphere.z(lat);
        double best = sq(Sphere.chordForKm(FOOTPRINT_KM));
        int cluster = -1;
        for (int i = 0; i < ux.length; i++) {
            int c = clustering.clusterOf(i);
            if (c < 0) {
                continue;
            }
            double d = sq(ux[i] - x) + sq(uy[i] - y) + sq(uz[i] - z);
            if (d <= best) {
                best = d;
                cluster = c;
            }
        }
        return cluster;
    }

    public List<String> countries() {
        return countries;
    }

    /** Country index (into {@link #countries()}) of a location: its own, else its place's; -1 when unknown. */
    public int countryOf(int location) {
        return countryOfLocation[location];
    }

    String country(int index) {
        return countries.get(index);
    }

    String state(int index) {
        return states.get(index);
    }

    Groups byZone() {
        return byZone;
    }

    /** See {@link #zoneMemberVectors}. */
    double[] zoneMemberVectors() {
        return zoneMemberVectors;
    }

    int[] zonePlace() {
        return zonePlace;
    }

    int[] zoneCountry() {
        return zoneCountry;
    }

    int[] zoneState() {
        return zoneState;
    }

    int stateCount() {
        return states.size();
    }

    Groups footprint() {
        return footprint;
    }

    /** Locations grouped by a key (compressed rows): group g holds {@code members[start[g] .. start[g+1]-1]}. */
    record Groups(int[] start, int[] members) {
        static Groups of(int[] keyOf, int groups) {
            int[] start = new int[groups + 1];
            for (int k : keyOf) {
                if (k >= 0) {
                    start[k + 1]++;
                }
            }
            for (int g = 0; g < groups; g++) {
                start[g + 1] += start[g];
            }
            int[] fill = Arrays.copyOf(start, groups);
            int[] members = new int[start[groups]];
            for (int i = 0; i < keyOf.length; i++) {
                if (keyOf[i] >= 0) {
                    members[fill[keyOf[i]]++] = i;
                }
            }
            return new Groups(start, members);
        }

        int count() {
            return start.length - 1;
        }
    }
}
