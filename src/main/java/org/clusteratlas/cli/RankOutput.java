package org.clusteratlas.cli;

import org.clusteratlas.io.AtomicFiles;

import java.io.IOException;
import java.util.function.Supplier;
import java.nio.file.Path;

/**
 * Where {@code rank} writes what it made: standard output, or the {@code --out} file, atomically, with a line on
 * standard error saying what went there. Every mode (ranking, members, windows) writes through here, so the
 * choice and the message of a failed write (exit 1) are defined once.
 */
final class RankOutput {
    private RankOutput() {
    }

    /**
     * @param out     the {@code --out} file, or null for standard output
     * @param body    writes the output to a stream (without closing it)
     * @param written the line said on standard error once {@code out} is written
     * @return the exit code: 0, or 1 when the output could not be written
     */
    static int write(Path out, AtomicFiles.Body body, Supplier<String> written) {
        try {
            if (out == null) {
                body.write(System.out);
            } else {
                AtomicFiles.write(out, body);
                System.err.println(written.get());
            }
            return AtlasCommand.OK;
        } catch (IOException e) {
            System.err.println("cluster-atlas rank: cannot write " + (out == null ? "output" : out) + ": " + e.getMessage());
            return 1;
        }
    }
}
