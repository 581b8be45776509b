package org.clusteratlas.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Options every import source shares (mixed into {@code import} and its subcommands such as
 * {@code import patentsview}), so that all imports name, title and protect their output the same way.
 */
public final class ImportTargetOptions {
    @Option(names = "--out", paramLabel = "SNAPSHOT", description = "Snapshot file to write (.sqlite).")
    public Path out;

    @Option(names = "--title", paramLabel = "TITLE", description = "Title stored in the snapshot (default: the input's name).")
    public String title;

    @Option(names = "--force", description = "Replace an existing output file.")
    public boolean force;
}
