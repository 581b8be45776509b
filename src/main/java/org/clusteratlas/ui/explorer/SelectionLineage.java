package org.clusteratlas.ui.explorer;

import org.clusteratlas.rank.ClusterRow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which cluster the selection was in each of the last published results, since the user chose it: the ids
 * of one cluster as recomputes renumber it. A result carries the selection from the result that was on
 * screen when it was requested; during a drag another result may have been shown meanwhile, so the carry is
 * accepted when the selection was that cluster in that result, not only in the newest one.
 */
final class SelectionLineage {
    /** Results remembered: more than a drag can show while one recompute runs. */
    private static final int KEPT = 8;

    private final Map<Long, Integer> idByGeneration = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
            return size() > KEPT;
        }
    };

    /** The user selected row (null: nothing) in this result: the lineage starts there. */
    void chosen(ExplorerResult in, ClusterRow row) {
        idByGeneration.clear();
        if (in != null && row != null) {
            idByGeneration.put(in.generation(), row.clusterId());
        }
    }

    /** A result was published with the selection carried into it (null: the selection ended). */
    void carried(ExplorerResult in, ClusterRow row) {
        if (row == null) {
            idByGeneration.clear();
        } else {
            idByGeneration.put(in.generation(), row.clusterId());
        }
    }

    /** Whether the selection was cluster {@code id} in the result of this generation. */
    boolean continues(long generation, int id) {
        Integer was = idByGeneration.get(generation);
        return was != null && was == id;
    }
}
