package org.clusteratlas.rank;

import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Sphere;
import org.clusteratlas.snapshot.LocationTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the arrays a {@link PlaceIndex} answers from: it names each location after a place, folds places
 * into bigger neighbours, gives each location its country and US state, groups the locations by zone and
 * lists each population place's nearby locations. Kept apart from {@link PlaceIndex} because this is the
 * one costly pass (once per {@link LocationTable}), with its own scratch state, while the index that comes
 * out of it is immutable and only looked up; the rules it applies are those {@link PlaceIndex} documents.
 * Used once: {@link PlaceIndex#build} makes one, reads its fields and drops it.
 */
final class PlaceIndexBuilder {
    final LocationTable table;
    final PlaceColumns places;
    final PreparedGazetteer prepared;
    final int gazetteerPlaces;

    final int[] placeOfLocation;
    final List<String> countries = new ArrayList<>();
    final int[] countryOfLocation;
    final List<String> states = new ArrayList<>();
    final int[] stateOfLocation;

    final PlaceIndex.Groups byZone;
    /** The unit vectors of byZone's members in member order (see PlaceIndex's field of that name). */
    final double[] zoneMemberVectors;
    final int[] zonePlace;
    final int[] zoneCountry;
    final int[] zoneState;
    final PlaceIndex.Groups footprint;
    final double[] ux;
    final double[] uy;
    final double[] uz;

    PlaceIndexBuilder(LocationTable table, Gazetteer gazetteer, double[][] unitVectors) {
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
        byZone = PlaceIndex.Groups.of(zoneOf, zones.size());
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
     * nearest place before folding, and {@code near} with the population places within
     * {@link PlaceIndex#FOOTPRINT_KM}. A label the gazetteer does not know (near the location, or in its
     * country) becomes a place of its own.
     */
    private int[] resolvePlaces(PreparedGazetteer prep, int[] nearestOf, NearbyPairs near) {
        int n = table.size();
        int[] placeOf = new int[n];
        double capChord2 = sq(Sphere.chordForKm(PlaceIndex.NEAREST_MAX_KM));
        double labelChord2 = sq(Sphere.chordForKm(PlaceIndex.LABEL_MAX_KM));
        double footChord2 = sq(Sphere.chordForKm(PlaceIndex.FOOTPRINT_KM));
        UnitGrid grid = prep.grid;
        int[] root = prep.root;
        CubeCandidates candidates = new CubeCandidates(grid, PlaceIndex.NEAREST_MAX_KM);
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
        double r = PlaceIndex.urbanRadiusKm(places.population(city));
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
    private static PlaceIndex.Groups footprint(NearbyPairs near, int placeCount) {
        double footChord2 = sq(Sphere.chordForKm(PlaceIndex.FOOTPRINT_KM));
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
        return new PlaceIndex.Groups(start, members);
    }

    private static double sq(double v) {
        return v * v;
    }
}
