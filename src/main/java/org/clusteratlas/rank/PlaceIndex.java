package org.clusteratlas.rank;

import org.clusteratlas.cluster.ChordMetric;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Sphere;
import org.clusteratlas.snapshot.LocationTable;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Immutable and thread-safe.
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
    private final List<String> countries = new ArrayList<>();
    private final int[] countryOfLocation;
    private final List<String> states = new ArrayList<>();
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

    private PlaceIndex(LocationTable table, Gazetteer gazetteer, double[][] unitVectors) {
        this.table = table;
        PreparedGazetteer prep = PreparedGazetteer.of(gazetteer);
        prepared = prep;
        places = new PlaceColumns(gazetteer.places());
        gazetteerPlaces = places.size();
        int n = table.size();
        if (unitVectors.length != 3 || unitVectors[0].length != n) {
            throw new IllegalArgumentException("unit vectors of another table");
        }
        ux = unitVectors[0];
        uy = unitVectors[1];
        uz = unitVectors[2];
        int[] nearestOf = new int[n]; // labelled or nearest place, before folding
        NearbyPairs near = new NearbyPairs();
        placeOfLocation = resolvePlaces(prep, nearestOf, near);
        countryOfLocation = new int[n];
        stateOfLocation = new int[n];
        assignCountriesAndStates(nearestOf);

        Map<Long, Integer> zones = new HashMap<>();
        int[] zoneOf = new int[n];
        for (int i = 0; i < n; i++) {
            long key = ((long) (placeOfLocation[i] + 1) << 24) | ((long) (countryOfLocation[i] + 1) << 12)
                    | (stateOfLocation[i] + 1);
            zoneOf[i] = zones.computeIfAbsent(key, x -> zones.size());
        }
        zonePlace = new int[zones.size()];
        zoneCountry = new int[zones.size()];
        zoneState = new int[zones.size()];
        for (int i = 0; i < n; i++) {
            zonePlace[zoneOf[i]] = placeOfLocation[i];
            zoneCountry[zoneOf[i]] = countryOfLocation[i];
            zoneState[zoneOf[i]] = stateOfLocation[i];
        }
        byZone = Groups.of(zoneOf, zones.size());
        int[] members = byZone.members();
        zoneMemberVectors = new double[3 * members.length];
        for (int e = 0; e < members.length; e++) {
            zoneMemberVectors[3 * e] = ux[members[e]];
            zoneMemberVectors[3 * e + 1] = uy[members[e]];
            zoneMemberVectors[3 * e + 2] = uz[members[e]];
        }
        footprint = footprint(near, places.size());
    }

    /**
     * Each location's naming place (after folding), or -1; fills {@code nearestOf} with the labelled or
     * nearest place before folding, and {@code near} with the population places within {@link #FOOTPRINT_KM}.
     * A label the gazetteer does not know (near the location, or in its country) becomes a place of its own.
     */
    private int[] resolvePlaces(PreparedGazetteer prep, int[] nearestOf, NearbyPairs near) {
        int n = table.size();
        int[] placeOf = new int[n];
        double capChord2 = sq(Sphere.chordForKm(NEAREST_MAX_KM));
        double labelChord2 = sq(Sphere.chordForKm(LABEL_MAX_KM));
        double footChord2 = sq(Sphere.chordForKm(FOOTPRINT_KM));
        UnitGrid grid = prep.grid;
        int[] root = prep.root;
        CubeCandidates candidates = new CubeCandidates(grid, NEAREST_MAX_KM);
        Map<String, String> labelKeys = new HashMap<>();
        Map<String, Integer> pseudo = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double x = ux[i];
            double y = uy[i];
            double z = uz[i];
            String label = table.city(i);
            String labelKey = label == null ? null : labelKeys.computeIfAbsent(label, PlaceIndex::normalize);
            int labelId = labelKey == null ? -1 : prep.nameId(labelKey);
            String ownCountry = table.country(i);
            int best = -1;
            double bestD = capChord2;
            int labelled = -1;
            double labelledD = labelChord2;
            for (int p : candidates.near(x, y, z)) {
                double d = grid.chord2(x, y, z, p);
                if (d < bestD || (d == bestD && best >= 0 && p < best)) {
                    best = p;
                    bestD = d;
                }
                if (d <= footChord2 && places.population(p) > 0 && root[p] == p) {
                    near.add(p, i, d);
                }
                if (labelId >= 0 && d <= labelledD && (d < labelledD || labelled < 0 || p < labelled)
                        && prep.isCalled(p, labelId)
                        && (ownCountry == null || ownCountry.equals(places.country(p)))) {
                    labelled = p;
                    labelledD = d;
                }
            }
            nearestOf[i] = labelled >= 0 ? labelled : best;
            if (labelled >= 0) {
                placeOf[i] = root[labelled];
            } else if (labelKey != null && !(labelId >= 0
                    && (ownCountry == null || prep.hasNameInCountry(labelKey, ownCountry)))
                    && !withinUrbanArea(x, y, z, best, root, grid, ownCountry)) {
                String country = ownCountry != null ? ownCountry : best >= 0 ? places.country(best) : null;
                String key = labelKey + "|" + country;
                Integer ps = pseudo.get(key);
                if (ps == null) {
                    String admin1 = best >= 0 && country != null && country.equals(places.country(best))
                            ? places.admin1(best) : null;
                    ps = places.add(label.trim(), country, admin1, table.lat(i), table.lon(i));
                    pseudo.put(key, ps);
                }
                placeOf[i] = ps;
            } else {
                placeOf[i] = best < 0 ? -1 : root[best];
            }
        }
        return placeOf;
    }

    /**
     * Whether a location lies within the urban radius of the gazetteer place {@code nearest} is part of (in
     * the location's country, when it has one): a
     * label the gazetteer does not know there is another spelling of that city ("NYC" in New York City), so
     * the location takes the gazetteer's canonical name; only a label away from every city's urban area
     * (a town under the gazetteer's population floor) names a place of its own.
     */
    private boolean withinUrbanArea(double x, double y, double z, int nearest, int[] root, UnitGrid grid,
                                    String country) {
        if (nearest < 0) {
            return false;
        }
        int city = root[nearest];
        if (country != null && !country.equals(places.country(city))) {
            return false;
        }
        double r = urbanRadiusKm(places.population(city));
        return r > 0 && grid.chord2(x, y, z, city) <= sq(Sphere.chordForKm(r));
    }

    /** Country of each location (its own, else its place's) and, in the US, its state. */
    private void assignCountriesAndStates(int[] nearestOf) {
        Map<String, Integer> ci = new HashMap<>();
        Map<String, Integer> si = new HashMap<>();
        for (int i = 0; i < placeOfLocation.length; i++) {
            int p = placeOfLocation[i];
            String cc = table.country(i);
            if (cc == null && p >= 0) {
                cc = places.country(p);
            }
            countryOfLocation[i] = cc == null ? -1 : ci.computeIfAbsent(cc, k -> {
                countries.add(k);
                return countries.size() - 1;
            });
            // the state comes from the place itself, before folding into a bigger place: Newark stays NJ
            String st = null;
            if ("US".equals(cc)) {
                if (nearestOf[i] >= 0 && "US".equals(places.country(nearestOf[i]))) {
                    st = places.admin1(nearestOf[i]);
                } else if (p >= 0 && "US".equals(places.country(p))) {
                    st = places.admin1(p);
                }
            }
            stateOfLocation[i] = st == null ? -1 : si.computeIfAbsent(st, k -> {
                states.add(k);
                return states.size() - 1;
            });
        }
    }

    /** Per population place, the nearby locations ordered by distance then index. */
    private static Groups footprint(NearbyPairs near, int placeCount) {
        double footChord2 = sq(Sphere.chordForKm(FOOTPRINT_KM));
        int nearCount = near.size();
        int[] start = new int[placeCount + 1];
        for (int t = 0; t < nearCount; t++) {
            start[near.place(t) + 1]++;
        }
        for (int p = 0; p < placeCount; p++) {
            start[p + 1] += start[p];
        }
        int[] fill = Arrays.copyOf(start, placeCount);
        long[] keyed = new long[nearCount];
        for (int t = 0; t < nearCount; t++) {
            // distance quantised to 31 bits (about 2 micrometres at 5 km), location in the low 32 bits
            long q = (long) (near.chord2(t) / footChord2 * Integer.MAX_VALUE);
            keyed[fill[near.place(t)]++] = (q << 32) | near.location(t);
        }
        int[] members = new int[nearCount];
        for (int p = 0; p < placeCount; p++) {
            Arrays.sort(keyed, start[p], start[p + 1]);
            for (int t = start[p]; t < start[p + 1]; t++) {
                members[t] = (int) keyed[t];
            }
        }
        return new Groups(start, members);
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
        return new PlaceIndex(table, gazetteer, unitVectors);
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
        return List.copyOf(countries);
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
