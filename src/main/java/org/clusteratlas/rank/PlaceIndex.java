package org.clusteratlas.rank;

import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Place;
import org.clusteratlas.geo.Sphere;
import org.clusteratlas.snapshot.LocationTable;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything about places that does not depend on the clustering, computed once per
 * {@link LocationTable}: each location's naming place, country and US state, and for each gazetteer
 * place the locations close enough to put it inside a cluster's footprint. With this, a ranking is a few
 * linear passes over primitive arrays, cheap enough to follow a slider.
 *
 * <p>Rules (see {@code docs/method-ranking.md}):
 * <ul>
 *   <li>A location's place is the gazetteer place its city label names (same country, within
 *       {@link #LABEL_MAX_KM}); a label the gazetteer does not know becomes a place of its own; otherwise
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

    private static final double GRID_KM = 25;

    private final LocationTable table;
    private final List<String> placeName = new ArrayList<>();
    private final List<String> placeCountry = new ArrayList<>();
    private final List<String> placeAdmin1 = new ArrayList<>();
    private long[] placePopulation;
    private double[] placeLat;
    private double[] placeLon;
    private final int gazetteerPlaces;

    private final int[] placeOfLocation;
    private final List<String> countries = new ArrayList<>();
    private final int[] countryOfLocation;
    private final List<String> states = new ArrayList<>();
    private final int[] stateOfLocation;

    /** Locations grouped by zone: one zone per distinct (place, country, state) of a location. */
    private final Groups byZone;
    private final int[] zonePlace;
    private final int[] zoneCountry;
    private final int[] zoneState;
    /** Population places (gazetteer roots with population) and, per place, nearby locations by distance. */
    private final Groups footprint;
    /** Unit vectors of the locations, for centroids. */
    final double[] ux;
    final double[] uy;
    final double[] uz;

    private PlaceIndex(LocationTable table, Gazetteer gazetteer) {
        this.table = table;
        List<Place> places = gazetteer.places();
        int g = places.size();
        gazetteerPlaces = g;
        placePopulation = new long[g];
        placeLat = new double[g];
        placeLon = new double[g];
        for (int p = 0; p < g; p++) {
            Place pl = places.get(p);
            placeName.add(pl.name());
            placeCountry.add(pl.country());
            placeAdmin1.add(pl.admin1());
            placePopulation[p] = pl.population();
            placeLat[p] = pl.lat();
            placeLon[p] = pl.lon();
        }
        Prepared prep = prepared(gazetteer);
        UnitGrid grid = prep.grid();
        int[] root = prep.root();
        Map<String, String> labelKeys = new HashMap<>();

        int n = table.size();
        placeOfLocation = new int[n];
        Arrays.fill(placeOfLocation, -1);
        Map<String, Integer> pseudo = new HashMap<>();
        int[] nearestOf = new int[n]; // labelled or nearest place, before folding
        int[] nearPlace = new int[64]; // (place, location, chord^2) within FOOTPRINT_KM
        int[] nearLoc = new int[64];
        double[] nearD = new double[64];
        int nearCount = 0;
        double capChord2 = sq(Sphere.chordForKm(NEAREST_MAX_KM));
        double labelChord2 = sq(Sphere.chordForKm(LABEL_MAX_KM));
        double footChord2 = sq(Sphere.chordForKm(FOOTPRINT_KM));
        int rings = grid.ringsFor(NEAREST_MAX_KM);
        double[] lx = new double[n];
        double[] ly = new double[n];
        double[] lz = new double[n];
        for (int i = 0; i < n; i++) {
            lx[i] = Sphere.x(table.lat(i), table.lon(i));
            ly[i] = Sphere.y(table.lat(i), table.lon(i));
            lz[i] = Sphere.z(table.lat(i));
        }
        ux = lx;
        uy = ly;
        uz = lz;
        // candidate places are gathered once per grid cube and shared by the cube's locations
        Map<Long, int[]> candidates = new HashMap<>();
        for (int i = 0; i < n; i++) {
            final int li = i;
            int[] cand = candidates.computeIfAbsent(UnitGrid.key(grid.ix(lx[i]), grid.ix(ly[i]), grid.ix(lz[i])),
                    key -> {
                        List<Integer> found = new ArrayList<>();
                        grid.forEachNear(lx[li], ly[li], lz[li], rings, found::add);
                        return found.stream().mapToInt(Integer::intValue).toArray();
                    });
            int best = -1;
            double bestD = capChord2;
            String label = table.city(i);
            String labelKey = label == null ? null : labelKeys.computeIfAbsent(label, PlaceIndex::normalize);
            int labelled = -1;
            double labelledD = labelChord2;
            for (int p : cand) {
                double d = grid.chord2(lx[i], ly[i], lz[i], p);
                if (d < bestD || (d == bestD && best >= 0 && p < best)) {
                    best = p;
                    bestD = d;
                }
                if (d <= footChord2 && placePopulation[p] > 0 && root[p] == p) {
                    if (nearCount == nearPlace.length) {
                        nearPlace = Arrays.copyOf(nearPlace, nearCount * 2);
                        nearLoc = Arrays.copyOf(nearLoc, nearCount * 2);
                        nearD = Arrays.copyOf(nearD, nearCount * 2);
                    }
                    nearPlace[nearCount] = p;
                    nearLoc[nearCount] = i;
                    nearD[nearCount++] = d;
                }
                if (labelKey != null && d <= labelledD && (d < labelledD || labelled < 0 || p < labelled)
                        && (labelKey.equals(prep.normName()[p]) || labelKey.equals(prep.normAscii()[p]))
                        && (table.country(i) == null || table.country(i).equals(placeCountry.get(p)))) {
                    labelled = p;
                    labelledD = d;
                }
            }
            nearestOf[i] = labelled >= 0 ? labelled : best;
            int chosen;
            if (labelled >= 0) {
                chosen = root[labelled];
            } else if (labelKey != null && !(table.country(i) == null ? prep.knownNames().contains(labelKey)
                    : prep.byName().containsKey(labelKey + "|" + table.country(i)))) {
                String country = table.country(i) != null ? table.country(i)
                        : best >= 0 ? placeCountry.get(best) : null;
                String key = labelKey + "|" + country;
                Integer ps = pseudo.get(key);
                if (ps == null) {
                    ps = addPseudo(label.trim(), country,
                            best >= 0 && country != null && country.equals(placeCountry.get(best))
                                    ? placeAdmin1.get(best) : null, table.lat(i), table.lon(i));
                    pseudo.put(key, ps);
                }
                chosen = ps;
            } else {
                chosen = best < 0 ? -1 : root[best];
            }
            placeOfLocation[i] = chosen;
        }

        // countries and US states per location
        countryOfLocation = new int[n];
        stateOfLocation = new int[n];
        Map<String, Integer> ci = new HashMap<>();
        Map<String, Integer> si = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int p = placeOfLocation[i];
            String cc = table.country(i);
            if (cc == null && p >= 0) {
                cc = placeCountry.get(p);
            }
            countryOfLocation[i] = cc == null ? -1 : ci.computeIfAbsent(cc, k -> {
                countries.add(k);
                return countries.size() - 1;
            });
            // the state comes from the place itself, before folding into a bigger place: Newark stays NJ
            String st = null;
            if ("US".equals(cc)) {
                if (nearestOf[i] >= 0 && "US".equals(placeCountry.get(nearestOf[i]))) {
                    st = placeAdmin1.get(nearestOf[i]);
                } else if (p >= 0 && "US".equals(placeCountry.get(p))) {
                    st = placeAdmin1.get(p);
                }
            }
            stateOfLocation[i] = st == null ? -1 : si.computeIfAbsent(st, k -> {
                states.add(k);
                return states.size() - 1;
            });
        }
        int placeCount = placeName.size();
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

        // footprint: per population place, nearby locations ordered by distance then index
        int[] start = new int[placeCount + 1];
        for (int t = 0; t < nearCount; t++) {
            start[nearPlace[t] + 1]++;
        }
        for (int p = 0; p < placeCount; p++) {
            start[p + 1] += start[p];
        }
        int[] fill = Arrays.copyOf(start, placeCount);
        long[] keyed = new long[nearCount];
        for (int t = 0; t < nearCount; t++) {
            // distance quantised to 31 bits (about 2 micrometres at 5 km), location in the low 32 bits
            long q = (long) (nearD[t] / footChord2 * Integer.MAX_VALUE);
            keyed[fill[nearPlace[t]]++] = (q << 32) | nearLoc[t];
        }
        int[] members = new int[nearCount];
        for (int p = 0; p < placeCount; p++) {
            Arrays.sort(keyed, start[p], start[p + 1]);
            for (int t = start[p]; t < start[p + 1]; t++) {
                members[t] = (int) keyed[t];
            }
        }
        footprint = new Groups(start, members);
    }

    /** Precomputes naming and population data for a table against a gazetteer (the bundled one or a snapshot's). */
    public static PlaceIndex build(LocationTable table, Gazetteer gazetteer) {
        return new PlaceIndex(table, gazetteer);
    }

    private int addPseudo(String name, String country, String admin1, double lat, double lon) {
        int p = placeName.size();
        placeName.add(name);
        placeCountry.add(country);
        placeAdmin1.add(admin1);
        placePopulation = Arrays.copyOf(placePopulation, p + 1);
        placeLat = Arrays.copyOf(placeLat, p + 1);
        placeLon = Arrays.copyOf(placeLon, p + 1);
        placeLat[p] = lat;
        placeLon[p] = lon;
        return p;
    }

    /**
     * Folds each place into the biggest place whose urban radius contains it (transitively), so that
     * city sections are not named or counted apart from their city.
     */
    private static int[] absorb(UnitGrid grid, long[] placePopulation) {
        int g = placePopulation.length;
        int[] parent = new int[g];
        for (int p = 0; p < g; p++) {
            parent[p] = p;
        }
        for (int q = 0; q < g; q++) {
            double r = urbanRadiusKm(placePopulation[q]);
            if (r <= 0) {
                continue;
            }
            double r2 = sq(Sphere.chordForKm(r));
            final int big = q;
            grid.forEachNear(grid.x(q), grid.y(q), grid.z(q), grid.ringsFor(r), p -> {
                if (p != big && bigger(placePopulation, big, p)
                        && grid.chord2(grid.x(big), grid.y(big), grid.z(big), p) <= r2
                        && (parent[p] == p || bigger(placePopulation, big, parent[p]))) {
                    parent[p] = big;
                }
            });
        }
        int[] root = new int[g];
        for (int p = 0; p < g; p++) {
            int r = p;
            while (parent[r] != r) {
                r = parent[r];
            }
            root[p] = r;
        }
        return root;
    }

    private static boolean bigger(long[] placePopulation, int a, int b) {
        return placePopulation[a] > placePopulation[b] || (placePopulation[a] == placePopulation[b] && a < b);
    }

    /** Radius of a place's built-up area, grown with the square root of its population: 2 km per 100,000^0.5. */
    public static double urbanRadiusKm(long population) {
        return Math.min(MAX_URBAN_RADIUS_KM, 2.0 * Math.sqrt(population / 100_000.0));
    }

    /** What depends only on the gazetteer, computed once per gazetteer instance and shared. */
    private record Prepared(UnitGrid grid, int[] root, Map<String, List<Integer>> byName,
                            java.util.Set<String> knownNames, String[] normName, String[] normAscii) {
    }

    private static final Map<Gazetteer, Prepared> PREPARED = new java.util.WeakHashMap<>();

    private static Prepared prepared(Gazetteer gazetteer) {
        synchronized (PREPARED) {
            Prepared p = PREPARED.get(gazetteer);
            if (p == null) {
                p = prepare(gazetteer);
                PREPARED.put(gazetteer, p);
            }
            return p;
        }
    }

    private static Prepared prepare(Gazetteer gazetteer) {
        List<Place> places = gazetteer.places();
        int g = places.size();
        double[] lat = new double[g];
        double[] lon = new double[g];
        long[] pop = new long[g];
        String[] normName = new String[g];
        String[] normAscii = new String[g];
        Map<String, List<Integer>> byName = new HashMap<>();
        java.util.Set<String> known = new java.util.HashSet<>();
        for (int p = 0; p < g; p++) {
            Place pl = places.get(p);
            lat[p] = pl.lat();
            lon[p] = pl.lon();
            pop[p] = pl.population();
            normName[p] = normalize(pl.name());
            normAscii[p] = pl.asciiName() == null ? normName[p] : normalize(pl.asciiName());
            byName.computeIfAbsent(normName[p] + "|" + pl.country(), k -> new ArrayList<>()).add(p);
            known.add(normName[p]);
            known.add(normAscii[p]);
            if (!normAscii[p].equals(normName[p])) {
                byName.computeIfAbsent(normAscii[p] + "|" + pl.country(), k -> new ArrayList<>()).add(p);
            }
        }
        UnitGrid grid = new UnitGrid(lat, lon, GRID_KM);
        return new Prepared(grid, absorb(grid, pop), byName, known, normName, normAscii);
    }

    /**
     * Matching key of a place name: accents and case dropped, and a trailing " City" too, since sources
     * disagree on it ("New York" in one, "New York City" in GeoNames) for the same place.
     */
    static String normalize(String s) {
        String d = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
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
        return placeName.size();
    }

    /** Places 0..{@code gazetteerPlaceCount()-1} are the gazetteer's, in its order; later ones come from city labels. */
    public int gazetteerPlaceCount() {
        return gazetteerPlaces;
    }

    public String placeName(int place) {
        return placeName.get(place);
    }

    public String placeCountry(int place) {
        return placeCountry.get(place);
    }

    public String placeAdmin1(int place) {
        return placeAdmin1.get(place);
    }

    public long placePopulation(int place) {
        return placePopulation[place];
    }

    public double placeLat(int place) {
        return placeLat[place];
    }

    public double placeLon(int place) {
        return placeLon[place];
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
