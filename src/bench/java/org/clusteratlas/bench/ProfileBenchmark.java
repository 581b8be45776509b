package org.clusteratlas.bench;

import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.profile.ClusterProfile;
import org.clusteratlas.profile.ClusterProfiler;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.sample.SampleSnapshot;
import org.clusteratlas.snapshot.DocumentAddressReader;
import org.clusteratlas.snapshot.DocumentAddresses;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.WeightFilter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * Cluster profiles at 1M addresses ({@code bench-data/world-1m.sqlite}, generated when missing): the one-off
 * read of the documents and addresses, then per clustering the profiles of all clusters (what the window and
 * {@code rank} compute beside the ranking, and what the details of any one cluster are read from), against
 * the ranking itself and against SQLite computing one cluster's yearly counts and organisations by query.
 * Writes section {@code profiles} of {@code docs/benchmarks.md}.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.ProfileBenchmark}
 */
public final class ProfileBenchmark {
    private static final int RUNS = 30;

    private ProfileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path world = args.length > 0 ? Path.of(args[0]) : GenerateBenchData.snapshot(1);
        if (!Files.exists(world)) {
            System.err.println("generating " + world);
            SampleSnapshot.write(world, 42, 1_000_000L, true);
        }
        Path file = withOrganizations(world);
        Snapshot s = SnapshotReader.open(file);
        long t0 = System.nanoTime();
        DocumentAddresses docs = DocumentAddressReader.read(s);
        double readMs = (System.nanoTime() - t0) / 1e6;
        ClusterEngine engine = new ClusterEngine(s.table());
        Ranker ranker = new Ranker(PlaceIndex.build(s.table(), s.gazetteer()));
        ClusterParameters all = ClusterParameters.defaults();
        ClusterParameters years = all.withFilter(new WeightFilter(2019, 2023, null, null, null));
        StringBuilder md = new StringBuilder("## profiles: growth, co-operation, partners, organisations, specialisation\n\n")
                .append("Command: `mvn -B -Pbench -DskipTests test-compile exec:java"
                        + " -Dexec.mainClass=org.clusteratlas.bench.ProfileBenchmark`\n\n")
                .append("Machine: ").append(ImportBenchmark.machine()).append(". Load average at the start: ")
                .append(loadAverage()).append(".\n\n")
                .append(String.format(Locale.ROOT, "Data: `%s`, %,d address rows, %,d documents, %,d unique locations."
                        + " Reading the documents and addresses for profiles (once per snapshot, off the window's"
                        + " thread): **%.0f ms**.%n%n", file, docs.addressCount(), docs.size(), s.table().size(), readMs))
                .append("Per clustering, p50 / p95 of ").append(RUNS).append(" runs after warm-up (ms). *Profile pass*"
                        + " sums every cluster's yearly counts, fields, international output, organisations and"
                        + " partners in one pass over the addresses (what the table's columns and `rank` need);"
                        + " *one cluster's profile* then makes the top cluster's lists (all its organisations,"
                        + " specialisations, partners; the details pane); *details* is the two together. Three"
                        + " addresses in four name one of 20,000 organisations, drawn per address (a worst case for"
                        + " the number of distinct cluster-organisation pairs). *SQLite, one cluster* is that"
                        + " cluster's yearly counts and organisation counts by two GROUP BY queries over the"
                        + " snapshot (member locations in a temporary table), for comparison.\n\n")
                .append("| parameters | clusters | ranking | profile pass | one cluster's profile | details"
                        + " | details, CPU of the thread (p50) | pass / ranking | SQLite, one cluster | SQLite / details |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ClusterParameters p : new ClusterParameters[] {all, years}) {
            Clustering c = engine.cluster(p);
            Ranking r = ranker.rank(c);
            double[] rank = new double[RUNS];
            double[] prof = new double[RUNS];
            double[] one = new double[RUNS];
            double[] cpu = new double[RUNS];
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            int top = r.rows().get(0).clusterId();
            ClusterProfiles profiles = null;
            for (int i = -5; i < RUNS; i++) {
                long a = System.nanoTime();
                r = ranker.rank(c);
                long b = System.nanoTime();
                long cb = mx.getCurrentThreadCpuTime();
                profiles = ClusterProfiler.profile(docs, s.table(), c);
                long e = System.nanoTime();
                profiles.of(top);
                long f = System.nanoTime();
                long cf = mx.getCurrentThreadCpuTime();
                if (i >= 0) {
                    rank[i] = (b - a) / 1e6;
                    prof[i] = (e - b) / 1e6;
                    one[i] = (f - e) / 1e6;
                    cpu[i] = (cf - cb) / 1e6;
                }
            }
            ClusterProfile first = profiles.of(top);
            double sqlMs = sqlOneCluster(file, s, c, top, p.filter());
            String label = p == all ? "defaults, all years" : "defaults, 2019-2023";
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f / %.1f | %.1f / %.1f | %.2f / %.2f | %.1f / %.1f"
                            + " | %.1f | %.2f | %.0f | %.0fx |%n",
                    label, c.clusterCount(), pct(rank, 50), pct(rank, 95), pct(prof, 50), pct(prof, 95), pct(one, 50),
                    pct(one, 95), pct(prof, 50) + pct(one, 50), pct(prof, 95) + pct(one, 95), pct(cpu, 50),
                    pct(prof, 50) / pct(rank, 50), sqlMs, sqlMs / (pct(prof, 50) + pct(one, 50))));
            System.err.printf(Locale.ROOT, "%s: %s growth %.3f intl %.3f, %d partners%n", label,
                    r.rows().get(0).name(), first.growthPublications(), first.internationalShare(),
                    first.partners().size());
        }
        md.append("\nTarget: the details of one cluster under 20 ms at 1M addresses; all clusters' columns with the"
                + " ranking. The machine was shared with other builds (load above): wall times include waiting for a"
                + " core; the thread's CPU time is closer to what a quiet machine gives.\n");
        BenchmarkReport.writeSection("profiles", md.toString());
        System.out.println(md);
    }

    /**
     * A copy of the synthetic world (which has no organisations) where three addresses in four name one of
     * 20,000 organisations, so that the organisation counts cost what they would on real data.
     */
    private static Path withOrganizations(Path world) throws Exception {
        String name = world.getFileName().toString().replace(".sqlite", "-orgs.sqlite");
        Path out = world.resolveSibling(name);
        if (Files.exists(out)) {
            return out;
        }
        Path tmp = world.resolveSibling(name + ".partial");
        Files.copy(world, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp); Statement st = db.createStatement()) {
            try {
                st.execute("ALTER TABLE addresses ADD COLUMN organization_id INTEGER");
            } catch (java.sql.SQLException writtenWithTheColumn) {
                // a snapshot written by this build has it already
            }
            st.execute("CREATE TABLE IF NOT EXISTS organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            st.execute("INSERT INTO organizations(id, name) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                    + " FROM n WHERE i < 20000) SELECT i, 'Organisation ' || i FROM n");
            st.execute("UPDATE addresses SET organization_id = 1 + (location_id * 7 + document_id) % 20000"
                    + " WHERE document_id % 4 != 0");
        }
        Files.move(tmp, out);
        return out;
    }

    /** One cluster's yearly counts and organisation counts by SQL, best of 3 (ms). */
    private static double sqlOneCluster(Path file, Snapshot s, Clustering c, int cluster, WeightFilter f)
            throws Exception {
        Properties props = new Properties();
        props.setProperty("open_mode", "1");
        double best = Double.MAX_VALUE;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath()
                + "?immutable=1", props)) {
            try (Statement st = db.createStatement()) {
                st.execute("CREATE TEMP TABLE members (lat REAL, lon REAL)");
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO members VALUES (?, ?)")) {
                for (int i = 0; i < s.table().size(); i++) {
                    if (c.clusterOf(i) == cluster) {
                        ps.setDouble(1, s.table().lat(i));
                        ps.setDouble(2, s.table().lon(i));
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            String from = Math.max(f.yearFrom(), 1700) + " AND " + Math.min(f.yearTo(), 2200);
            String join = " FROM addresses a JOIN locations l ON l.id = a.location_id"
                    + " JOIN members m ON m.lat = l.lat AND m.lon = l.lon JOIN documents d ON d.id = a.document_id"
                    + " WHERE d.year BETWEEN " + from;
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                try (Statement st = db.createStatement()) {
                    try (ResultSet rs = st.executeQuery("SELECT d.kind, d.year, SUM(a.share)" + join
                            + " GROUP BY d.kind, d.year")) {
                        while (rs.next()) {
                            rs.getDouble(3);
                        }
                    }
                    try (ResultSet rs = st.executeQuery("SELECT a.organization_id, SUM(a.share)" + join
                            + " GROUP BY a.organization_id")) {
                        while (rs.next()) {
                            rs.getDouble(2);
                        }
                    } catch (java.sql.SQLException noOrganizations) {
                        // a snapshot written before organisations: the first query alone
                    }
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e6);
            }
        }
        return best;
    }

    private static double pct(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
