package org.clusteratlas.cli;

import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotReader;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rules {@code rank} and {@code map} share, each stated once so the two commands cannot word or apply them
 * differently: the {@code --top} range, an {@code --out} file's directory, and how an unreadable snapshot is
 * said (one line naming file, table and row; exit 3).
 */
final class CommandRules {
    private CommandRules() {
    }

    /** {@code --top} is 0 (all) or more; anything else is bad usage. */
    static void checkTop(CommandLine cl, int top) {
        if (top < 0) {
            throw new ParameterException(cl, "--top must be 0 (all) or more, not " + top);
        }
    }

    /** The directory of the {@code --out} file must exist. */
    static void checkOutDirectory(CommandLine cl, Path out) {
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ParameterException(cl, "--out: no such directory " + dir);
        }
    }

    /**
     * The snapshot, or null once its problem is said on {@code err} as one line (the caller exits
     * {@link AtlasCommand#BAD_INPUT}).
     *
     * @param command the command's name, which starts the line ("rank", "map")
     */
    static Snapshot open(Path snapshot, String command, PrintStream err) {
        try {
            return SnapshotReader.open(snapshot);
        } catch (SnapshotException e) {
            err.println("cluster-atlas " + command + ": " + e.getMessage().replace('\n', ' '));
            return null;
        }
    }
}
