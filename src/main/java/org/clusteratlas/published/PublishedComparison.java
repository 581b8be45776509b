package org.clusteratlas.published;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A published ranking set beside a computed one. Each published row is matched to the computed cluster
 * holding the places its name lists:
 * <ol>
 *   <li>each city of the name ({@link PublishedNames}) is looked up in the gazetteer among the places of
 *       the row's economies (and US state, when the name gives one); the most populous such place that lies
 *       inside a computed cluster ({@link PlaceIndex#clusterAt}: nearest clustered location within
 *       {@link PlaceIndex#FOOTPRINT_KM}) says where the city is;</li>
 *   <li>the row's candidate clusters are those holding at least one of its cities;</li>
 *   <li>rows and clusters are paired one to one, strongest pair first: more of the row's cities in the
 *       cluster, then more economies in common (the tie-break), then the better published rank, then the
 *       better computed rank.</li>
 * </ol>
 * Agreement is measured over the matched pairs: Kendall's tau (tau-b) between published and computed
 * ranks, and the overlap of the two top tens; unmatched rows of either side are listed. Immutable.
 */
public final class PublishedComparison {
    /** The top-N overlap is taken over this many rows. */
    public static final int TOP = 10;

    private final PublishedRanking published;
    private final List<PublishedMatch> matches;
    private final Map<Integer, PublishedMatch> byCluster;
    private final List<ClusterRow> unmatchedComputed;

    private PublishedComparison(PublishedRanking published, List<PublishedMatch> matches,
                                List<ClusterRow> unmatchedComputed) {
        this.published = published;
        this.matches = List.copyOf(matches);
        Map<Integer, PublishedMatch> m = new HashMap<>();
        for (PublishedMatch x : matches) {
            if (x.matched()) {
                m.put(x.computed().clusterId(), x);
            }
        }
        this.byCluster = Map.copyOf(m);
        this.unmatchedComputed = List.copyOf(unmatchedComputed);
    }

    /** Matches a published ranking to a computed one (a few linear passes over the locations per city). */
    public static PublishedComparison of(PublishedRanking published, Ranking ranking) {
        PlaceIndex index = ranking.placeIndex();
        Clustering clustering = ranking.clustering();
        List<PublishedRow> rows = published.rows();
        Map<Integer, Integer> clusterOfPlace = new HashMap<>();
        List<List<PublishedNames.City>> cities = new ArrayList<>();
        List<List<Integer>> found = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        record Pair(int row, int cluster, int cities, int economies, int publishedRank, int computedRank) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PublishedRow row = rows.get(i);
            List<PublishedNames.City> cs = PublishedNames.cities(row.name());
            List<Integer> where = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (PublishedNames.City city : cs) {
                List<Integer> candidates = candidates(index, city, row.economies());
                if (candidates.isEmpty()) {
                    unknown.add(city.name());
                }
                int c = -1;
                for (int p : candidates) {
                    c = clusterOfPlace.computeIfAbsent(p,
                            q -> index.clusterAt(clustering, index.placeLat(q), index.placeLon(q)));
                    if (c >= 0) {
                        break;
                    }
                }
                where.add(c);
            }
            cities.add(cs);
            found.add(where);
            Map<Integer, Integer> count = new TreeMap<>();
            for (int c : where) {
                if (c >= 0) {
                    count.merge(c, 1, Integer::sum);
                }
            }
            int ri = i;
            count.forEach((c, n) -> pairs.add(new Pair(ri, c, n,
                    sharedEconomies(row, ranking.row(c)), row.rank(), ranking.row(c).rank())));
            reasons.add(count.isEmpty() ? (unknown.size() == cs.size()
                    ? "no place called " + String.join(" or ", unknown) + " in the gazetteer for " + row.economiesText()
                    : "its places lie in no computed cluster") : null);
        }
        pairs.sort(Comparator.comparingInt(Pair::cities).reversed()
                .thenComparing(Comparator.comparingInt(Pair::economies).reversed())
                .thenComparingInt(Pair::publishedRank).thenComparingInt(Pair::computedRank));
        int[] clusterOfRow = new int[rows.size()];
        Arrays.fill(clusterOfRow, -1);
        int[] rowOfCluster = new int[ranking.size()];
        Arrays.fill(rowOfCluster, -1);
        for (Pair p : pairs) {
            if (clusterOfRow[p.row()] < 0 && rowOfCluster[p.cluster()] < 0) {
                clusterOfRow[p.row()] = p.cluster();
                rowOfCluster[p.cluster()] = p.row();
            }
        }
        List<PublishedMatch> matches = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int c = clusterOfRow[i];
            String note = reasons.get(i);
            List<String> elsewhere = new ArrayList<>();
            for (int x : new java.util.TreeSet<>(found.get(i))) {
                if (x >= 0 && x != c) {
                    ClusterRow other = ranking.row(x);
                    int taker = rowOfCluster[x];
                    elsewhere.add(other.name() + " (computed #" + other.rank() + (taker >= 0 && taker != i
                            ? ", matched to published #" + rows.get(taker).rank() + " " + rows.get(taker).name() : "")
                            + ")");
                }
            }
            if (!elsewhere.isEmpty()) {
                note = (c < 0 ? "its places lie in " : "places also in ") + String.join("; ", elsewhere);
            }
            matches.add(new PublishedMatch(rows.get(i), c < 0 ? null : ranking.row(c), cities.get(i), found.get(i),
                    note));
        }
        List<ClusterRow> unmatched = new ArrayList<>();
        for (ClusterRow r : ranking.top(published.lastRank())) {
            if (rowOfCluster[r.clusterId()] < 0) {
                unmatched.add(r);
            }
        }
        return new PublishedComparison(published, matches, unmatched);
    }

    /** Places called like the city in the row's economies (and states), most populous first. */
    static List<Integer> candidates(PlaceIndex index, PublishedNames.City city, List<String> economies) {
        List<Integer> out = new ArrayList<>();
        for (int p : index.placesNamed(city.name(), true)) {
            String cc = index.placeCountry(p);
            if (!economies.isEmpty() && !economies.contains(cc)) {
                continue;
            }
            if (!city.states().isEmpty() && "US".equals(cc) && !city.states().contains(index.placeAdmin1(p))) {
                continue;
            }
            out.add(p);
        }
        out.sort(Comparator.comparingLong((Integer p) -> index.placePopulation(p)).reversed()
                .thenComparingInt(p -> p));
        return out;
    }

    private static int sharedEconomies(PublishedRow row, ClusterRow computed) {
        Set<String> mine = Set.of(computed.economies().split("/"));
        int n = 0;
        for (String e : row.economies()) {
            if (mine.contains(e)) {
                n++;
            }
        }
        return n;
    }

    public PublishedRanking published() {
        return published;
    }

    /** One match per published row, in published rank order. */
    public List<PublishedMatch> matches() {
        return matches;
    }

    /** The published row matched to a computed cluster id, or null. */
    public PublishedMatch ofCluster(int clusterId) {
        return byCluster.get(clusterId);
    }

    public int matched() {
        return byCluster.size();
    }

    /** Published rows matched to no computed cluster. */
    public List<PublishedMatch> unmatchedPublished() {
        return matches.stream().filter(m -> !m.matched()).toList();
    }

    /** Computed clusters ranked within the published table's ranks that no published row is matched to. */
    public List<ClusterRow> unmatchedComputed() {
        return unmatchedComputed;
    }

    /**
     * Kendall's tau-b between published and computed ranks over the matched pairs: 1 same order, -1
     * reversed; NaN with fewer than two pairs.
     */
    public double kendallTau() {
        List<PublishedMatch> m = matches.stream().filter(PublishedMatch::matched).toList();
        long concordant = 0;
        long discordant = 0;
        long tiesA = 0;
        long tiesB = 0;
        for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) {
                int a = Integer.compare(m.get(i).row().rank(), m.get(j).row().rank());
                int b = Integer.compare(m.get(i).computed().rank(), m.get(j).computed().rank());
                if (a == 0 && b == 0) {
                    continue;
                } else if (a == 0) {
                    tiesA++;
                } else if (b == 0) {
                    tiesB++;
                } else if (a == b) {
                    concordant++;
                } else {
                    discordant++;
                }
            }
        }
        double n1 = concordant + discordant + tiesA;
        double n2 = concordant + discordant + tiesB;
        return n1 == 0 || n2 == 0 ? Double.NaN : (concordant - discordant) / Math.sqrt(n1 * n2);
    }

    /** Clusters in both top tens: published rank and computed rank both at most {@link #TOP}. */
    public int topOverlap() {
        int n = 0;
        for (PublishedMatch m : matches) {
            if (m.matched() && m.row().rank() <= TOP && m.computed().rank() <= TOP) {
                n++;
            }
        }
        return n;
    }
}
