package org.clusteratlas.snapshot;

import org.clusteratlas.geo.Gazetteer;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens a snapshot read-only, validates it and loads it into a {@link LocationTable}: {@link SnapshotFileCheck}
 * (the file and its SQLite header), {@link SchemaCheck} (tables, columns, metadata), then for a version-2 file
 * whose data digest still matches {@link SummaryOpen} (the stored summary, one row per location), otherwise
 * {@link ValidatingLoader} (every row, one pass per table; for version 2 then compared with the summary), and
 * {@link SnapshotGazetteerReader} (the optional gazetteer).
 *
 * <p>Read-only means the file is never written, locked or journaled: SQLite opens it with
 * {@code mode=ro&immutable=1}, so its bytes and modification time stay as they were, no {@code -journal},
 * {@code -wal} or {@code -shm} file appears, and a snapshot on a read-only folder or opened twice at once works.
 *
 * <p>On the rows path every check a bad file can fail is made while the rows stream past (no extra full-table
 * queries); each failure is a {@link SnapshotException} naming the file, the table and the first offending row.
 */
public final class SnapshotReader {
    private SnapshotReader() {
    }

    /** Opens, validates and loads {@code file}. */
    public static Snapshot open(Path file) throws SnapshotException {
        return open(file, ProgressListener.NONE);
    }

    /**
     * Opens, validates and loads {@code file}, reporting progress from 0 to 1. The listener may stop the open
     * by throwing (e.g. a {@link java.util.concurrent.CancellationException} when the user cancels); the file
     * is closed and the exception propagates.
     */
    public static Snapshot open(Path file, ProgressListener progress) throws SnapshotException {
        SnapshotFileCheck.check(file);
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        ValidatingLoader load = null;
        try (Connection db = connect(file)) {
            load = new ValidatingLoader(file, db, listener);
            return read(file, db, load, listener);
        } catch (SQLException e) {
            String table = load == null ? null : load.table();
            throw new SnapshotException(file, table, -1, "not a readable SQLite snapshot (damaged?): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Schema first; then, for a version-2 file whose data digest matches, its summary; otherwise the rows
     * (checked against the summary when there is one); then the optional gazetteer and the metadata's counts.
     */
    private static Snapshot read(Path file, Connection db, ValidatingLoader load, ProgressListener progress)
            throws SQLException, SnapshotException {
        // No mmap: it saves no CPU on these sequential scans, and a file cut while mapped (a network share
        // going away) would crash the JVM with SIGBUS instead of failing with an I/O error.
        try (Statement st = db.createStatement()) {
            st.execute("PRAGMA cache_size=-16384");
        }
        SchemaCheck schema = SchemaCheck.run(file, db);
        if (schema.version() >= SnapshotSchema.SUMMARY_VERSION) {
            Snapshot fast = SummaryOpen.openIfIntact(file, db, schema, progress);
            if (fast != null) {
                return fast;
            }
        }
        load.load();
        load.reading(SnapshotSchema.GAZETTEER);
        Gazetteer gazetteer = SnapshotGazetteerReader.read(file, db, schema.tables());
        load.reading(null);
        SnapshotMetadata m = schema.metadata(load.documentCount(), load.addressCount(), load.locationCount());
        LocationTable table = load.build();
        if (schema.version() >= SnapshotSchema.SUMMARY_VERSION) {
            SummaryOpen.requireAgreement(file, db, table, load.locationCount());
        }
        progress.progress(1);
        return new Snapshot(file, m, table, load.counts(), gazetteer);
    }

    /** A read-only, immutable connection: SQLite takes no lock and writes no journal. */
    public static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.READWRITE);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        // toUri() percent-encodes spaces, '?', '#' and gives /C:/... on Windows, as SQLite URIs want.
        String uri = "file:" + file.toAbsolutePath().toUri().getRawPath() + "?mode=ro&immutable=1";
        return DriverManager.getConnection("jdbc:sqlite:" + uri, config.toProperties());
    }
}
