package org.clusteratlas.profile;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.snapshot.DocumentAddresses;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LongDoubleAccumulator;
import org.clusteratlas.snapshot.WeightFilter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Computes every cluster's {@link ClusterProfile} in one pass over the documents and their addresses: a
 * document counts when the clustering's filter accepts its kind, year and field, an address when its location
 * passes the country filter (exactly what {@link LocationTable#weigh} counts, so a cluster's yearly counts add
 * up to its ranking figures). Costs one read of each address and no allocation per document; thread-safe.
 */
public final class ClusterProfiler {
    private ClusterProfiler() {
    }

    /**
     * @param docs       the snapshot's documents, read against {@code table}
     * @param clustering a clustering of {@code table}
     */
    public static ClusterProfiles profile(DocumentAddresses docs, LocationTable table, Clustering clustering) {
        if (clustering.locationCount() != table.size()) {
            throw new IllegalArgumentException("clustering has " + clustering.locationCount() + " locations, table "
                    + table.size());
        }
        Pass pass = new Pass(docs, table, clustering);
        pass.run();
        return pass.result();
    }

    /** The accumulators of one pass, indexed [kind][cluster * years + year] and [kind][cluster * fields + field]. */
    private static final class Pass {
        private final DocumentAddresses docs;
        private final LocationTable table;
        private final Clustering clustering;
        private final WeightFilter filter;
        private final int k;
        private final int fields;
        private final int firstYear;
        private final int years;
        private final double[][] perYear;
        private final double[][] yearTotal;
        private final double[][] perField;
        private final double[][] fieldTotal;
        private final double[] locatedTotal = new double[2];
        private final double[] international;
        private final LongDoubleAccumulator organizations = new LongDoubleAccumulator();
        private final LongDoubleAccumulator pairs = new LongDoubleAccumulator();

        Pass(DocumentAddresses docs, LocationTable table, Clustering clustering) {
            this.docs = docs;
            this.table = table;
            this.clustering = clustering;
            this.filter = clustering.weights().filter();
            this.k = clustering.clusterCount();
            this.fields = table.fields().size();
            int from = Math.max(filter.yearFrom(), table.minYear());
            int to = Math.min(filter.yearTo(), table.maxYear());
            this.firstYear = from;
            this.years = Math.max(0, to - from + 1);
            perYear = new double[][] {new double[k * years], new double[k * years]};
            yearTotal = new double[][] {new double[years], new double[years]};
            perField = new double[][] {new double[k * fields], new double[k * fields]};
            fieldTotal = new double[][] {new double[fields], new double[fields]};
            international = new double[k];
        }

        void run() {
            boolean[] kindOk = new boolean[2];
            for (DocumentKind kind : filter.kinds()) {
                kindOk[kind.ordinal()] = true;
            }
            boolean[] fieldOk = accepted(filter.fields(), table.fields());
            boolean[] countryOk = accepted(filter.countries(), table.countries());
            int[] touched = new int[8];
            for (int d = 0, n = docs.size(); d < n; d++) {
                int kind = docs.kindOrdinal(d);
                int y = docs.year(d) - firstYear;
                int f = docs.field(d);
                if (!kindOk[kind] || y < 0 || y >= years || (fieldOk != null && (f < 0 || !fieldOk[f]))) {
                    continue;
                }
                if (countryOk == null) {
                    yearTotal[kind][y] += docs.unlocated(d);
                }
                boolean abroad = docs.international(d);
                int t = 0;
                for (int a = docs.start(d), end = docs.end(d); a < end; a++) {
                    int l = docs.location(a);
                    if (countryOk != null) {
                        int ci = table.countryIndex(l);
                        if (ci < 0 || !countryOk[ci]) {
                            continue;
                        }
                    }
                    double s = docs.share(a);
                    yearTotal[kind][y] += s;
                    locatedTotal[kind] += s;
                    if (f >= 0) {
                        fieldTotal[kind][f] += s;
                    }
                    int c = clustering.clusterOf(l);
                    if (c < 0) {
                        continue;
                    }
                    perYear[kind][c * years + y] += s;
                    if (f >= 0) {
                        perField[kind][c * fields + f] += s;
                    }
                    if (abroad) {
                        international[c] += s;
                    }
                    int o = docs.organization(a);
                    if (o >= 0) {
                        organizations.add(((long) c << 32) | o, s);
                    }
                    if (!contains(touched, t, c)) {
                        if (t == touched.length) {
                            touched = Arrays.copyOf(touched, t * 2);
                        }
                        touched[t++] = c;
                    }
                }
                for (int i = 0; i < t; i++) {
                    for (int j = i + 1; j < t; j++) {
                        int lo = Math.min(touched[i], touched[j]);
                        int hi = Math.max(touched[i], touched[j]);
                        pairs.add(((long) lo << 32) | hi, 1);
                    }
                }
            }
        }

        private static boolean contains(int[] a, int n, int v) {
            for (int i = 0; i < n; i++) {
                if (a[i] == v) {
                    return true;
                }
            }
            return false;
        }

        private static boolean[] accepted(Set<String> wanted, List<String> names) {
            if (wanted == null) {
                return null;
            }
            boolean[] ok = new boolean[names.size()];
            for (int i = 0; i < ok.length; i++) {
                ok[i] = wanted.contains(names.get(i));
            }
            return ok;
        }

        ClusterProfiles result() {
            List<List<OrganizationCount>> orgs = organizationLists();
            List<List<Partner>> partners = new ArrayList<>(k);
            for (int c = 0; c < k; c++) {
                partners.add(new ArrayList<>());
            }
            List<PartnerPair> pairList = new ArrayList<>(pairs.size());
            for (long key : pairs.sortedKeys()) {
                int a = (int) (key >>> 32);
                int b = (int) key;
                int shared = (int) Math.round(pairs.get(key));
                pairList.add(new PartnerPair(a, b, shared));
                partners.get(a).add(new Partner(b, shared));
                partners.get(b).add(new Partner(a, shared));
            }
            Comparator<Partner> byShared = Comparator.comparingInt(Partner::sharedDocuments).reversed()
                    .thenComparingInt(Partner::clusterId);
            partners.forEach(p -> p.sort(byShared));
            pairList.sort(Comparator.comparingInt(PartnerPair::sharedDocuments).reversed()
                    .thenComparingInt(PartnerPair::first).thenComparingInt(PartnerPair::second));
            ClusterProfile[] out = new ClusterProfile[k];
            for (int c = 0; c < k; c++) {
                double[] pat = Arrays.copyOfRange(perYear[0], c * years, (c + 1) * years);
                double[] pub = Arrays.copyOfRange(perYear[1], c * years, (c + 1) * years);
                double[] score = new double[years];
                for (int y = 0; y < years; y++) {
                    score[y] = share(pat[y], yearTotal[0][y]) + share(pub[y], yearTotal[1][y]);
                }
                double output = sum(pat) + sum(pub);
                out[c] = new ClusterProfile(c, firstYear, pat, pub, score, Growth.rate(firstYear, pat),
                        Growth.rate(firstYear, pub), Growth.rate(firstYear, score),
                        output > 0 ? international[c] / output : Double.NaN, orgs.get(c),
                        specialisations(c, sum(pat), sum(pub)), partners.get(c));
            }
            return new ClusterProfiles(clustering, out, pairList, !docs.organizations().isEmpty());
        }

        private List<Specialisation> specialisations(int c, double patents, double publications) {
            List<Specialisation> out = new ArrayList<>();
            double[] clusterCount = {patents, publications};
            for (DocumentKind kind : DocumentKind.values()) {
                int ki = kind.ordinal();
                if (!(clusterCount[ki] > 0) || !(locatedTotal[ki] > 0)) {
                    continue;
                }
                for (int f = 0; f < fields; f++) {
                    double all = fieldTotal[ki][f];
                    if (!(all > 0)) {
                        continue;
                    }
                    double mine = perField[ki][c * fields + f];
                    double rta = (mine / clusterCount[ki]) / (all / locatedTotal[ki]);
                    out.add(new Specialisation(kind, table.fields().get(f), mine, rta));
                }
            }
            return out;
        }

        private List<List<OrganizationCount>> organizationLists() {
            List<List<OrganizationCount>> out = new ArrayList<>(k);
            for (int c = 0; c < k; c++) {
                out.add(new ArrayList<>());
            }
            List<String> names = docs.organizations();
            for (long key : organizations.sortedKeys()) {
                out.get((int) (key >>> 32)).add(new OrganizationCount(names.get((int) key), organizations.get(key)));
            }
            Comparator<OrganizationCount> order = Comparator.comparingDouble(OrganizationCount::count).reversed()
                    .thenComparing(OrganizationCount::name);
            out.forEach(l -> l.sort(order));
            return out;
        }

        private static double share(double part, double total) {
            return total > 0 ? 100.0 * part / total : 0;
        }

        private static double sum(double[] a) {
            double s = 0;
            for (double v : a) {
                s += v;
            }
            return s;
        }
    }
}
