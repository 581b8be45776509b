package org.clusteratlas.cli;

import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.io.RankingCsv;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.sample.BundledSample;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code rank} with no {@code --snapshot} ranks the bundled sample with its defaults: the big hubs lead, and csv
 * is the in-process ranking.
 */
class WorldSampleRankTest {
    private static final Path SAMPLE = BundledSample.path();

    @Test
    void topTenOfTheSampleHoldsTokyoAndEqualsTheInProcessRanking() throws Exception {
        // no --snapshot: the bundled sample
        CliRun r = CliRun.run("rank", "--top", "10", "--format", "csv");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        List<ClusterRow> rows = RankingCsv.read(new StringReader(r.out()));
        assertEquals(10, rows.size());
        assertTrue(rows.stream().anyMatch(x -> x.name().startsWith("Tokyo")), rows.toString());

        Snapshot s = SnapshotReader.open(SAMPLE);
        Ranking ranking = new Ranker(PlaceIndex.build(s.table(), s.gazetteer()))
                .rank(new ClusterEngine(s.table()).cluster(ClusterParameters.defaults()));
        assertEquals(org.clusteratlas.io.WrittenRows.of(ranking.top(10)), rows);
        // the default shares give the sample the minimums it was tuned with: about 40 documents of each kind
        ClusterParameters d = ClusterParameters.defaults();
        double[] counts = d.minimumCounts(s.table().weigh(d.filter()));
        assertEquals(40.08, counts[0], 1e-9); // 0.045% of 89,066 patents
        assertEquals(40.28, counts[1], 1e-9); // 0.037% of 108,857 publications
    }
}
