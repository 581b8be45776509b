package org.clusteratlas.timeline;

import java.util.List;

/**
 * A change of shape between a window and the one before, found through shared core locations.
 *
 * @param kind {@link Kind#MERGE}: this window's cluster {@code key} holds core locations of several clusters
 *             of the previous window, {@code with} (their keys, its own predecessor first when it has one);
 *             {@link Kind#SPLIT}: the previous window's cluster {@code key} has its core locations spread
 *             over this window's clusters {@code with} (its continuation first)
 */
public record WindowEvent(Kind kind, String key, List<String> with) {
    public WindowEvent {
        with = List.copyOf(with);
    }

    /** Merge or split. */
    public enum Kind {
        MERGE, SPLIT;

        /** "merge", "split". */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
