package org.clusteratlas.ui;

import org.clusteratlas.snapshot.importer.CsvImportOptions;
import org.clusteratlas.snapshot.importer.CsvImporter;
import org.clusteratlas.snapshot.importer.ImportResult;
import org.clusteratlas.snapshot.openalex.OpenAlexImport;
import org.clusteratlas.snapshot.patentsview.PatentsViewImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SnapshotImport;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One import started from File &gt; Import, run off the FX thread by the same importers as the
 * {@code import} command, so the window and the command line write identical snapshots. Progress lines
 * (the ones the command prints on stderr) go to the given sink.
 */
@FunctionalInterface
public interface ImportJob {

    /**
     * What an import gave: the snapshot written, and the importer's report (what was written, what was left
     * out and why, with counts), the lines the command prints on stderr.
     */
    record Imported(Path snapshot, String report) {
    }

    /** Runs the import and returns the snapshot written with its report. */
    Imported run(Consumer<String> progress) throws Exception;

    /**
     * The generic CSV ({@code import --csv}). The output was chosen in a save dialog that already asked
     * before replacing an existing file, so replacing is allowed here.
     */
    static ImportJob csv(Path csv, Path out) {
        return progress -> {
            PrintStream lines = new PrintStream(new LineSink(progress), true, StandardCharsets.UTF_8);
            ImportResult r = new CsvImporter(new CsvImportOptions(null, true, false, lines)).importFile(csv, out);
            return new Imported(out, String.format(Locale.ROOT, "%,d documents, %,d addresses written",
                    r.documents(), r.addresses()));
        };
    }

    /** PatentsView bulk tables ({@code import patentsview}); {@code cpc} may be null. */
    static ImportJob patentsView(Path patents, Path inventors, Path locations, Path cpc, Path out) {
        return progress -> {
            ImportReport r = new SnapshotImport(out, true, null, null)
                    .run(new PatentsViewImport(patents, inventors, locations, cpc, false, new Progress(progress)));
            return new Imported(out, r.summary());
        };
    }

    /** OpenAlex works and institutions ({@code import openalex}), articles of all years. */
    static ImportJob openAlex(List<Path> works, List<Path> institutions, Path out) {
        return progress -> {
            ImportReport r = new SnapshotImport(out, true, null, null).run(new OpenAlexImport(works, institutions,
                    Set.of("article"), Integer.MIN_VALUE, Integer.MAX_VALUE, false, new Progress(progress)));
            return new Imported(out, r.summary());
        };
    }

    /** Turns what an importer prints into whole lines for a label. */
    final class LineSink extends OutputStream {
        private final Consumer<String> lines;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        LineSink(Consumer<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.accept(pending.toString(StandardCharsets.UTF_8).stripTrailing());
                pending.reset();
            } else {
                pending.write(b);
            }
        }
    }
}
