package org.clusteratlas.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.openalex.OpenAlexImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.SnapshotImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Builds a snapshot from OpenAlex works and institutions on Apache Spark (docs/spark-builder.md): the
 * executors read and parse the dump in parallel, the driver runs the desktop importer's rules and writes the
 * snapshot (a local SQLite file, with its sources and their digests) through the app's own writer, which
 * checks it against the snapshot contract. Exit codes as the app's: 0, 2 bad usage, 3 bad input.
 */
@Command(name = "spark-builder openalex", mixinStandardHelpOptions = true,
        description = {"Build a Cluster Atlas snapshot from OpenAlex works and institutions (JSON Lines, plain or"
                + " .gz; files, directories or globs on any file system Spark reads) with the desktop import's"
                + " rules."})
public final class SparkSnapshotBuilder implements Callable<Integer> {
    @Option(names = "--works", required = true, split = ",", paramLabel = "PATH", description = "Works files.")
    List<String> works;

    @Option(names = "--institutions", required = true, split = ",", paramLabel = "PATH",
            description = "Institutions files.")
    List<String> institutions;

    @Option(names = "--types", split = ",", defaultValue = "article", paramLabel = "TYPE",
            description = "Work types to import, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> types;

    @Option(names = "--from-year", paramLabel = "Y", description = "First publication year.")
    Integer fromYear;

    @Option(names = "--to-year", paramLabel = "Y", description = "Last publication year.")
    Integer toYear;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Snapshot to write, on the driver's local disk.")
    Path out;

    @Option(names = "--force", description = "Replace an existing --out.")
    boolean force;

    @Option(names = "--skip-bad", description = "Skip bad lines (counted and reported) instead of stopping.")
    boolean skipBad;

    @Option(names = "--title", description = "Snapshot title.")
    String title;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkSnapshotBuilder()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (fromYear != null && toYear != null && fromYear > toYear) {
            System.err.println("error: --from-year " + fromYear + " is after --to-year " + toYear);
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("cluster-atlas snapshot builder");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]"); // run with plain java: local mode on every core
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            ImportReport report = build(sc, this);
            System.err.println(report.summary());
            System.err.println("wrote " + out);
            return 0;
        } catch (SnapshotException e) {
            System.err.println("error: " + e.getMessage());
            return 3;
        } catch (FileAlreadyExistsException e) {
            System.err.println("error: " + out + " exists; --force replaces it");
            return 2;
        }
    }

    /** Builds the snapshot the options describe on {@code sc}. */
    static ImportReport build(JavaSparkContext sc, SparkSnapshotBuilder o) throws Exception {
        OpenAlexImport source = new OpenAlexImport(new SparkOpenAlexEntities(sc, o.works, o.institutions),
                new LinkedHashSet<>(o.types), o.fromYear == null ? Integer.MIN_VALUE : o.fromYear,
                o.toYear == null ? Integer.MAX_VALUE : o.toYear, o.skipBad);
        return new SnapshotImport(o.out, o.force, null, o.title).run(source);
    }

    /** The options as a command line would give them (for tests and embedding). */
    static SparkSnapshotBuilder parse(String... args) {
        SparkSnapshotBuilder b = new SparkSnapshotBuilder();
        new CommandLine(b).parseArgs(args);
        return b;
    }
}
