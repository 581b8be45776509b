package org.clusteratlas.profile;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.snapshot.DocumentKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The profiles of every cluster of one {@link Clustering} (its filter included), and the partner pairs, as
 * computed by {@link ClusterProfiler}. The pass leaves its sums in primitive arrays; a cluster's
 * {@link ClusterProfile} (its lists of organisations, specialisations and partners) is made the first time it
 * is asked for and then kept, so that a clustering of thousands of clusters and hundreds of thousands of
 * (cluster, organisation) pairs costs its pass, not an object per pair. Thread-safe.
 */
public final class ClusterProfiles {
    /** The sums of one pass, indexed as in {@link ClusterProfiler}; organisations and partners by cluster. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    record Sums(int firstYear, int years, double[][] perYear, double[][] yearTotal, int fields,
                List<String> fieldNames, double[][] perField, double[][] fieldTotal, double[] locatedTotal,
                double[] international, int[] orgStart, int[] orgIndex, double[] orgCount,
                List<String> organizationNames, OrganizationOrder organizationOrder, int[] partnerStart, int[] partnerId, double[] partnerShared) {
    }

    private final Clustering clustering;
    private final Sums sums;
    private final ClusterProfile[] made;
    private List<PartnerPair> pairs;

    ClusterProfiles(Clustering clustering, Sums sums) {
        this.clustering = clustering;
        this.sums = sums;
        this.made = new ClusterProfile[clustering.clusterCount()];
    }

    /** The clustering these profiles describe. */
    public Clustering clustering() {
        return clustering;
    }

    public int size() {
        return made.length;
    }

    /** The profile of a cluster id, or null when out of range. */
    public synchronized ClusterProfile of(int clusterId) {
        if (clusterId < 0 || clusterId >= made.length) {
            return null;
        }
        ClusterProfile p = made[clusterId];
        if (p == null) {
            p = make(clusterId);
            made[clusterId] = p;
        }
        return p;
    }

    /**
     * Makes every cluster's profile now (their sorted lists included), so that the lookups that follow, e.g. a
     * table's cells on the FX thread, find them made.
     *
     * @return this
     */
    public synchronized ClusterProfiles makeAll() {
        for (int c = 0; c < made.length; c++) {
            of(c);
        }
        return this;
    }

    /** Every pair of clusters sharing at least one document, most shared first (ties by ids). */
    public synchronized List<PartnerPair> pairs() {
        if (pairs == null) {
            List<PartnerPair> out = new ArrayList<>();
            for (int c = 0; c < made.length; c++) {
                for (int i = sums.partnerStart()[c]; i < sums.partnerStart()[c + 1]; i++) {
                    if (sums.partnerId()[i] > c) {
                        out.add(new PartnerPair(c, sums.partnerId()[i], (int) sums.partnerShared()[i]));
                    }
                }
            }
            out.sort(Comparator.comparingInt(PartnerPair::sharedDocuments).reversed()
                    .thenComparingInt(PartnerPair::first).thenComparingInt(PartnerPair::second));
            pairs = List.copyOf(out);
        }
        return pairs;
    }

    /** Whether the snapshot records organisations at all (else every organisation list is empty by necessity). */
    public boolean hasOrganizations() {
        return !sums.organizationNames().isEmpty();
    }

    private ClusterProfile make(int c) {
        int years = sums.years();
        double[] pat = Arrays.copyOfRange(sums.perYear()[0], c * years, (c + 1) * years);
        double[] pub = Arrays.copyOfRange(sums.perYear()[1], c * years, (c + 1) * years);
        double[] score = new double[years];
        for (int y = 0; y < years; y++) {
            score[y] = share(pat[y], sums.yearTotal()[0][y]) + share(pub[y], sums.yearTotal()[1][y]);
        }
        double patents = sum(pat);
        double publications = sum(pub);
        double output = patents + publications;
        int first = sums.firstYear();
        return new ClusterProfile(c, first, pat, pub, score, Growth.rate(first, pat), Growth.rate(first, pub),
                Growth.rate(first, score), output > 0 ? sums.international()[c] / output : Double.NaN,
                organizations(c), specialisations(c, patents, publications), partners(c));
    }

    /** The cluster's organisations in {@link OrganizationOrder}'s order. */
    private List<OrganizationCount> organizations(int c) {
        int from = sums.orgStart()[c];
        int n = sums.orgStart()[c + 1] - from;
        int[] org = Arrays.copyOfRange(sums.orgIndex(), from, from + n);
        double[] count = Arrays.copyOfRange(sums.orgCount(), from, from + n);
        sums.organizationOrder().sort(org, count, 0, n);
        OrganizationCount[] out = new OrganizationCount[n];
        for (int i = 0; i < n; i++) {
            out[i] = new OrganizationCount(sums.organizationNames().get(org[i]), count[i]);
        }
        return Arrays.asList(out);
    }

    private List<Partner> partners(int c) {
        List<Partner> out = new ArrayList<>(sums.partnerStart()[c + 1] - sums.partnerStart()[c]);
        for (int i = sums.partnerStart()[c]; i < sums.partnerStart()[c + 1]; i++) {
            out.add(new Partner(sums.partnerId()[i], (int) sums.partnerShared()[i]));
        }
        out.sort(Comparator.comparingInt(Partner::sharedDocuments).reversed().thenComparingInt(Partner::clusterId));
        return out;
    }

    /** RTA per (kind, field) for the kinds the cluster has output of and the fields with located output. */
    private List<Specialisation> specialisations(int c, double patents, double publications) {
        List<Specialisation> out = new ArrayList<>();
        double[] clusterCount = {patents, publications};
        int fields = sums.fields();
        for (DocumentKind kind : DocumentKind.values()) {
            int ki = kind.ordinal();
            double located = sums.locatedTotal()[ki];
            if (!(clusterCount[ki] > 0) || !(located > 0)) {
                continue;
            }
            for (int f = 0; f < fields; f++) {
                double all = sums.fieldTotal()[ki][f];
                if (!(all > 0)) {
                    continue;
                }
                double mine = sums.perField()[ki][c * fields + f];
                double rta = (mine / clusterCount[ki]) / (all / located);
                out.add(new Specialisation(kind, sums.fieldNames().get(f), mine, rta));
            }
        }
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
