package org.clusteratlas.snapshot;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a v1 snapshot the safe way: everything goes into a temporary file beside the target, which is
 * renamed over the target only by {@link #commit()}. Closing without commit deletes the temporary file, so
 * an interrupted or failed write never leaves a half-written snapshot nor touches an existing one.
 *
 * <p>Identical (lat, lon, country, city) addresses share one {@code locations} row. Every value is checked
 * against {@link SnapshotContract} before it is written, so a committed snapshot always opens. The temporary
 * file is a {@link PartialFiles} one: created with the user's umask, and removed by the next write into the
 * folder if this process is killed before it can delete it. Not thread-safe.
 */
public final class SnapshotWriter implements AutoCloseable {
    private static final int BATCH = 10_000;

    private final Path target;
    private final Path temp;
    private final Connection db;
    private final PreparedStatement insertDocument;
    private final PreparedStatement insertLocation;
    private final PreparedStatement insertAddress;
    private final Map<LocationKey, Long> locationIds = new HashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private long documents;
    private long addresses;
    private int pendingDocuments;
    private int pendingLocations;
    private int pendingAddresses;
    private boolean done;
    /** Deletes the temporary file if the JVM is stopped (Ctrl-C, SIGTERM) before commit or close. */
    private final Thread cleanupOnExit;

    private record LocationKey(double lat, double lon, String country, String city) {
    }

    private SnapshotWriter(Path target, boolean overwrite) throws IOException, SQLException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        PartialFiles.removeStale(dir);
        this.temp = PartialFiles.create(this.target); // empty: SQLite takes it as a new database
        Path partial = temp;
        this.cleanupOnExit = new Thread(() -> {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // best effort while the JVM is going down
            }
        }, "snapshot-writer-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
        this.db = DriverManager.getConnection("jdbc:sqlite:" + temp);
        try (Statement st = db.createStatement()) {
            st.execute("PRAGMA journal_mode=OFF");
            st.execute("PRAGMA synchronous=OFF");
            st.execute("PRAGMA page_size=8192");
            for (String ddl : SnapshotSchema.DDL) {
                st.execute(ddl);
            }
        }
        db.setAutoCommit(false);
        insertDocument = db.prepareStatement(
                "INSERT INTO documents(id, source_id, kind, year, field, unlocated_share) VALUES (?,?,?,?,?,?)");
        insertLocation = db.prepareStatement("INSERT INTO locations(id, lat, lon, country, city) VALUES (?,?,?,?,?)");
        insertAddress = db.prepareStatement("INSERT INTO addresses(document_id, location_id, share) VALUES (?,?,?)");
        metadata.put(SnapshotSchema.KEY_SCHEMA_VERSION, Integer.toString(SnapshotSchema.VERSION));
        metadata.put(SnapshotSchema.KEY_CREATED, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        metadata.put(SnapshotSchema.KEY_SYNTHETIC, "0");
    }

    /**
     * Starts a snapshot that {@link #commit()} will place at {@code target}.
     *
     * @param overwrite whether an existing file at {@code target} may be replaced (the user's {@code --force})
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
     */
    public static SnapshotWriter create(Path target, boolean overwrite) throws IOException {
        if (!overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "exists; choose another name or allow overwriting (--force)");
        }
        try {
            return new SnapshotWriter(target, overwrite);
        } catch (SQLException e) {
            throw new IOException("cannot create snapshot beside " + target + ": " + e.getMessage(), e);
        }
    }

    /** Sets a metadata value (title, source, licence, synthetic, sources...). Counts are set by commit. */
    public SnapshotWriter metadata(String key, String value) {
        metadata.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        return this;
    }

    public SnapshotWriter title(String title) {
        return metadata(SnapshotSchema.KEY_TITLE, title);
    }

    public SnapshotWriter synthetic(boolean synthetic) {
        return metadata(SnapshotSchema.KEY_SYNTHETIC, synthetic ? "1" : "0");
    }

    /**
     * Adds a document and returns its id (1, 2, ...).
     *
     * @param unlocatedShare the part of the document whose addresses could not be geocoded (0 when all were)
     */
    public long addDocument(String sourceId, DocumentKind kind, int year, String field, double unlocatedShare)
            throws IOException {
        String name = SnapshotContract.field(field);
        String problem = kind == null ? "no kind" : SnapshotContract.sourceIdProblem(sourceId);
        if (problem == null) {
            problem = SnapshotContract.yearProblem(year);
        }
        if (problem == null) {
            problem = SnapshotContract.fieldProblem(name);
        }
        if (problem == null) {
            problem = SnapshotContract.unlocatedShareProblem(unlocatedShare);
        }
        refuse("document ", sourceId, problem);
        long id = ++documents;
        try {
            insertDocument.setLong(1, id);
            insertDocument.setString(2, sourceId);
            insertDocument.setString(3, kind.code());
            insertDocument.setInt(4, year);
            insertDocument.setString(5, name);
            insertDocument.setDouble(6, unlocatedShare);
            insertDocument.addBatch();
            if (++pendingDocuments == BATCH) {
                insertDocument.executeBatch();
                pendingDocuments = 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return id;
    }

    /** Adds one geocoded address of a document, carrying {@code share} of it. */
    public void addAddress(long documentId, double lat, double lon, double share, String country, String city)
            throws IOException {
        String code = SnapshotContract.country(country);
        String problem = documentId >= 1 && documentId <= documents ? SnapshotContract.latitudeProblem(lat)
                : "no such document";
        if (problem == null) {
            problem = SnapshotContract.longitudeProblem(lon);
        }
        if (problem == null) {
            problem = SnapshotContract.shareProblem(share);
        }
        if (problem == null) {
            problem = SnapshotContract.countryProblem(code);
        }
        refuse("an address of document ", documentId, problem);
        try {
            LocationKey key = new LocationKey(lat, lon, code, city);
            Long loc = locationIds.get(key);
            if (loc == null) {
                loc = (long) locationIds.size() + 1;
                locationIds.put(key, loc);
                insertLocation.setLong(1, loc);
                insertLocation.setDouble(2, lat);
                insertLocation.setDouble(3, lon);
                insertLocation.setString(4, code);
                insertLocation.setString(5, city);
                insertLocation.addBatch();
                if (++pendingLocations == BATCH) {
                    insertLocation.executeBatch();
                    pendingLocations = 0;
                }
            }
            insertAddress.setLong(1, documentId);
            insertAddress.setLong(2, loc);
            insertAddress.setDouble(3, share);
            insertAddress.addBatch();
            addresses++;
            if (++pendingAddresses == BATCH) {
                insertAddress.executeBatch();
                pendingAddresses = 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Adds a gazetteer place stored inside the snapshot (optional table). */
    public void addGazetteerPlace(String name, String country, String admin1, double lat, double lon,
                                  long population) throws IOException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO gazetteer(name, country, admin1, lat, lon, population) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, name);
            ps.setString(2, country);
            ps.setString(3, admin1);
            ps.setDouble(4, lat);
            ps.setDouble(5, lon);
            ps.setLong(6, population);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public long documentCount() {
        return documents;
    }

    public long addressCount() {
        return addresses;
    }

    /** Finishes the file and renames it onto the target. */
    public void commit() throws IOException {
        try {
            insertDocument.executeBatch();
            insertLocation.executeBatch();
            insertAddress.executeBatch();
            metadata.put(SnapshotSchema.KEY_DOCUMENTS, Long.toString(documents));
            metadata.put(SnapshotSchema.KEY_ADDRESSES, Long.toString(addresses));
            metadata.put(SnapshotSchema.KEY_LOCATIONS, Long.toString(locationIds.size()));
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO metadata(key, value) VALUES (?,?)")) {
                for (Map.Entry<String, String> e : metadata.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            db.commit();
            db.close();
        } catch (SQLException e) {
            throw failure(e);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
        removeCleanupHook();
    }

    private void removeCleanupHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway; the temporary file is gone or about to be
        }
    }

    /**
     * Refuses a value the reader would refuse ({@link SnapshotContract}): importers check every value with
     * the same contract first and name the input line, so reaching this is a bug in the caller.
     */
    private static void refuse(String what, Object id, String problem) {
        if (problem != null) { // the message is built only here: this runs for every row
            throw new IllegalArgumentException("not written to the snapshot: " + what + id + ": " + problem);
        }
    }

    private IOException failure(SQLException e) {
        return new IOException("writing snapshot " + target + " failed: " + e.getMessage(), e);
    }

    /** Abandons an uncommitted snapshot: the temporary file is deleted and the target left as it was. */
    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        done = true;
        try {
            db.close();
        } catch (SQLException ignored) {
            // the file is deleted anyway
        }
        Files.deleteIfExists(temp);
        removeCleanupHook();
    }
}
