package org.clusteratlas.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.clusteratlas.cli.AtlasCommand;
import org.clusteratlas.cli.OpenAlexSelectionOptions;
import org.clusteratlas.cli.PatentsViewTableOptions;
import org.clusteratlas.cli.RealDataImportRunner;
import org.clusteratlas.cli.RealDataTargetOptions;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.DocumentImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.SnapshotImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Builds a snapshot on Apache Spark (docs/spark-builder.md) from OpenAlex ({@code openalex}) or PatentsView
 * ({@code patentsview}), with the desktop imports' options (the same option classes) and rules (the app's
 * classes), writing the snapshot on the driver through the app's writer, which checks it against the
 * snapshot contract. Exit codes as the app's: 0, 2 bad usage, 3 bad input.
 */
@Command(name = "spark-builder", mixinStandardHelpOptions = true,
        subcommands = {SparkSnapshotBuilder.OpenAlex.class, SparkSnapshotBuilder.PatentsView.class},
        description = "Build a Cluster Atlas snapshot on Apache Spark with the desktop import's rules.")
public final class SparkSnapshotBuilder {
    /** A source the builder reads on a Spark context, with the output options of every import. */
    abstract static class Source implements Callable<Integer> {
        @Mixin
        RealDataTargetOptions target;

        abstract DocumentImport source(JavaSparkContext sc) throws SnapshotException, IOException;

        /** Why the options cannot work, or null. */
        String problem() {
            return null;
        }

        @Override
        public Integer call() {
            if (problem() != null) {
                System.err.println("error: " + problem());
                return AtlasCommand.BAD_USAGE;
            }
            SparkConf conf = new SparkConf().setAppName("cluster-atlas snapshot builder");
            if (!conf.contains("spark.master")) {
                conf.setMaster("local[*]"); // run with plain java: local mode on every core
            }
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                return RealDataImportRunner.run(() -> source(sc), target.out(), target.force(), target.append(),
                        target.title(), System.err);
            }
        }
    }

    @Command(name = "openalex", mixinStandardHelpOptions = true,
            description = {"OpenAlex works and institutions (JSON Lines, plain or .gz; files, directories or globs"
                    + " on any file system Spark reads)."})
    static final class OpenAlex extends Source {
        @Option(names = "--works", required = true, split = ",", paramLabel = "PATH", description = "Works files.")
        List<String> works;

        @Option(names = "--institutions", required = true, split = ",", paramLabel = "PATH",
                description = "Institutions files.")
        List<String> institutions;

        @Mixin
        OpenAlexSelectionOptions selection;

        @Override
        String problem() {
            return selection.problem();
        }

        @Override
        DocumentImport source(JavaSparkContext sc) throws SnapshotException, IOException {
            return new SparkOpenAlexImport(sc, works, institutions, selection.types(), selection.fromYear(),
                    selection.toYear(), target.skipBad());
        }
    }

    @Command(name = "patentsview", mixinStandardHelpOptions = true,
            description = {"PatentsView bulk tables, the g_ tables (2022 on) or the earlier patent, rawinventor"
                    + " (with --raw-locations), location and cpc_current tables (tab-separated, plain or .gz, on"
                    + " any file system Spark reads)."})
    static final class PatentsView extends Source {
        @Mixin
        PatentsViewTableOptions tables;

        @Override
        DocumentImport source(JavaSparkContext sc) {
            return new SparkPatentsViewImport(sc, tables, target.skipBad());
        }
    }

    private SparkSnapshotBuilder() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkSnapshotBuilder()).execute(args));
    }

    /** Builds the snapshot a command line describes on {@code sc} (for tests and embedding). */
    static ImportReport build(JavaSparkContext sc, String... args) throws SnapshotException, IOException {
        CommandLine.ParseResult parsed = new CommandLine(new SparkSnapshotBuilder()).parseArgs(args);
        Source s = (Source) parsed.subcommand().commandSpec().userObject();
        if (s.problem() != null) {
            throw new IllegalArgumentException(s.problem());
        }
        return new SnapshotImport(s.target.out(), s.target.force(), s.target.append(), s.target.title())
                .run(s.source(sc));
    }
}
