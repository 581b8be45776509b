package org.clusteratlas.ui.explorer;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.WeightFilter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the details pane shows about one cluster, computed off the FX thread from the location table's
 * entries of the cluster's member locations under the same filter as the ranking: patents and publications
 * per year, the top places (by the ranking's naming places) and fields with their shares of the cluster's
 * activity. No JavaFX here, so it is tested like the core.
 *
 * @param perYear year to {patents, publications}
 */
public record ClusterDetails(ClusterRow row, TreeMap<Integer, double[]> perYear, List<Share> places,
                             List<Share> fields) {
    /** A name with its share (0..1) of the cluster's activity. */
    public record Share(String name, double share) {
    }

    static final int TOP = 8;

    public static ClusterDetails of(ExplorerResult result, ClusterRow row) {
        Clustering c = result.ranking().clustering();
        PlaceIndex index = result.ranking().placeIndex();
        LocationTable t = index.table();
        WeightFilter f = result.parameters().filter();
        boolean patents = f.kinds().contains(DocumentKind.PATENT);
        boolean pubs = f.kinds().contains(DocumentKind.PUBLICATION);
        TreeMap<Integer, double[]> years = new TreeMap<>();
        Map<Integer, Double> byPlace = new HashMap<>();
        double[] byField = new double[t.fields().size() + 1];
        double total = 0;
        int id = row.clusterId();
        for (int i = 0; i < c.locationCount(); i++) {
            if (c.clusterOf(i) != id) {
                continue;
            }
            if (f.countries() != null && (t.country(i) == null || !f.countries().contains(t.country(i)))) {
                continue;
            }
            double here = 0;
            for (int e = t.entryStart(i); e < t.entryEnd(i); e++) {
                int field = t.entryField(e);
                if (!f.acceptsYear(t.entryYear(e))
                        || (f.fields() != null && (field < 0 || !f.fields().contains(t.fields().get(field))))) {
                    continue;
                }
                boolean patent = t.entryKind(e) == DocumentKind.PATENT;
                if (patent ? !patents : !pubs) {
                    continue;
                }
                double w = t.entryWeight(e);
                years.computeIfAbsent(t.entryYear(e), y -> new double[2])[patent ? 0 : 1] += w;
                byField[field + 1] += w;
                here += w;
            }
            total += here;
            byPlace.merge(index.placeOf(i), here, Double::sum);
        }
        List<Share> places = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : byPlace.entrySet()) {
            int p = e.getKey();
            String country = p < 0 ? null : index.placeCountry(p);
            String name = p < 0 ? "(unnamed places)" : index.placeName(p) + (country == null ? "" : ", " + country);
            places.add(new Share(name, total > 0 ? e.getValue() / total : 0));
        }
        List<Share> fields = new ArrayList<>();
        for (int k = 0; k < byField.length; k++) {
            if (byField[k] > 0) {
                fields.add(new Share(k == 0 ? "(no field)" : t.fields().get(k - 1), byField[k] / total));
            }
        }
        return new ClusterDetails(row, years, top(places), top(fields));
    }

    private static List<Share> top(List<Share> all) {
        all.sort(Comparator.comparingDouble(Share::share).reversed().thenComparing(Share::name));
        return List.copyOf(all.subList(0, Math.min(TOP, all.size())));
    }
}
