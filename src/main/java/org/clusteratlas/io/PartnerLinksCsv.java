package org.clusteratlas.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.profile.PartnerPair;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.Ranking;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The partner table of {@code rank --links FILE.csv}: one row per pair of clusters sharing at least one
 * document (most shared first), with both clusters' ids, ranks and names and the number of documents that
 * have at least one address in each ({@code shared_documents}).
 */
public final class PartnerLinksCsv {
    public static final List<String> HEADER = List.of("cluster_id_a", "rank_a", "name_a", "cluster_id_b", "rank_b",
            "name_b", "shared_documents");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private PartnerLinksCsv() {
    }

    /** @param ranking the ranking of the profiles' clustering (names and ranks) */
    public static void write(ClusterProfiles profiles, Ranking ranking, Writer out) throws IOException {
        if (profiles.clustering() != ranking.clustering()) {
            throw new IllegalArgumentException("profiles of another clustering");
        }
        CSVPrinter p = new CSVPrinter(out, FORMAT);
        p.printRecord(HEADER);
        for (PartnerPair pair : profiles.pairs()) {
            ClusterRow a = ranking.row(pair.first());
            ClusterRow b = ranking.row(pair.second());
            p.printRecord(a.clusterId(), a.rank(), a.name(), b.clusterId(), b.rank(), b.name(),
                    pair.sharedDocuments());
        }
        p.flush();
    }

    /** Writes a file atomically (temporary file renamed when complete). */
    public static void writeFile(ClusterProfiles profiles, Ranking ranking, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(profiles, ranking, w);
            w.flush();
        });
    }
}
