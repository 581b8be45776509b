package org.clusteratlas.cli;

import org.clusteratlas.sample.BundledSample;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotMetadata;
import org.clusteratlas.snapshot.SnapshotReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code info [FILE]}: what a snapshot is and holds, after the same full validation the window does, so it
 * doubles as a checker for snapshots made by other tools. Bad input: one line on stderr, exit 3.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Validate a snapshot and print its metadata and contents.")
public final class InfoCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "snapshot file (.sqlite); default: the bundled sample, ${DEFAULT-VALUE}")
    Path file = BundledSample.path();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Snapshot s;
        try {
            s = SnapshotReader.open(file);
        } catch (SnapshotException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("cluster-atlas info: " + e.getMessage().replace('\n', ' '));
            err.flush();
            return AtlasCommand.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        SnapshotMetadata m = s.metadata();
        row(out, "File", file.toString());
        row(out, "Title", m.title());
        row(out, "Source", m.source());
        row(out, "Licence", m.licence());
        row(out, "Created", m.created());
        row(out, "Schema version", Integer.toString(m.schemaVersion()));
        row(out, "Data", m.synthetic() ? "SYNTHETIC: generated for demonstration, not real patents or publications"
                : "not marked synthetic");
        row(out, "Documents", String.format(Locale.ROOT, "%,d (patents %,d, publications %,d)",
                s.counts().documents(), s.counts().documents(DocumentKind.PATENT),
                s.counts().documents(DocumentKind.PUBLICATION)));
        row(out, "Addresses", String.format(Locale.ROOT, "%,d", s.counts().addresses()));
        row(out, "Unique locations", String.format(Locale.ROOT, "%,d", s.table().size()));
        row(out, "Years", s.table().minYear() == s.table().maxYear() ? Integer.toString(s.table().minYear())
                : s.table().minYear() + "-" + s.table().maxYear());
        List<String> fields = s.table().fields().stream().sorted().toList();
        row(out, "Fields", fields.isEmpty() ? "none" : fields.size() + ": " + String.join("; ", fields));
        out.flush();
        return AtlasCommand.OK;
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "%-17s %s%n", label + ":", value == null || value.isBlank() ? "-" : value);
    }
}
