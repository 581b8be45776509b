package org.clusteratlas.timeline;

import org.clusteratlas.rank.Provenance;
import org.clusteratlas.rank.RankingRequest;

/**
 * Rolling-window rankings as exported: provenance, what was asked for (the shared parameters, the top N
 * of each window, the equivalent command) and the series.
 */
public record WindowsReport(Provenance provenance, RankingRequest request, WindowSeries series) {
}
