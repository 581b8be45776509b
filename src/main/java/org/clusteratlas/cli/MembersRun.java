package org.clusteratlas.cli;

import org.clusteratlas.io.MemberPlacesWriter;
import org.clusteratlas.io.RankingFormat;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.MemberPlaces;
import org.clusteratlas.rank.Ranking;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code rank --members CLUSTER}: the member places of one cluster of the ranking instead of the ranking
 * ({@link MemberPlaces}), as a table or CSV. Apart from {@link RankCommand} so that the command keeps to its
 * options and the order of the work.
 */
final class MembersRun {
    private final CommandLine cl;
    private final String cluster;
    private final Path out;

    /** @param cluster the cluster as given to {@code --members}: its rank or its name */
    MembersRun(CommandLine cl, String cluster, Path out) {
        this.cl = cl;
        this.cluster = cluster;
        this.out = out;
    }

    /** Writes the places; an unknown cluster is bad usage (exit 2), a failed write exit 1. */
    int run(RankingFormat format, Ranking ranking) {
        ClusterRow row;
        try {
            row = MemberPlaces.find(ranking, cluster);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, "--members: " + e.getMessage());
        }
        MemberPlaces places = MemberPlaces.of(ranking, row.clusterId());
        boolean csv = format == RankingFormat.CSV;
        return RankOutput.write(out,
                stream -> write(places, csv, new OutputStreamWriter(stream, StandardCharsets.UTF_8)),
                () -> String.format(Locale.ROOT, "%d member places of #%d %s -> %s", places.places().size(),
                        row.rank(), row.name(), out));
    }

    private static void write(MemberPlaces places, boolean csv, Writer w) throws IOException {
        if (csv) {
            MemberPlacesWriter.csv(places, w);
        } else {
            MemberPlacesWriter.table(places, w);
        }
    }
}
