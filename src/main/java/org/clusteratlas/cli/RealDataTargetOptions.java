package org.clusteratlas.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Output options of the real-data imports ({@code import patentsview}, {@code import openalex}, and the Spark
 * builder's): one definition, so both name, extend and protect their output the same way.
 */
public final class RealDataTargetOptions {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Snapshot to write.")
    Path out;

    @Option(names = "--title", description = "Snapshot title.")
    String title;

    @Option(names = "--append", paramLabel = "SNAPSHOT",
            description = "Copy this existing snapshot into the new one first (the new file is --out).")
    Path append;

    @Option(names = "--force", description = "Replace an existing output file.")
    boolean force;

    @Option(names = "--skip-bad", description = "Skip and count bad lines instead of stopping at the first.")
    boolean skipBad;

    public Path out() {
        return out;
    }

    /** The title given, or null. */
    public String title() {
        return title;
    }

    /** The snapshot to append to, or null. */
    public Path append() {
        return append;
    }

    public boolean force() {
        return force;
    }

    public boolean skipBad() {
        return skipBad;
    }
}
