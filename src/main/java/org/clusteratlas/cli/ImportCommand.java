package org.clusteratlas.cli;

import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.importer.CsvImportOptions;
import org.clusteratlas.snapshot.importer.CsvImporter;
import org.clusteratlas.snapshot.importer.ImportResult;
import org.clusteratlas.snapshot.source.BadLines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code import --csv FILE --out SNAPSHOT}: the generic CSV import. Other sources are subcommands of this
 * command ({@code import patentsview ...}, {@code import openalex ...}); {@code import} itself reads the
 * generic CSV.
 */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportPatentsViewCommand.class, ImportOpenAlexCommand.class},
        description = {"Import geocoded addresses into a new snapshot.",
                "CSV columns (any order, header row, UTF-8, RFC 4180): doc_id, kind (patent|publication), year, lat, lon"
                        + " required; share, country (ISO-2), city, field optional."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:imported", "2:bad usage, or the output exists (use --force)",
                "3:bad input (file, line and reason on stderr)"})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--csv", paramLabel = "FILE", description = "CSV file of addresses, one row per address.")
    Path csv;

    @Mixin
    ImportTargetOptions target;

    @Option(names = "--append", paramLabel = "SNAPSHOT",
            description = "Copy this existing snapshot into the new one first (the new file is --out), e.g. to"
                    + " add CSV publications to PatentsView patents.")
    Path append;

    @Option(names = "--skip-bad", description = "Skip bad rows (counted, the first "
            + CsvImporter.REPORTED_BAD_ROWS + " listed) instead of stopping at the first.")
    boolean skipBad;

    @Override
    public Integer call() {
        if (csv == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing --csv FILE (or an import source subcommand)");
        }
        if (target.out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing --out SNAPSHOT");
        }
        PrintStream err = System.err;
        CsvImportOptions options = new CsvImportOptions(target.title, target.force, skipBad, err, append);
        try {
            ImportResult r = new CsvImporter(options).importFile(csv, target.out);
            if (r.skipped() > 0) {
                err.println(BadLines.report(r.skipped(), r.firstSkipped()));
            }
            err.printf(Locale.ROOT, "imported %,d rows: %,d documents, %,d addresses -> %s (%.1f s)%n",
                    r.rows() - r.skipped(), r.documents(), r.addresses(), target.out, r.seconds());
            return AtlasCommand.OK;
        } catch (SnapshotException e) {
            err.println("error: " + e.getMessage());
            return AtlasCommand.BAD_INPUT;
        } catch (FileAlreadyExistsException e) {
            String reason = e.getReason();
            err.println("error: " + e.getFile() + (reason != null && reason.startsWith("is the snapshot given")
                    ? " " + reason : " exists; use --force to replace it"));
            return AtlasCommand.BAD_USAGE;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return AtlasCommand.BAD_INPUT;
        }
    }
}
