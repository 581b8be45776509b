package org.clusteratlas.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All overlaps between the clusters of a current and a reference clustering, with the best match each
 * way: the cluster sharing the most core locations, ties by more shared weight, then the lower id.
 * Immutable.
 */
public final class ClusterMatch {
    /** Best first: more shared core locations, then more shared weight; the id decides last (per side). */
    private static final Comparator<Overlap> STRONGER = Comparator.comparingInt(Overlap::sharedCore).reversed()
            .thenComparing(Comparator.comparingDouble(Overlap::sharedWeight).reversed());

    /** The strongest continuation first; ties by the lower current id. */
    private static final Comparator<Overlap> CONTINUATION = STRONGER.thenComparingInt(Overlap::current);

    private final List<Overlap> overlaps;
    private final List<List<Overlap>> byCurrent;
    private final List<List<Overlap>> byReference;
    private final int[] bestReference;
    private final int[] bestCurrent;

    ClusterMatch(int currentCount, int referenceCount, List<Overlap> overlaps) {
        this.overlaps = List.copyOf(overlaps);
        List<List<Overlap>> bc = new ArrayList<>();
        List<List<Overlap>> br = new ArrayList<>();
        for (int c = 0; c < currentCount; c++) {
            bc.add(new ArrayList<>());
        }
        for (int r = 0; r < referenceCount; r++) {
            br.add(new ArrayList<>());
        }
        for (Overlap o : overlaps) {
            bc.get(o.current()).add(o);
            br.get(o.reference()).add(o);
        }
        bestReference = new int[currentCount];
        bestCurrent = new int[referenceCount];
        byCurrent = freeze(bc, bestReference, Overlap::reference);
        byReference = freeze(br, bestCurrent, Overlap::current);
    }

    private static List<List<Overlap>> freeze(List<List<Overlap>> lists, int[] best,
                                              java.util.function.ToIntFunction<Overlap> other) {
        List<List<Overlap>> out = new ArrayList<>(lists.size());
        Comparator<Overlap> order = STRONGER.thenComparingInt(other);
        for (int i = 0; i < lists.size(); i++) {
            List<Overlap> l = lists.get(i);
            l.sort(order);
            best[i] = l.isEmpty() ? -1 : other.applyAsInt(l.get(0));
            out.add(Collections.unmodifiableList(l));
        }
        return Collections.unmodifiableList(out);
    }

    /** Every overlap, by current cluster then reference cluster. */
    public List<Overlap> overlaps() {
        return overlaps;
    }

    /** Overlaps of a current cluster, strongest first. */
    public List<Overlap> ofCurrent(int current) {
        return byCurrent.get(current);
    }

    /** Overlaps of a reference cluster, strongest first. */
    public List<Overlap> ofReference(int reference) {
        return byReference.get(reference);
    }

    /** The reference cluster a current cluster continues, or -1 when it is new. */
    public int bestReference(int current) {
        return bestReference[current];
    }

    /** The current cluster that continues a reference cluster, or -1 when it vanished. */
    public int bestCurrent(int reference) {
        return bestCurrent[reference];
    }

    /**
     * The current cluster that carries a reference cluster on: the strongest of the current clusters whose
     * best match it is (most shared core locations, then shared weight, then lower id), or -1 when every
     * cluster overlapping it continues another reference cluster (it was absorbed) or none overlaps it.
     * The robustness sweep takes a base cluster's rank from it; rolling windows pass a cluster key on to it.
     */
    public int continuation(int reference) {
        int best = -1;
        Overlap strongest = null;
        for (Overlap o : byReference.get(reference)) {
            if (bestReference[o.current()] != reference) {
                continue;
            }
            if (strongest == null || CONTINUATION.compare(o, strongest) < 0) {
                strongest = o;
                best = o.current();
            }
        }
        return best;
    }

    /** Current clusters sharing no core location with the reference. */
    public List<Integer> newClusters() {
        return unmatched(bestReference);
    }

    /** Reference clusters sharing no core location with the current clustering. */
    public List<Integer> vanishedClusters() {
        return unmatched(bestCurrent);
    }

    /** Current clusters that overlap several reference clusters (many-to-one), with those clusters. */
    public Map<Integer, List<Integer>> merges() {
        return several(byCurrent, Overlap::reference);
    }

    /** Reference clusters that overlap several current clusters (one-to-many), with those clusters. */
    public Map<Integer, List<Integer>> splits() {
        return several(byReference, Overlap::current);
    }

    private static List<Integer> unmatched(int[] best) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < best.length; i++) {
            if (best[i] < 0) {
                out.add(i);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<Integer, List<Integer>> several(List<List<Overlap>> lists,
                                                       java.util.function.ToIntFunction<Overlap> other) {
        Map<Integer, List<Integer>> out = new TreeMap<>();
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).size() > 1) {
                int[] ids = lists.get(i).stream().mapToInt(other).sorted().toArray();
                out.put(i, Arrays.stream(ids).boxed().toList());
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
