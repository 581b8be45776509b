package org.clusteratlas.cli;

import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.DocumentImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.SnapshotImport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * Runs an importer the same way for every real-data command (and the Spark builder's): one summary on stderr, bad input as one line
 * naming file, line and reason (exit 3, never a stack trace), an existing output refused without
 * {@code --force} (exit 2).
 */
public final class RealDataImportRunner {
    private RealDataImportRunner() {
    }

    /** Something that builds the importer; building may already fail on a missing file. */
    public interface Factory {
        DocumentImport create() throws SnapshotException, IOException;
    }

    public static int run(Factory factory, Path out, boolean force, Path append, String title, PrintStream err) {
        try {
            if (append != null && !force && out.toAbsolutePath().normalize()
                    .equals(append.toAbsolutePath().normalize())) {
                err.println("error: --out is the snapshot given to --append; choose a new file, or add --force"
                        + " to replace it");
                return AtlasCommand.BAD_USAGE;
            }
            DocumentImport source = factory.create();
            ImportReport report = new SnapshotImport(out, force, append, title).run(source);
            err.println(report.summary());
            err.println("wrote " + out);
            return AtlasCommand.OK;
        } catch (FileAlreadyExistsException e) {
            err.println("error: " + out + " exists; choose another name or add --force to replace it");
            return AtlasCommand.BAD_USAGE;
        } catch (SnapshotException e) {
            err.println("error: " + e.getMessage());
            return AtlasCommand.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            // a value the snapshot contract refuses, said as bad input rather than as a stack trace
            err.println("error: " + e.getMessage());
            return AtlasCommand.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
