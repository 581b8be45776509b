package org.clusteratlas.cli;

import org.clusteratlas.io.PartnerLinksCsv;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.rank.Ranking;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code rank --links FILE.csv}: the partner clusters of the ranking (every pair sharing documents), written
 * beside the ranking's own output from the profiles it computed ({@link PartnerLinksCsv}).
 */
final class LinksRun {
    private LinksRun() {
    }

    /** Writes the pairs to {@code links}; exit 1 (said on {@code err}) when the file cannot be written. */
    static int run(ClusterProfiles profiles, Ranking ranking, Path links, PrintStream err) {
        try {
            PartnerLinksCsv.writeFile(profiles, ranking, links);
            err.printf(Locale.ROOT, "%,d partner pairs -> %s%n", profiles.pairs().size(), links);
            return AtlasCommand.OK;
        } catch (IOException e) {
            err.println("cluster-atlas rank: cannot write " + links + ": " + e.getMessage());
            return 1;
        }
    }
}
