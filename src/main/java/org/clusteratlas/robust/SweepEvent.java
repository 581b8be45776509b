package org.clusteratlas.robust;

import org.clusteratlas.cluster.ClusterParameters;

import java.util.List;

/**
 * A setting at which a base cluster merges with neighbours ({@code with} = those base clusters) or splits
 * ({@code parts} = clusters sharing its core locations there).
 */
public record SweepEvent(int epsIndex, int weightIndex, ClusterParameters parameters, List<Integer> with,
                         int parts) {
    public SweepEvent {
        with = List.copyOf(with);
    }
}
