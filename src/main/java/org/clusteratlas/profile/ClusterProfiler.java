package org.clusteratlas.profile;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.snapshot.DocumentAddresses;
import org.clusteratlas.snapshot.LocationTable;

import java.util.Arrays;

/**
 * Computes every cluster's {@link ClusterProfile} in one pass over the documents and their addresses: a
 * document counts when the clustering's filter accepts its kind, year and field, an address when its location
 * passes the country filter (exactly what {@link LocationTable#weigh} counts, so a cluster's yearly counts add
 * up to its ranking figures; {@link CountingRule}). Costs one read of each address and no allocation per
 * document, plus one more read for the totals the figures are measured against ({@link ProfileTotals}), which
 * {@link ProfileIndex} keeps per filter. One cluster's profile alone reads only its own documents
 * ({@link #profileOf}); thread-safe.
 */
public final class ClusterProfiler {
    private ClusterProfiler() {
    }

    /**
     * Every cluster's profile, in one pass over all documents.
     *
     * @param docs       the snapshot's documents, read against {@code table}
     * @param clustering a clustering of {@code table}
     */
    public static ClusterProfiles profile(DocumentAddresses docs, LocationTable table, Clustering clustering) {
        return profile(docs, table, clustering, ProfileTotals.of(docs, table, clustering.weights().filter()),
                new OrganizationOrder(docs.organizations()));
    }

    /** Every cluster's profile against totals already summed for the clustering's filter. */
    static ClusterProfiles profile(DocumentAddresses docs, LocationTable table, Clustering clustering,
                                   ProfileTotals totals, OrganizationOrder order) {
        check(table, clustering, totals);
        Pass pass = new Pass(docs, table, clustering, totals, order, null, -1);
        pass.run();
        return pass.result();
    }

    /**
     * One cluster's profile from the documents of its member locations only ({@code index}): the same sums as
     * {@link #profile} in the same order, so the same figures bit for bit, at a cost that follows the cluster's
     * documents rather than the snapshot's.
     *
     * @return the profile, or null when {@code cluster} is not a cluster id of {@code clustering}
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    static ClusterProfile profileOf(DocumentAddresses docs, LocationDocuments index, LocationTable table,
                                    Clustering clustering, ProfileTotals totals, OrganizationOrder order,
                                    int cluster) {
        check(table, clustering, totals);
        if (cluster < 0 || cluster >= clustering.clusterCount()) {
            return null;
        }
        Pass pass = new Pass(docs, table, clustering, totals, order, index.documentsOf(clustering, cluster),
                cluster);
        pass.run();
        return pass.result().of(cluster);
    }

    private static void check(LocationTable table, Clustering clustering, ProfileTotals totals) {
        if (clustering.locationCount() != table.size()) {
            throw new IllegalArgumentException("clustering has " + clustering.locationCount() + " locations, table "
                    + table.size());
        }
        if (!totals.filter.equals(clustering.weights().filter())) {
            throw new IllegalArgumentException("totals of another filter");
        }
    }

    /**
     * The accumulators of one pass, indexed [kind][cluster * years + year] and [kind][cluster * fields + field],
     * over all documents or over a list of them. With {@code only} set, only that cluster's sums are kept (the
     * other clusters' would be partial over such a list), but every cluster a document touches is recorded, for
     * {@code only}'s partners.
     */
    private static final class Pass {
        private final DocumentAddresses docs;
        private final LocationTable table;
        private final Clustering clustering;
        private final ProfileTotals totals;
        private final OrganizationOrder order;
        private final CountingRule rule;
        /** Documents to visit, ascending; null for all. */
        private final int[] documents;
        private final int only;
        private final int k;
        private final int fields;
        private final int years;
        private final double[][] perYear;
        private final double[][] perField;
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

        @SuppressWarnings("checkstyle:ParameterNumber")
        Pass(DocumentAddresses docs, LocationTable table, Clustering clustering, ProfileTotals totals,
             OrganizationOrder order, int[] documents, int only) {
            this.docs = docs;
            this.table = table;
            this.clustering = clustering;
            this.totals = totals;
            this.order = order;
            this.rule = totals.rule;
            this.documents = documents;
            this.only = only;
            this.k = clustering.clusterCount();
            this.fields = table.fields().size();
            this.years = rule.years;
            perYear = new double[][] {new double[k * years], new double[k * years]};
            perField = new double[][] {new double[k * fields], new double[k * fields]};
            international = new double[k];
            int addresses = documents == null ? docs.addressCount() : addressesOf(docs, documents);
            int orgCapacity = docs.organizations().isEmpty() ? 0 : addresses;
            orgCluster = new int[orgCapacity];
            orgOf = new int[orgCapacity];
            orgShare = new double[orgCapacity];
            touchCluster = new int[addresses];
            touchFrom = new int[addresses];
            touchTo = new int[addresses];
        }

        private static int addressesOf(DocumentAddresses docs, int[] documents) {
            int n = 0;
            for (int d : documents) {
                n += docs.end(d) - docs.start(d);
            }
            return n;
        }

        void run() {
            int[] lastDocument = new int[k];
            Arrays.fill(lastDocument, -1);
            int n = documents == null ? docs.size() : documents.length;
            for (int i = 0; i < n; i++) {
                int d = documents == null ? i : documents[i];
                int y = rule.yearIndex(docs, d);
                if (y < 0) {
                    continue;
                }
                int kind = docs.kindOrdinal(d);
                int f = docs.field(d);
                boolean abroad = docs.international(d);
                int from = touches;
                for (int a = docs.start(d), end = docs.end(d); a < end; a++) {
                    int l = docs.location(a);
                    if (!rule.counts(l)) {
                        continue;
                    }
                    int c = clustering.clusterOf(l);
                    if (c < 0) {
                        continue;
                    }
                    if (lastDocument[c] != d) {
                        lastDocument[c] = d;
                        touchCluster[touches++] = c;
                    }
                    if (only >= 0 && c != only) {
                        continue;
                    }
                    double s = docs.share(a);
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
                }
                for (int j = from; j < touches; j++) {
                    touchFrom[j] = from;
                    touchTo[j] = touches;
                }
            }
        }

        /** Sized for every address up front: growing arrays of millions of entries costs more than the pass. */
        private void organization(int c, int o, double s) {
            orgCluster[orgEntries] = c;
            orgOf[orgEntries] = o;
            orgShare[orgEntries++] = s;
        }

        /**
         * The sums in primitive arrays: organisations and partners grouped by cluster (compressed rows, dense
         * accumulators per cluster, no hashing), each cluster's profile objects made only when asked for
         * ({@link ClusterProfiles#of}).
         */
        ClusterProfiles result() {
            Grouped orgs = organizations();
            Grouped partners = partners();
            return new ClusterProfiles(clustering, new ClusterProfiles.Sums(rule.firstYear, years, perYear,
                    totals.yearTotal, fields, table.fields(), perField, totals.fieldTotal, totals.locatedTotal,
                    international, orgs.start,
                    orgs.group, orgs.value, docs.organizations(), order, partners.start, partners.group,
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

        /** Whether touch entry {@code i} is of a document shared by two or more clusters, for a cluster kept. */
        private boolean sharedByKeptCluster(int i) {
            return touchTo[i] - touchFrom[i] > 1 && (only < 0 || touchCluster[i] == only);
        }

        /**
         * Each cluster's partners and the documents it shares with each: for every document touching two or
         * more clusters, each of its other clusters (distinct within a document) counts once.
         */
        private Grouped partners() {
            int[] start = new int[k + 1];
            for (int i = 0; i < touches; i++) {
                if (sharedByKeptCluster(i)) {
                    start[touchCluster[i] + 1]++;
                }
            }
            for (int c = 0; c < k; c++) {
                start[c + 1] += start[c];
            }
            int[] fill = Arrays.copyOf(start, k);
            int[] entry = new int[start[k]];
            for (int i = 0; i < touches; i++) {
                if (sharedByKeptCluster(i)) {
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
