package org.clusteratlas.published;

import java.util.List;

/**
 * One row of a published ranking, as printed: its rank, its name (the cluster's main cities, e.g.
 * "San Jose–San Francisco, CA"), its economies, its counts and (when given) its score.
 *
 * @param economies ISO-2 codes ("CN/HK" read as [CN, HK]; marks such as "TW*" dropped)
 * @param score     the published score, NaN when the table gives none
 * @param line      line of the file it was read from (1 = header)
 */
public record PublishedRow(int rank, String name, List<String> economies, double patents, double publications,
                           double score, long line) {
    public PublishedRow {
        economies = List.copyOf(economies);
    }

    /** Economies as printed, "/"-joined. */
    public String economiesText() {
        return String.join("/", economies);
    }
}
