package org.clusteratlas.rank;

import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * What {@link PlaceIndex} needs from a gazetteer that does not depend on the snapshot: a spatial grid of the
 * places, the folding of city sections into their city, and the places' names as matching keys. Computed once
 * per gazetteer instance and shared, since the window builds a place index on every snapshot open.
 *
 * <p>Names are compared as small integers: every distinct matching key (see {@link PlaceIndex#normalize}) of a
 * place name or ASCII name gets an id, so matching a location's city label against hundreds of nearby places
 * is an int comparison rather than a string one.
 */
final class PreparedGazetteer {
    private static final double GRID_KM = 25;
    private static final Map<Gazetteer, PreparedGazetteer> CACHE = new WeakHashMap<>();

    /** The places, for neighbourhood queries. */
    final UnitGrid grid;
    /** Place each place is folded into ({@link PlaceFolding}). */
    final int[] root;
    private final int[] nameId;
    private final int[] asciiId;
    private final Map<String, Integer> ids;
    private final Set<String> nameInCountry;
    /** Places per name id, built on the first look-up by name (published rankings), not on every open. */
    private volatile int[][] placesById;

    private PreparedGazetteer(Gazetteer gazetteer) {
        List<Place> places = gazetteer.places();
        int g = places.size();
        double[] lat = new double[g];
        double[] lon = new double[g];
        long[] pop = new long[g];
        nameId = new int[g];
        asciiId = new int[g];
        ids = new HashMap<>();
        nameInCountry = new HashSet<>();
        for (int p = 0; p < g; p++) {
            Place pl = places.get(p);
            lat[p] = pl.lat();
            lon[p] = pl.lon();
            pop[p] = pl.population();
            String name = PlaceIndex.normalize(pl.name());
            String ascii = pl.asciiName() == null ? name : PlaceIndex.normalize(pl.asciiName());
            nameId[p] = ids.computeIfAbsent(name, k -> ids.size());
            asciiId[p] = ids.computeIfAbsent(ascii, k -> ids.size());
            nameInCountry.add(name + "|" + pl.country());
            nameInCountry.add(ascii + "|" + pl.country());
        }
        grid = new UnitGrid(lat, lon, GRID_KM);
        root = PlaceFolding.roots(grid, pop);
    }

    /** The shared preparation of {@code gazetteer}. */
    static PreparedGazetteer of(Gazetteer gazetteer) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(gazetteer, PreparedGazetteer::new);
        }
    }

    /** Id of a matching key, or -1 when no place has that name or ASCII name. */
    int nameId(String key) {
        Integer id = ids.get(key);
        return id == null ? -1 : id;
    }

    /**
     * Gazetteer places whose name or ASCII name has a matching key accepted by {@code wanted}, in gazetteer
     * order.
     */
    List<Integer> placesCalled(java.util.function.Predicate<String> wanted) {
        int[][] by = placesById();
        List<Integer> out = new java.util.ArrayList<>();
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            if (wanted.test(e.getKey())) {
                for (int p : by[e.getValue()]) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out.stream().distinct().toList();
    }

    private int[][] placesById() {
        int[][] by = placesById;
        if (by == null) {
            int[] count = new int[ids.size()];
            for (int p = 0; p < nameId.length; p++) {
                count[nameId[p]]++;
                if (asciiId[p] != nameId[p]) {
                    count[asciiId[p]]++;
                }
            }
            by = new int[ids.size()][];
            for (int i = 0; i < by.length; i++) {
                by[i] = new int[count[i]];
                count[i] = 0;
            }
            for (int p = 0; p < nameId.length; p++) {
                by[nameId[p]][count[nameId[p]]++] = p;
                if (asciiId[p] != nameId[p]) {
                    by[asciiId[p]][count[asciiId[p]]++] = p;
                }
            }
            placesById = by;
        }
        return by;
    }

    /** Whether place {@code p} is called {@code nameId} (by its name or its ASCII name). */
    boolean isCalled(int p, int nameId) {
        return this.nameId[p] == nameId || asciiId[p] == nameId;
    }

    /** Whether some place of {@code country} is called {@code key} (by its name or its ASCII name). */
    boolean hasNameInCountry(String key, String country) {
        return nameInCountry.contains(key + "|" + country);
    }
}
