package org.clusteratlas.rank;

import org.clusteratlas.cluster.BalancedChunks;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.rank.ClusterRow.RankStatus;
import org.clusteratlas.snapshot.LocationWeights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a {@link Clustering} into a GII-style {@link Ranking}: shares of the whole filtered snapshot,
 * names, economies, approximate population and intensity, centroid, and rank changes against a reference.
 * Costs a few linear passes over the locations (no allocation per location), so it can run on every
 * slider move; build it once per {@link PlaceIndex}. Thread-safe.
 */
public final class Ranker {
    /** Clusters below this approximate population get no intensity rank. */
    public static final long POPULATION_FLOOR = 250_000;

    /** Score desc, then patent share desc, then name, then cluster id (total order, reproducible). */
    static final Comparator<ClusterRow> ORDER = Comparator.comparingDouble(ClusterRow::score).reversed()
            .thenComparing(Comparator.comparingDouble(ClusterRow::patentShare).reversed())
            .thenComparing(ClusterRow::name)
            .thenComparingInt(ClusterRow::clusterId);

    private final PlaceIndex index;
    /**
     * The activity of each zone member under the last weights ranked: a slider move keeps the filter, hence
     * the weights, so the pass by zone reads it in sequence instead of two weights per location at random.
     */
    private volatile MemberActivity lastActivity;

    public Ranker(PlaceIndex index) {
        this.index = index;
    }

    public PlaceIndex placeIndex() {
        return index;
    }

    /** Ranks without a reference (no rank changes). */
    public Ranking rank(Clustering clustering) {
        return rank(clustering, null);
    }

    /**
     * @param reference an earlier ranking over the same location table (another year window or pinned
     *                  parameters), or null
     */
    public Ranking rank(Clustering clustering, Ranking reference) {
        int n = clustering.locationCount();
        if (n != index.table().size()) {
            throw new IllegalArgumentException("clustering has " + n + " locations, place index "
                    + index.table().size());
        }
        int k = clustering.clusterCount();
        LocationWeights w = clustering.weights();
        double totP = w.totalPatents();
        double totQ = w.totalPublications();
        // one pass over all locations, by zone: cluster sums, centroids, and activity per (cluster, zone)
        Sums sums = new Sums(k);
        PerCluster zones = PerCluster.of(index, clustering, activity(w), sums);
        double[] clusterAct = sums.activity;
        int[] count = sums.count;
        PerCluster places = zones.regroup(index.zonePlace(), index.placeCount());
        PerCluster countries = zones.regroup(index.zoneCountry(), index.countries().size());
        PerCluster states = zones.regroup(index.zoneState(), index.stateCount());
        long[] population = population(clustering);

        ClusterMatch match = reference == null ? null : ClusterMatcher.match(clustering, reference.clustering());
        List<ClusterRow> rows = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            // only parts that can be named or listed become objects: the rest cannot change the result
            List<ClusterNamer.Part> placeParts = new ArrayList<>();
            double placeFloor = places.floor(c, ClusterNamer.NAME_SHARE * clusterAct[c]);
            for (int e = places.start[c]; e < places.start[c + 1]; e++) {
                if (places.value[e] >= placeFloor) {
                    int p = places.group[e];
                    placeParts.add(new ClusterNamer.Part(index.placeName(p), index.placeCountry(p),
                            index.placeAdmin1(p), index.placePopulation(p), p, places.value[e]));
                }
            }
            List<ClusterNamer.Part> stateParts = parts(states, c, true, clusterAct[c]);
            List<ClusterNamer.Part> countryParts = parts(countries, c, false, clusterAct[c]);
            boolean weighted = clusterAct[c] > 0;
            double cx = weighted ? sums.sx[c] : sums.ex[c];
            double cy = weighted ? sums.sy[c] : sums.ey[c];
            double cz = weighted ? sums.sz[c] : sums.ez[c];
            double lat = Math.toDegrees(Math.atan2(cz, Math.hypot(cx, cy))) + 0.0; // no -0.0 in exports
            double lon = Math.toDegrees(Math.atan2(cy, cx)) + 0.0;
            String name = ClusterNamer.name(placeParts, stateParts, clusterAct[c]);
            if (name == null) {
                name = String.format(java.util.Locale.ROOT, "Cluster at %.2f, %.2f", lat, lon);
            }
            String economies = String.join("/", ClusterNamer.regions(countryParts, clusterAct[c]));
            double patents = clustering.patents(c);
            double pubs = clustering.publications(c);
            double patentShare = totP > 0 ? 100.0 * patents / totP : 0;
            double pubShare = totQ > 0 ? 100.0 * pubs / totQ : 0;
            long pop = population[c];
            double intensity = pop > 0 ? (patents + pubs) / (pop / 1e6) : Double.NaN;
            RankStatus status = RankStatus.NOT_COMPARED;
            Integer previous = null;
            if (match != null) {
                int r = match.bestReference(c);
                status = r < 0 ? RankStatus.NEW : RankStatus.MATCHED;
                previous = r < 0 ? null : reference.row(r).rank();
            }
            rows.add(new ClusterRow(0, c, name, economies, patents, pubs, patentShare, pubShare,
                    patentShare + pubShare, pop, intensity, null, lat, lon, count[c], status, previous));
        }
        rows.sort(ORDER);
        Integer[] intensityOrder = intensityRanks(rows);
        List<ClusterRow> ranked = new ArrayList<>(k);
        for (int r = 0; r < rows.size(); r++) {
            ClusterRow x = rows.get(r);
            ranked.add(new ClusterRow(r + 1, x.clusterId(), x.name(), x.economies(), x.patents(), x.publications(),
                    x.patentShare(), x.publicationShare(), x.score(), x.population(), x.intensity(),
                    intensityOrder[r], x.lat(), x.lon(), x.locations(), x.status(), x.previousRank()));
        }
        List<ClusterRow> vanished = new ArrayList<>();
        if (match != null) {
            for (int r : match.vanishedClusters()) {
                vanished.add(reference.row(r));
            }
            vanished.sort(Comparator.comparingInt(ClusterRow::rank));
        }
        return new Ranking(clustering, index, ranked, vanished, match != null);
    }

    /** The activity of each member of {@link PlaceIndex#byZone()} under these weights (the last one is kept). */
    private double[] activity(LocationWeights w) {
        MemberActivity last = lastActivity;
        if (last != null && last.weights == w) {
            return last.byMember;
        }
        double[] pat = w.patents();
        double[] pub = w.publications();
        double fp = w.totalPatents() > 0 ? 1 / w.totalPatents() : 0;
        double fq = w.totalPublications() > 0 ? 1 / w.totalPublications() : 0;
        int[] members = index.byZone().members();
        double[] a = new double[members.length];
        for (int e = 0; e < members.length; e++) {
            int i = members[e];
            a[e] = pat[i] * fp + pub[i] * fq;
        }
        lastActivity = new MemberActivity(w, a);
        return a;
    }

    /** A location's activity is its share of all patents plus its share of all publications (the score's units). */
    private record MemberActivity(LocationWeights weights, double[] byMember) {
    }

    /** Per-cluster totals gathered in the same pass as the zone activities. */
    static final class Sums {
        final double[] activity;
        final double[] sx;
        final double[] sy;
        final double[] sz;
        final double[] ex;
        final double[] ey;
        final double[] ez;
        final int[] count;

        Sums(int k) {
            activity = new double[k];
            sx = new double[k];
            sy = new double[k];
            sz = new double[k];
            ex = new double[k];
            ey = new double[k];
            ez = new double[k];
            count = new int[k];
        }
    }

    private List<ClusterNamer.Part> parts(PerCluster pc, int c, boolean states, double total) {
        List<ClusterNamer.Part> out = new ArrayList<>();
        double floor = pc.floor(c, ClusterNamer.REGION_SHARE * total);
        for (int e = pc.start[c]; e < pc.start[c + 1]; e++) {
            if (pc.value[e] < floor) {
                continue;
            }
            int g = pc.group[e];
            String code = states ? index.state(g) : index.country(g);
            out.add(new ClusterNamer.Part(code, states ? "US" : code, states ? code : null, 0, g, pc.value[e]));
        }
        return out;
    }

    /** Each footprint place counts once, for the cluster of its nearest clustered location within reach. */
    private long[] population(Clustering clustering) {
        long[] pop = new long[clustering.clusterCount()];
        PlaceIndex.Groups f = index.footprint();
        for (int p = 0; p < f.count(); p++) {
            for (int t = f.start()[p]; t < f.start()[p + 1]; t++) {
                int c = clustering.clusterOf(f.members()[t]);
                if (c >= 0) {
                    pop[c] += index.placePopulation(p);
                    break;
                }
            }
        }
        return pop;
    }

    private static Integer[] intensityRanks(List<ClusterRow> rows) {
        Integer[] out = new Integer[rows.size()];
        List<Integer> eligible = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).population() >= POPULATION_FLOOR) {
                eligible.add(r);
            }
        }
        eligible.sort(Comparator.comparingDouble((Integer r) -> rows.get(r).intensity()).reversed()
                .thenComparingInt(r -> r));
        for (int i = 0; i < eligible.size(); i++) {
            out[eligible.get(i)] = i + 1;
        }
        return out;
    }

    /** Activity of each (cluster, group) pair, grouped by cluster: compressed rows without hashing. */
    static final class PerCluster {
        final int[] start;
        final int[] group;
        final double[] value;

        private PerCluster(int[] start, int[] group, double[] value) {
            this.start = start;
            this.group = group;
            this.value = value;
        }

        /** Sums the entries of each cluster per {@code groupOf[group]} (skipping -1): same clusters, coarser groups. */
        PerCluster regroup(int[] groupOf, int groupCount) {
            int k = start.length - 1;
            double[] acc = new double[groupCount];
            boolean[] seen = new boolean[groupCount];
            int[] touched = new int[Math.max(1, groupCount)];
            int[] cs = new int[k + 1];
            int[] grp = new int[group.length];
            double[] val = new double[group.length];
            int m = 0;
            for (int c = 0; c < k; c++) {
                int t = 0;
                for (int e = start[c]; e < start[c + 1]; e++) {
                    int g = groupOf[group[e]];
                    if (g < 0) {
                        continue;
                    }
                    if (!seen[g]) {
                        seen[g] = true;
                        touched[t++] = g;
                    }
                    acc[g] += value[e];
                }
                for (int j = 0; j < t; j++) {
                    int g = touched[j];
                    grp[m] = g;
                    val[m] = acc[g];
                    m++;
                    acc[g] = 0;
                    seen[g] = false;
                }
                cs[c + 1] = m;
            }
            return new PerCluster(cs, Arrays.copyOf(grp, m), Arrays.copyOf(val, m));
        }

        /** The smaller of {@code threshold} and the cluster's largest value: parts below it are never named. */
        double floor(int c, double threshold) {
            double max = 0;
            for (int e = start[c]; e < start[c + 1]; e++) {
                max = Math.max(max, value[e]);
            }
            return Math.min(max, threshold);
        }

        /** Per thread: the cluster of each zone member, reused from one ranking to the next (it is 2.7 MB at 60M). */
        private static final ThreadLocal<int[]> MEMBER_CLUSTERS = ThreadLocal.withInitial(() -> new int[0]);

        /**
         * The cluster of each zone member, gathered on all cores: the members are in zone order, the clusters in
         * the table's, so each read is a cache miss at GII scale, and the pass by zone that follows reads the
         * gathered array in order (the same values in the same order as reading the clustering itself).
         */
        private static int[] clustersOfMembers(int[] members, Clustering clustering) {
            int[] out = MEMBER_CLUSTERS.get();
            if (out.length < members.length) {
                out = new int[members.length];
                MEMBER_CLUSTERS.set(out);
            }
            int[] into = out;
            int chunk = 16_384;
            BalancedChunks.forEach((members.length + chunk - 1) / chunk, ch -> {
                for (int e = ch * chunk, end = Math.min(members.length, e + chunk); e < end; e++) {
                    into[e] = clustering.clusterOf(members[e]);
                }
            });
            return into;
        }

        /**
         * Activity of each (cluster, zone) pair, from the activity of each zone member ({@link #activity});
         * the same pass fills the cluster sums.
         */
        static PerCluster of(PlaceIndex index, Clustering clustering, double[] activity, Sums sums) {
            PlaceIndex.Groups groups = index.byZone();
            double[] v = index.zoneMemberVectors();
            int k = clustering.clusterCount();
            double[] acc = new double[k];
            boolean[] seen = new boolean[k];
            int[] touched = new int[Math.max(1, k)];
            int[] outCluster = new int[16];
            int[] outGroup = new int[16];
            double[] outValue = new double[16];
            int m = 0;
            int[] start = groups.start();
            int[] members = groups.members();
            int[] clusterOfMember = clustersOfMembers(members, clustering);
            for (int g = 0; g < groups.count(); g++) {
                int t = 0;
                for (int e = start[g]; e < start[g + 1]; e++) {
                    int c = clusterOfMember[e];
                    if (c < 0) {
                        continue;
                    }
                    if (!seen[c]) {
                        seen[c] = true;
                        touched[t++] = c;
                    }
                    double a = activity[e];
                    double x = v[3 * e];
                    double y = v[3 * e + 1];
                    double z = v[3 * e + 2];
                    acc[c] += a;
                    sums.activity[c] += a;
                    sums.sx[c] += a * x;
                    sums.sy[c] += a * y;
                    sums.sz[c] += a * z;
                    sums.ex[c] += x;
                    sums.ey[c] += y;
                    sums.ez[c] += z;
                    sums.count[c]++;
                }
                for (int j = 0; j < t; j++) {
                    int c = touched[j];
                    if (m == outCluster.length) {
                        outCluster = Arrays.copyOf(outCluster, m * 2);
                        outGroup = Arrays.copyOf(outGroup, m * 2);
                        outValue = Arrays.copyOf(outValue, m * 2);
                    }
                    outCluster[m] = c;
                    outGroup[m] = g;
                    outValue[m] = acc[c];
                    m++;
                    acc[c] = 0;
                    seen[c] = false;
                }
            }
            int[] cs = new int[k + 1];
            for (int j = 0; j < m; j++) {
                cs[outCluster[j] + 1]++;
            }
            for (int c = 0; c < k; c++) {
                cs[c + 1] += cs[c];
            }
            int[] fill = Arrays.copyOf(cs, k);
            int[] grp = new int[m];
            double[] val = new double[m];
            for (int j = 0; j < m; j++) {
                int pos = fill[outCluster[j]]++;
                grp[pos] = outGroup[j];
                val[pos] = outValue[j];
            }
            return new PerCluster(cs, grp, val);
        }
    }
}
