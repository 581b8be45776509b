package org.clusteratlas.bench;

import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.profile.ClusterProfile;
import org.clusteratlas.profile.ClusterProfiler;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.profile.LocationDocuments;
import org.clusteratlas.profile.ProfileIndex;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.sample.SampleSnapshot;
import org.clusteratlas.snapshot.DocumentAddressReader;
import org.clusteratlas.snapshot.DocumentAddresses;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.WeightFilter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.function.Supplier;

/**
 * Cluster profiles at 1M addresses ({@code bench-data/world-1m.sqlite}, generated when missing, with
 * organisations added): the one-off read of the documents and the location -> document index, then per
 * clustering every cluster's profile columns (the table's columns and {@code rank}), one cluster's details
 * through the index (with the filter's totals cached, as after a radius or minimum move, and after a filter
 * change, totals included), the old way of getting one cluster's details (the whole pass first), and the worst
 * cluster's details over all clusters. The ranking itself and SQLite's GROUP BY of the same cluster's documents
 * are measured in the same run as references, since the machine is shared. Wall and the thread's CPU time.
 * Writes section {@code profiles} of {@code docs/benchmarks.md}.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.ProfileBenchmark}
 */
public final class ProfileBenchmark {
    private static final int RUNS = 30;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ProfileBenchmark() {
    }

    /** Wall and thread CPU times (ms) of repeated runs of one measure. */
    private static final class Times {
        final double[] wall = new double[RUNS];
        final double[] cpu = new double[RUNS];

        /** Runs {@code r}, recording it as run {@code i} unless {@code i} is negative (warm-up). */
        <T> T time(int i, Supplier<T> r) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            T out = r.get();
            long w1 = System.nanoTime();
            long c1 = CPU.getCurrentThreadCpuTime();
            if (i >= 0) {
                wall[i] = (w1 - w0) / 1e6;
                cpu[i] = (c1 - c0) / 1e6;
            }
            return out;
        }

        String cells(double reference) {
            return String.format(Locale.ROOT, "%s / %s | %s / %s | %.2f", ms(pct(wall, 50)), ms(pct(wall, 95)),
                    ms(pct(cpu, 50)), ms(pct(cpu, 95)), pct(cpu, 50) / reference);
        }
    }

    public static void main(String[] args) throws Exception {
        Path world = args.length > 0 ? Path.of(args[0]) : GenerateBenchData.snapshot(1);
        if (!Files.exists(world)) {
            System.err.println("generating " + world);
            SampleSnapshot.write(world, 42, 1_000_000L, true);
        }
        Path file = withOrganizations(world);
        String loadBefore = loadAverage();
        Snapshot s = SnapshotReader.open(file);
        long t0 = System.nanoTime();
        DocumentAddresses docs = DocumentAddressReader.read(s);
        double readMs = (System.nanoTime() - t0) / 1e6;
        long t1 = System.nanoTime();
        ProfileIndex index = ProfileIndex.of(docs, s.table());
        double indexMs = (System.nanoTime() - t1) / 1e6;
        LocationDocuments byLocation = LocationDocuments.of(docs, s.table().size());
        ClusterEngine engine = new ClusterEngine(s.table());
        Ranker ranker = new Ranker(PlaceIndex.build(s.table(), s.gazetteer()));
        ClusterParameters all = ClusterParameters.defaults();
        ClusterParameters years = all.withFilter(new WeightFilter(2019, 2023, null, null, null));
        ClusterParameters[] params = {all, years};
        Clustering[] clusterings = {engine.cluster(all), engine.cluster(years)};
        StringBuilder rows = new StringBuilder();
        for (int pi = 0; pi < params.length; pi++) {
            Clustering c = clusterings[pi];
            Clustering other = clusterings[1 - pi];
            String label = pi == 0 ? "defaults, all years" : "defaults, 2019-2023";
            Ranking r = ranker.rank(c);
            int top = r.rows().get(0).clusterId();
            Times rank = new Times();
            Times columns = new Times();
            Times details = new Times();
            Times afterFilter = new Times();
            Times before = new Times();
            for (int i = -5; i < RUNS; i++) {
                rank.time(i, () -> ranker.rank(c));
                index.profileOf(other, 0); // the totals of another filter: the next call sums its own
                columns.time(i, () -> index.profiles(c).makeAll());
                details.time(i, () -> index.profileOf(c, top));
                index.profileOf(other, 0);
                afterFilter.time(i, () -> index.profileOf(c, top));
                before.time(i, () -> ClusterProfiler.profile(docs, s.table(), c).of(top));
            }
            double worstWall = 0;
            double worstCpu = 0;
            int worst = top;
            for (int k = 0; k < c.clusterCount(); k++) {
                int id = k;
                Times one = new Times();
                for (int run = 0; run < 3; run++) {
                    one.time(run, () -> index.profileOf(c, id));
                }
                double cpu = Math.min(one.cpu[0], Math.min(one.cpu[1], one.cpu[2]));
                if (cpu > worstCpu) {
                    worstCpu = cpu;
                    worstWall = Math.min(one.wall[0], Math.min(one.wall[1], one.wall[2]));
                    worst = k;
                }
            }
            ClusterProfile first = index.profileOf(c, top);
            double sqlMs = sqlOneCluster(file, s, c, top, params[pi].filter());
            double ref = pct(rank.cpu, 50);
            String name = r.rows().get(0).name();
            String worstName = r.row(worst).name();
            rows.append(String.format(Locale.ROOT, "| %s | %,d | ranking (the reference) | %s |%n", label,
                            c.clusterCount(), rank.cells(ref)))
                    .append(String.format(Locale.ROOT, "| | | all clusters' profile columns (the pass, then every"
                            + " cluster's profile; the filter's totals included) | %s |%n", columns.cells(ref)))
                    .append(String.format(Locale.ROOT, "| | | **one cluster's details**, indexed: #1 %s, %,d"
                            + " documents (totals cached: a radius or minimum move) | %s |%n", name,
                            byLocation.documentsOf(c, top).length, details.cells(ref)))
                    .append(String.format(Locale.ROOT, "| | | one cluster's details, indexed, after a filter change"
                            + " (totals included) | %s |%n", afterFilter.cells(ref)))
                    .append(String.format(Locale.ROOT, "| | | one cluster's details the old way (the whole pass,"
                            + " then the cluster) | %s |%n", before.cells(ref)))
                    .append(String.format(Locale.ROOT, "| | | the slowest cluster's details, indexed (best of 3"
                            + " runs of each of the %,d clusters: %s, %,d documents) | %s | %s | %.2f |%n", c.clusterCount(),
                            worstName, byLocation.documentsOf(c, worst).length, ms(worstWall), ms(worstCpu),
                            worstCpu / ref))
                    .append(String.format(Locale.ROOT, "| | | SQLite: #1's yearly and organisation counts by two"
                            + " GROUP BY queries (best of 3) | %s | | |%n", ms(sqlMs)));
            System.err.printf(Locale.ROOT, "%s: %s growth %.3f intl %.3f, %d partners, %d organisations%n", label,
                    name, first.growthPublications(), first.internationalShare(), first.partners().size(),
                    first.organizations().size());
        }
        String loadAfter = loadAverage();
        StringBuilder md = new StringBuilder("## profiles: growth, co-operation, partners, organisations, specialisation\n\n")
                .append("Command: `mvn -B -Pbench -DskipTests test-compile exec:java"
                        + " -Dexec.mainClass=org.clusteratlas.bench.ProfileBenchmark`\n\n")
                .append("Machine: ").append(ImportBenchmark.machine()).append(". Load average (1 / 5 / 15 min)")
                .append(" before: ").append(loadBefore).append("; after: ").append(loadAfter).append(".\n\n")
                .append(String.format(Locale.ROOT, "Data: `%s`, %,d address rows, %,d documents, %,d unique locations."
                        + " Three addresses in four name one of 20,000 organisations, drawn per address (a worst"
                        + " case for the number of distinct cluster-organisation pairs). Once per snapshot, off the"
                        + " window's thread: reading the documents and addresses **%.0f ms**, the location -> document"
                        + " index (%,d entries, %.1f MB) **%.0f ms**.%n%n", file, docs.addressCount(), docs.size(),
                        s.table().size(), readMs, byLocation.entryCount(),
                        (4.0 * byLocation.entryCount() + 4.0 * (s.table().size() + 1)) / 1e6, indexMs))
                .append("Per clustering, p50 / p95 of ").append(RUNS).append(" runs after 5 of warm-up, in ms, wall"
                        + " time and the CPU time of the measuring thread (fairer on a shared machine: wall time"
                        + " includes waiting for a core). The last column is the CPU p50 over the ranking's CPU p50,"
                        + " measured in the same run. *Details* are all the figures of one cluster: per-year counts,"
                        + " growth per kind and of the score, international share, all its partners, all its"
                        + " organisations and every specialisation, the lists sorted.\n\n")
                .append("| parameters | clusters | measure | wall p50 / p95 | CPU p50 / p95 | CPU / ranking |\n"
                        + "|---|---:|---|---:|---:|---:|\n")
                .append(rows)
                .append("\nTarget: the details of one cluster under 20 ms at 1M addresses, all clusters' columns with"
                        + " the ranking. The indexed details give the same figures bit for bit as the pass"
                        + " (`IndexedProfileMatchesPassTest`). To rerun on a quiet machine: the command above.\n");
        BenchmarkReport.writeSection("profiles", md.toString());
        System.out.println(md);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : v < 100 ? "%.1f" : "%.0f", v);
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
