package org.clusteratlas.timeline;

import org.clusteratlas.cluster.Cancellation;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.ClusterMatch;
import org.clusteratlas.rank.ClusterMatcher;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.ClusterRow.RankStatus;
import org.clusteratlas.rank.Overlap;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Ranks every window of years with the same parameters and follows the clusters from one window to the
 * next through the core locations they share ({@link ClusterMatcher}, as the robustness sweep does):
 * <ul>
 *   <li>a cluster of the previous window is carried on by {@link ClusterMatch#continuation}: the strongest
 *       cluster of this window whose best match it is; that cluster inherits its key;</li>
 *   <li>a cluster of this window carrying nothing on gets a new key, made from its name ("tokyo-yokohama";
 *       "-2", "-3" when the name was taken before);</li>
 *   <li>a cluster overlapping several clusters of the previous window is a merge, a previous cluster
 *       overlapping several of this window a split (both recorded as {@link WindowEvent}s);</li>
 *   <li>rank change follows the key: previous rank = the rank of the same key in the previous window.</li>
 * </ul>
 * Keys are only matched between neighbouring windows: a cluster that vanishes for a window and comes back
 * gets a new key. Deterministic: the same snapshot, parameters and windows give the same keys.
 */
public final class RollingRanks {
    private final ClusterEngine engine;
    private final Ranker ranker;

    public RollingRanks(ClusterEngine engine, Ranker ranker) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.ranker = Objects.requireNonNull(ranker, "ranker");
    }

    /**
     * @param parameters the shared parameters; their years are replaced by each window's
     * @param progress   called after each window with (windows done, windows in all), or null
     * @throws java.util.concurrent.CancellationException when {@code cancel} turns true
     */
    public WindowSeries run(ClusterParameters parameters, YearWindows spec, List<YearWindow> windows,
                            Cancellation cancel, BiConsumer<Integer, Integer> progress) {
        Objects.requireNonNull(cancel, "cancel");
        List<WindowRanking> out = new ArrayList<>(windows.size());
        Set<String> used = new HashSet<>();
        WindowRanking previous = null;
        for (YearWindow w : windows) {
            cancel.check();
            Ranking r = ranker.rank(engine.cluster(w.applyTo(parameters), cancel));
            previous = follow(w, r, previous, used);
            out.add(previous);
            if (progress != null) {
                progress.accept(out.size(), windows.size());
            }
        }
        return new WindowSeries(parameters, spec, out);
    }

    /** This window's keys, rows and events against the previous window (null for the first). */
    static WindowRanking follow(YearWindow w, Ranking r, WindowRanking previous, Set<String> used) {
        int k = r.size();
        String[] keys = new String[k];
        int[] from = new int[k];
        java.util.Arrays.fill(from, -1);
        List<WindowEvent> merges = new ArrayList<>();
        List<WindowEvent> splits = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        ClusterMatch m = null;
        if (previous != null) {
            m = ClusterMatcher.match(r.clustering(), previous.ranking().clustering());
            for (ClusterRow p : previous.rows()) {
                int c = m.continuation(p.clusterId());
                if (c >= 0) {
                    keys[c] = previous.keyOf(p.clusterId());
                    from[c] = p.clusterId();
                } else {
                    ended.add(previous.keyOf(p.clusterId()));
                }
            }
        }
        for (ClusterRow row : r.rows()) { // new keys in rank order, so the bigger cluster gets the plain name
            int c = row.clusterId();
            if (keys[c] == null) {
                keys[c] = newKey(row.name(), used);
            }
        }
        if (m != null) {
            for (ClusterRow row : r.rows()) {
                List<Overlap> of = m.ofCurrent(row.clusterId());
                if (of.size() > 1) {
                    merges.add(new WindowEvent(WindowEvent.Kind.MERGE, keys[row.clusterId()],
                            keysOf(of, true, from[row.clusterId()], previous, keys)));
                }
            }
            for (ClusterRow p : previous.rows()) {
                List<Overlap> of = m.ofReference(p.clusterId());
                if (of.size() > 1) {
                    int cont = m.continuation(p.clusterId());
                    splits.add(new WindowEvent(WindowEvent.Kind.SPLIT, previous.keyOf(p.clusterId()),
                            keysOf(of, false, cont, previous, keys)));
                }
            }
        }
        List<ClusterRow> rows = new ArrayList<>(k);
        for (ClusterRow x : r.rows()) {
            int c = x.clusterId();
            RankStatus status = previous == null ? RankStatus.NOT_COMPARED
                    : from[c] >= 0 ? RankStatus.MATCHED : RankStatus.NEW;
            Integer prev = from[c] >= 0 ? previous.ranking().row(from[c]).rank() : null;
            rows.add(new ClusterRow(x.rank(), c, x.name(), x.economies(), x.patents(), x.publications(),
                    x.patentShare(), x.publicationShare(), x.score(), x.population(), x.intensity(),
                    x.intensityRank(), x.lat(), x.lon(), x.locations(), status, prev));
        }
        String basis = previous == null ? null : "previous window " + previous.window().label();
        return new WindowRanking(w, r, rows, List.of(keys), basis, merges, splits, ended);
    }

    /** Keys on the other side of some overlaps, {@code first} (a cluster id there, or -1) leading. */
    private static List<String> keysOf(List<Overlap> overlaps, boolean previousSide, int first,
                                       WindowRanking previous, String[] keys) {
        List<String> out = new ArrayList<>();
        if (first >= 0) {
            out.add(previousSide ? previous.keyOf(first) : keys[first]);
        }
        for (Overlap o : overlaps) {
            int id = previousSide ? o.reference() : o.current();
            if (id != first) {
                out.add(previousSide ? previous.keyOf(id) : keys[id]);
            }
        }
        return out;
    }

    /** A key made from a name: accents dropped, lower case, runs of other characters as one '-'. */
    static String newKey(String name, Set<String> used) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        d = d.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = d.isEmpty() ? "cluster" : d;
        String key = base;
        for (int i = 2; !used.add(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }
}
