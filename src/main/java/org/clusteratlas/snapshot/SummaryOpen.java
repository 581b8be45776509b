package org.clusteratlas.snapshot;

import org.clusteratlas.geo.Gazetteer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two ways a version-2 snapshot's summary is trusted. Fast: the data digest recorded by the writer still
 * matches the file, so rows and summary are exactly what the writer validated, and the summary is loaded
 * alone (one row per unique location). Slow, when the digest does not match (the file was changed, e.g.
 * edited or vacuumed): the rows are validated and aggregated as for version 1 and must give exactly the
 * summary's table; if not, the file is refused rather than shown with figures its rows do not support.
 */
final class SummaryOpen {
    /** The share of the progress bar the digest takes; the summary's rows take the rest. */
    private static final double DIGEST_PART = 0.7;

    private SummaryOpen() {
    }

    /**
     * The snapshot loaded from its summary if the data digest matches, else null (the caller reads rows). The
     * digest is computed on a second thread while this one reads the summary: on two cores the open takes
     * the longer of the two, not their sum. Progress is reported on this thread only.
     */
    static Snapshot openIfIntact(Path file, Connection db, SchemaCheck schema, ProgressListener progress)
            throws SQLException, SnapshotException {
        long pages = schema.statedCount(SnapshotSchema.KEY_DATA_PAGES);
        int pageSize = pageSize(db);
        String schemaText = DataDigest.schemaText(db);
        AtomicLong hashed = new AtomicLong(); // fraction hashed, as double bits
        AtomicBoolean stop = new AtomicBoolean();
        FutureTask<String> digest = new FutureTask<>(() -> DataDigest.compute(file, pageSize, pages, schemaText,
                f -> {
                    if (stop.get()) {
                        throw new CancellationException("open abandoned");
                    }
                    hashed.set(Double.doubleToRawLongBits(f));
                }, 0, 1));
        Thread hashing = new Thread(digest, "snapshot-digest");
        hashing.setDaemon(true);
        progress.progress(0);
        hashing.start();
        try {
            long locationRows = schema.statedCount(SnapshotSchema.KEY_LOCATIONS);
            LocationTable table = SummaryCodec.read(file, db, f -> progress.progress(combined(hashed, f)),
                    (int) Math.min(locationRows, 1 << 24));
            String found = await(file, digest, () -> progress.progress(combined(hashed, 1)));
            if (!found.equals(schema.dataDigest())) {
                return null;
            }
            Gazetteer gazetteer = SnapshotGazetteerReader.read(file, db, schema.tables());
            long patents = schema.statedCount(SnapshotSchema.KEY_PATENTS);
            long publications = schema.statedCount(SnapshotSchema.KEY_PUBLICATIONS);
            long addresses = schema.statedCount(SnapshotSchema.KEY_ADDRESSES);
            if (patents + publications == 0) {
                throw new SnapshotException(file, SnapshotSchema.DOCUMENTS, -1, "empty snapshot: no documents");
            }
            SnapshotMetadata m = schema.metadata(patents + publications, addresses, locationRows);
            progress.progress(1);
            return new Snapshot(file, m, table, new SnapshotCounts(patents, publications, addresses, locationRows),
                    gazetteer);
        } finally {
            stop.set(true);
        }
    }

    private static double combined(AtomicLong hashed, double summary) {
        return Math.min(0.99, DIGEST_PART * Double.longBitsToDouble(hashed.get()) + (1 - DIGEST_PART) * summary);
    }

    /** Waits for the digest, reporting progress every 50 ms (the listener may throw to cancel). */
    private static String await(Path file, FutureTask<String> digest, Runnable tick) throws SnapshotException {
        while (true) {
            try {
                return digest.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                tick.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while checking " + file);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw new SnapshotException(file, null, -1, "cannot read the file: " + cause.getMessage(), cause);
            }
        }
    }

    /** Refuses the file unless the table its rows give is exactly its summary's. */
    static void requireAgreement(Path file, Connection db, LocationTable rows, int locationRows)
            throws SQLException, SnapshotException {
        LocationTable summary = SummaryCodec.read(file, db, ProgressListener.NONE, locationRows);
        String difference = TableDifference.between(rows, summary);
        if (difference != null) {
            throw new SnapshotException(file, SnapshotSchema.SUMMARY_LOCATIONS, -1, "the rows and their summary"
                    + " disagree (" + difference + "): the file was changed after it was written; write it again"
                    + " from its source (import or generate)");
        }
    }

    private static int pageSize(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA page_size")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
