package org.clusteratlas.snapshot;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files the app writes a file into before renaming it over its target (snapshots, exports,
 * views): {@code .TARGET.PID-RANDOM.partial} beside the target. They are created with the user's umask
 * (like any file the user makes; {@code Files.createTempFile} would make them owner-only, and the rename keeps
 * that), and the process id in the name lets a later write into the same folder recognise the leftovers of a
 * process that was killed before it could clean up (kill -9, a power cut) and remove them, while the
 * temporary file of an import still running elsewhere is left alone.
 */
public final class PartialFiles {
    /** The app's own temporary names; nothing else in a folder is ever touched. */
    private static final Pattern NAME = Pattern.compile("\\..+\\.(\\d{1,19})-[0-9a-f]{12}\\.partial");

    private PartialFiles() {
    }

    /** Creates an empty temporary file for {@code target} (an absolute path) in the target's folder. */
    public static Path create(Path target) throws IOException {
        return create(target, name -> {
        });
    }

    /**
     * Creates an empty temporary file for {@code target}, telling {@code claim} each name just before it is
     * created, so that a cleanup registered beforehand (a shutdown hook) never misses a file that exists.
     */
    public static Path create(Path target, Consumer<Path> claim) throws IOException {
        Path dir = target.getParent();
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            String random = String.format("%012x", ThreadLocalRandom.current().nextLong() & 0xffff_ffff_ffffL);
            Path tmp = dir.resolve("." + target.getFileName() + "." + pid + "-" + random + ".partial");
            claim.accept(tmp);
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Deletes the temporary files in {@code dir} left by processes of this app that no longer run. Best
     * effort: a file that cannot be listed or deleted is left as it was.
     *
     * @return how many were removed
     */
    public static int removeStale(Path dir) {
        int removed = 0;
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.partial")) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != self && ProcessHandle.of(pid).isEmpty() && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: the write itself reports it
        }
        return removed;
    }
}
