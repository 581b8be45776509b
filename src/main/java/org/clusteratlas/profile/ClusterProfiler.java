package org.clusteratlas.profile;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.snapshot.DocumentAddresses;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.WeightFilter;

import java.util.Arrays;
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
        /** (cluster, organisation, share) of every counted address with an organisation, in document order. */
        private final int[] orgCluster;
        private final int[] orgOf;
        private final double[] orgShare;
        private int orgEntries;
        /**
         * The clusters each counted document touches, once each, in document order; {@code touchFrom/touchTo}
         * give every entry the range of its document's entries (its partners are the others in it).
         */
        private final int[] touchCluster;
        private final int[] touchFrom;
        private final int[] touchTo;
        private int touches;

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
            int orgCapacity = docs.organizations().isEmpty() ? 0 : docs.addressCount();
            orgCluster = new int[orgCapacity];
            orgOf = new int[orgCapacity];
            orgShare = new double[orgCapacity];
            touchCluster = new int[docs.addressCount()];
            touchFrom = new int[docs.addressCount()];
            touchTo = new int[docs.addressCount()];
        }

        void run() {
            boolean[] kindOk = new boolean[2];
            for (DocumentKind kind : filter.kinds()) {
                kindOk[kind.ordinal()] = true;
            }
            boolean[] fieldOk = accepted(filter.fields(), table.fields());
            boolean[] countryOk = accepted(filter.countries(), table.countries());
            int[] lastDocument = new int[k];
            Arrays.fill(lastDocument, -1);
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
                int from = touches;
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
                    int o = docs.organization(a);
                    if (o >= 0) {
                        organization(c, o, s);
                    }
                    perYear[kind][c * years + y] += s;
                    if (f >= 0) {
                        perField[kind][c * fields + f] += s;
                    }
                    if (abroad) {
                        international[c] += s;
                    }
                    if (lastDocument[c] != d) {
                        lastDocument[c] = d;
                        touchCluster[touches++] = c;
                    }
                }
                for (int i = from; i < touches; i++) {
                    touchFrom[i] = from;
                    touchTo[i] = touches;
                }
            }
        }

        /** Sized for every address up front: growing arrays of millions of entries costs more than the pass. */
        private void organization(int c, int o, double s) {
            orgCluster[orgEntries] = c;
            orgOf[orgEntries] = o;
            orgShare[orgEntries++] = s;
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

        /**
         * The sums in primitive arrays: organisations and partners grouped by cluster (compressed rows, dense
         * accumulators per cluster, no hashing), each cluster's profile objects made only when asked for
         * ({@link ClusterProfiles#of}).
         */
        ClusterProfiles result() {
            Grouped orgs = organizations();
            Grouped partners = partners();
            return new ClusterProfiles(clustering, new ClusterProfiles.Sums(firstYear, years, perYear, yearTotal,
                    fields, table.fields(), perField, fieldTotal, locatedTotal, international, orgs.start,
                    orgs.group, orgs.value, docs.organizations(), partners.start, partners.group,
                    partners.value));
        }

        /** Values per (cluster, group), by cluster: compressed rows. */
        private record Grouped(int[] start, int[] group, double[] value) {
        }

        /** Each cluster's fractional count per organisation: the organisation entries regrouped by cluster. */
        private Grouped organizations() {
            int orgCount = docs.organizations().size();
            int[] start = new int[k + 1];
            if (orgCount == 0) {
                return new Grouped(start, new int[0], new double[0]);
            }
            for (int i = 0; i < orgEntries; i++) {
                start[orgCluster[i] + 1]++;
            }
            for (int c = 0; c < k; c++) {
                start[c + 1] += start[c];
            }
            int[] fill = Arrays.copyOf(start, k);
            int[] org = new int[orgEntries];
            double[] share = new double[orgEntries];
            for (int i = 0; i < orgEntries; i++) {
                int p = fill[orgCluster[i]]++;
                org[p] = orgOf[i];
                share[p] = orgShare[i];
            }
            double[] acc = new double[orgCount];
            int[] touched = new int[Math.min(orgCount, Math.max(1, org.length))];
            int[] outStart = new int[k + 1];
            int[] outOrg = new int[org.length];
            double[] outCount = new double[org.length];
            int m = 0;
            for (int c = 0; c < k; c++) {
                int t = 0;
                for (int i = start[c]; i < start[c + 1]; i++) {
                    if (acc[org[i]] == 0) {
                        touched[t++] = org[i];
                    }
                    acc[org[i]] += share[i];
                }
                for (int j = 0; j < t; j++) {
                    outOrg[m] = touched[j];
                    outCount[m++] = acc[touched[j]];
                    acc[touched[j]] = 0;
                }
                outStart[c + 1] = m;
            }
            return new Grouped(outStart, Arrays.copyOf(outOrg, m), Arrays.copyOf(outCount, m));
        }

        /**
         * Each cluster's partners and the documents it shares with each: for every document touching two or
         * more clusters, each of its other clusters (distinct within a document) counts once.
         */
        private Grouped partners() {
            int[] start = new int[k + 1];
            for (int i = 0; i < touches; i++) {
                if (touchTo[i] - touchFrom[i] > 1) {
                    start[touchCluster[i] + 1]++;
                }
            }
            for (int c = 0; c < k; c++) {
                start[c + 1] += start[c];
            }
            int[] fill = Arrays.copyOf(start, k);
            int[] entry = new int[start[k]];
            for (int i = 0; i < touches; i++) {
                if (touchTo[i] - touchFrom[i] > 1) {
                    entry[fill[touchCluster[i]]++] = i;
                }
            }
            int[] count = new int[k];
            int[] touched = new int[Math.max(1, k)];
            int[] outStart = new int[k + 1];
            int[] outPartner = new int[16];
            double[] outShared = new double[16];
            int m = 0;
            for (int c = 0; c < k; c++) {
                int t = 0;
                for (int i = start[c]; i < start[c + 1]; i++) {
                    int e = entry[i];
                    for (int j = touchFrom[e]; j < touchTo[e]; j++) {
                        int other = touchCluster[j];
                        if (other != c && count[other]++ == 0) {
                            touched[t++] = other;
                        }
                    }
                }
                if (m + t > outPartner.length) {
                    outPartner = Arrays.copyOf(outPartner, Math.max(m + t, 2 * outPartner.length));
                    outShared = Arrays.copyOf(outShared, outPartner.length);
                }
                for (int j = 0; j < t; j++) {
                    outPartner[m] = touched[j];
                    outShared[m++] = count[touched[j]];
                    count[touched[j]] = 0;
                }
                outStart[c + 1] = m;
            }
            return new Grouped(outStart, Arrays.copyOf(outPartner, m), Arrays.copyOf(outShared, m));
        }
    }
}
