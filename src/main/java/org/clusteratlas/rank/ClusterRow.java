package org.clusteratlas.rank;

/**
 * One line of a ranking, in the units it is published in. Shares and score are percentages of the whole
 * filtered snapshot (unlocated shares and noise included in the denominators); score = patent share +
 * publication share, unrounded.
 *
 * @param rank             1-based position by score
 * @param clusterId        id in the {@link org.clusteratlas.cluster.Clustering} the row was computed from
 * @param economies        ISO-2 codes holding a meaningful part of the activity, joined by "/"
 * @param population       approximate inhabitants of the gazetteer places in the footprint (0 when none)
 * @param intensity        (patents + publications) per million inhabitants; NaN when the population is 0
 * @param intensityRank    rank by intensity among clusters at or above {@link Ranker#POPULATION_FLOOR}, else null
 * @param lat              activity-weighted centroid (computed on unit vectors)
 * @param locations        number of member locations
 * @param status           whether the row was compared with a reference, and matched
 * @param previousRank     rank of the matched reference cluster, or null
 */
public record ClusterRow(int rank, int clusterId, String name, String economies, double patents,
                         double publications, double patentShare, double publicationShare, double score,
                         long population, double intensity, Integer intensityRank, double lat, double lon,
                         int locations, RankStatus status, Integer previousRank) {

    /** Positions gained since the reference (positive = moved up), or null when new or not compared. */
    public Integer rankChange() {
        return status == RankStatus.MATCHED ? previousRank - rank : null;
    }

    /** How a row relates to the reference ranking. */
    public enum RankStatus {
        /** No reference was given. */
        NOT_COMPARED,
        /** Shares core locations with a reference cluster. */
        MATCHED,
        /** Shares no core location with any reference cluster. */
        NEW
    }
}
