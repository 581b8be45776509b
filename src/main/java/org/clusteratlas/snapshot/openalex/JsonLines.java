package org.clusteratlas.snapshot.openalex;

import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SourceFile;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads a JSON Lines file (one JSON object per line, the OpenAlex snapshot format) line by line, so one
 * malformed line can be reported with its number and, with {@code --skip-bad}, skipped without losing the
 * rest; a truncated gzip stops the import at the line where the data ends.
 */
final class JsonLines implements AutoCloseable {
    private final SourceFile file;
    private final SourceFile.Pass pass;
    private final BufferedReader reader;
    private final Progress progress;
    private long line;

    JsonLines(SourceFile file, Progress progress, String task) throws SnapshotException {
        this.file = file;
        this.progress = progress;
        this.pass = file.open();
        this.reader = pass.reader();
        progress.begin(task, file.size(), pass::bytesRead);
    }

    /** The next non-blank line, or null at the end of the file. */
    String next() throws SnapshotException {
        try {
            String s;
            do {
                s = reader.readLine();
                line++;
            } while (s != null && s.isBlank());
            if (s != null) {
                progress.record();
            } else {
                checkComplete();
            }
            return s;
        } catch (IOException e) {
            throw new SnapshotException(file.path(), null, line, SourceFile.describe(e), e);
        }
    }

    /** Throws when the data ended because the compressed file is truncated or corrupt. */
    void checkComplete() throws SnapshotException {
        IOException f = pass.failure();
        if (f != null) {
            throw new SnapshotException(file.path(), null, line, SourceFile.describe(f) + "; the data ends here", f);
        }
    }

    long line() {
        return line;
    }

    void finish() throws SnapshotException {
        progress.end();
        try {
            pass.finish();
        } catch (IOException e) {
            throw new SnapshotException(file.path(), "cannot read: " + SourceFile.describe(e), e);
        }
    }

    @Override
    public void close() {
        try {
            pass.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
