package org.clusteratlas.snapshot.importer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Reader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs commons-csv on a background thread and hands its records over in batches, so that tokenizing the
 * file (about half the import's parsing time) overlaps with validating and storing rows on the caller's
 * thread. Records come with the physical line they start on; a read or syntax failure arrives as a final
 * batch carrying the exception and the line where it happened.
 */
final class CsvRecordPump implements AutoCloseable {
    private static final int BATCH = 2048;

    /** A run of records; {@code failure} or {@code end} mark the last batch. */
    static final class Batch {
        final String[][] records = new String[BATCH][];
        final long[] lines = new long[BATCH];
        int size;
        RuntimeException failure;
        long failureLine;
        boolean end;
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(16);
    private final Thread thread;
    private volatile boolean stopped;

    CsvRecordPump(Reader reader) {
        thread = new Thread(() -> pump(reader), "csv-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void pump(Reader reader) {
        Batch b = new Batch();
        long lastLine = 0;
        try {
            CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            for (CSVRecord rec : parser) {
                if (stopped) {
                    return;
                }
                b.records[b.size] = rec.values();
                b.lines[b.size] = lastLine + 1;
                b.size++;
                lastLine = parser.getCurrentLineNumber();
                if (b.size == BATCH) {
                    queue.put(b);
                    b = new Batch();
                }
            }
            b.end = true;
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | java.io.IOException e) {
            b.failure = e instanceof RuntimeException re ? re : new java.io.UncheckedIOException((java.io.IOException) e);
            b.failureLine = lastLine + 1;
            try {
                queue.put(b);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next batch; blocks until the reader thread has one. */
    Batch next() throws InterruptedException {
        return queue.take();
    }

    /** Stops the reader thread (if the caller gave up early) and waits for it. */
    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        queue.clear();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
