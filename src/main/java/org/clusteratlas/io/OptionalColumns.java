package org.clusteratlas.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clusteratlas.profile.ClusterProfile;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.published.PublishedComparison;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.RankingReport;
import org.clusteratlas.robust.SweepResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The optional column groups of a ranking export, each null when absent: the clusters' profiles
 * ({@link ProfileColumns}), a sweep's rank bands ({@link SweepColumns}) and a published ranking's match
 * ({@link PublishedColumns}). One value for every writer (CSV, table, JSON, GeoJSON) and {@link RankingFormat},
 * so the groups are passed together instead of a ladder of overloads per writer, and their order after the
 * fixed columns (profiles, sweep, published) is written once, in {@link #compose} (and {@link #json}, which adds
 * fields rather than cells).
 */
public record OptionalColumns(ClusterProfiles profiles, SweepResult sweep, PublishedComparison published) {
    /** No optional columns: the plain ranking. */
    public static final OptionalColumns NONE = new OptionalColumns(null, null, null);

    /** The report's profiles (if it has any), no sweep and no published ranking. */
    public static OptionalColumns of(RankingReport report) {
        return new OptionalColumns(report.profiles(), null, null);
    }

    /** CSV headers after {@link RankingCsv#HEADER}. */
    List<String> csvHeader() {
        return compose(p -> ProfileColumns.HEADER, s -> SweepColumns.HEADER, c -> PublishedColumns.HEADER);
    }

    /** CSV cells of one row under {@link #csvHeader}. */
    List<Object> csvCells(ClusterRow r) {
        return compose(p -> ProfileColumns.csv(ProfileColumns.of(p, r)), s -> SweepColumns.csv(SweepColumns.band(s, r)),
                c -> PublishedColumns.csv(c.ofCluster(r.clusterId())));
    }

    /** Table headings after {@link RankingTable#HEADER}. */
    List<String> tableHeader() {
        return compose(p -> ProfileColumns.tableHeader(), s -> SweepColumns.TABLE_HEADER,
                c -> PublishedColumns.TABLE_HEADER);
    }

    /** Whether each column of {@link #tableHeader} is numeric (right-aligned). */
    List<Boolean> tableNumeric() {
        return compose(p -> ProfileColumns.tableNumeric(),
                s -> Collections.nCopies(SweepColumns.TABLE_HEADER.size(), true), c -> PublishedColumns.TABLE_NUMERIC);
    }

    /** Table cells of one row under {@link #tableHeader}, rounded for reading. */
    List<String> tableCells(ClusterRow r) {
        return compose(p -> ProfileColumns.table(ProfileColumns.of(p, r)),
                s -> SweepColumns.table(SweepColumns.band(s, r)),
                c -> PublishedColumns.table(c.ofCluster(r.clusterId())));
    }

    /**
     * Adds the groups' fields to a JSON row; with {@code full} (JSON), also what GeoJSON's scalar properties
     * leave out: the profile's series and vectors, the sweep's merges and splits. A row without a profile gets no
     * profile fields.
     */
    void json(ObjectNode o, ClusterRow r, boolean full) {
        ClusterProfile profile = ProfileColumns.of(profiles, r);
        if (profile != null) {
            ProfileColumns.json(o, profile, full);
        }
        if (sweep != null) {
            RankingJson.bandFields(o, SweepColumns.band(sweep, r), sweep, full);
        }
        if (published != null) {
            PublishedColumns.json(o, published.ofCluster(r.clusterId()));
        }
    }

    /** The present groups' items in their one order: profiles, sweep, published. */
    private <T> List<T> compose(Function<ClusterProfiles, List<? extends T>> ofProfiles,
                                Function<SweepResult, List<? extends T>> ofSweep,
                                Function<PublishedComparison, List<? extends T>> ofPublished) {
        List<T> out = new ArrayList<>();
        if (profiles != null) {
            out.addAll(ofProfiles.apply(profiles));
        }
        if (sweep != null) {
            out.addAll(ofSweep.apply(sweep));
        }
        if (published != null) {
            out.addAll(ofPublished.apply(published));
        }
        return out;
    }
}
