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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes a snapshot (format v2) the safe way: everything goes into a temporary file beside the target, which
 * is renamed over the target only by {@link #commit()}. Closing without commit deletes the temporary file, so
 * an interrupted or failed write never leaves a half-written snapshot nor touches an existing one.
 *
 * <p>Every value is checked against {@link SnapshotContract} as it is added (a bad one is an
 * {@link IllegalArgumentException}: importers check with the same contract first and name the input line),
 * and each row is aggregated into the location table the reader would build from the rows. {@link #commit()}
 * checks that each document's shares sum to one, stores that table as the summary, records the
 * {@link DataDigest} of the data pages, and only then creates the metadata, so that an unchanged file opens
 * from its summary.
 *
 * <p>Identical (lat, lon, country, city) addresses share one {@code locations} row. The temporary file is a
 * {@link PartialFiles} one: created with the user's umask, and removed by the next write into the folder if
 * this process is killed before it can delete it. Rows reach SQLite in batches on a thread of their own
 * ({@link SqliteRows}), in the order a single thread would send them. Not thread-safe (one caller).
 */
public final class SnapshotWriter implements AutoCloseable {
    private static final DocumentKind[] KINDS = DocumentKind.values();

    private final Path target;
    private final Path temp;
    private final Connection db;
    /** The rows on their way to SQLite (its own thread). */
    private final SqliteRows rows;
    private final Map<String, Long> organizationIds = new HashMap<>();
    private final LocationRows locationRows = new LocationRows();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final LocationTable.Builder summary = new LocationTable.Builder();
    /** Summary location of each {@code locations} row (row id - 1): rows differing only in names merge. */
    private int[] rowLocation = new int[1024];
    /** Per document (id - 1): kind, year, field index, and its shares so far (unlocated plus located). */
    private byte[] documentKind = new byte[1024];
    private short[] documentYear = new short[1024];
    private short[] documentField = new short[1024];
    private double[] documentShare = new double[1024];
    private final long[] documentsPerKind = new long[DocumentKind.values().length];
    private long documents;
    private long addresses;
    private boolean done;
    /** Deletes the temporary file if the JVM is stopped (Ctrl-C, SIGTERM) before commit or close. */
    private final Thread cleanupOnExit;

    private SnapshotWriter(Path target, boolean overwrite) throws IOException, SQLException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        PartialFiles.removeStale(dir);
        // The hook is registered before the file exists and learns its name before it is created, so a
        // SIGTERM at any moment of the import finds the temporary file it has to remove.
        AtomicReference<Path> partial = new AtomicReference<>();
        this.cleanupOnExit = new Thread(() -> {
            try {
                Path p = partial.get();
                if (p != null) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException ignored) {
                // best effort while the JVM is going down
            }
        }, "snapshot-writer-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
        try {
            this.temp = PartialFiles.create(this.target, partial::set); // empty: SQLite takes it as a new database
        } catch (IOException | RuntimeException e) {
            removeCleanupHook();
            throw e;
        }
        this.db = DriverManager.getConnection("jdbc:sqlite:" + temp);
        try (Statement st = db.createStatement()) {
            st.execute("PRAGMA journal_mode=OFF");
            st.execute("PRAGMA synchronous=OFF");
            st.execute("PRAGMA page_size=8192");
            for (String ddl : SnapshotSchema.DDL) {
                st.execute(ddl);
            }
            // metadata comes last (commit), after the data pages the digest covers
        }
        db.setAutoCommit(false);
        rows = new SqliteRows(db);
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
        int fieldIndex = summary.field(name);
        if (summary.fieldCount() > Short.MAX_VALUE - 1) {
            throw new IllegalArgumentException("more than " + (Short.MAX_VALUE - 1) + " distinct fields");
        }
        int d = (int) documents;
        if (d == documentKind.length) {
            int cap = d + (d >> 1) + 1024;
            documentKind = Arrays.copyOf(documentKind, cap);
            documentYear = Arrays.copyOf(documentYear, cap);
            documentField = Arrays.copyOf(documentField, cap);
            documentShare = Arrays.copyOf(documentShare, cap);
        }
        documentKind[d] = (byte) kind.ordinal();
        documentYear[d] = (short) year;
        documentField[d] = (short) fieldIndex;
        documentShare[d] = unlocatedShare;
        documentsPerKind[kind.ordinal()]++;
        if (unlocatedShare > 0) {
            summary.addUnlocated(kind, year, fieldIndex, unlocatedShare);
        }
        long id = ++documents;
        try {
            rows.document(id, sourceId, kind.code(), year, name, unlocatedShare);
        } catch (SQLException e) {
            throw failure(e);
        }
        return id;
    }

    /** Adds one geocoded address of a document, carrying {@code share} of it, without organisation. */
    public void addAddress(long documentId, double lat, double lon, double share, String country, String city)
            throws IOException {
        addAddress(documentId, lat, lon, share, country, city, null);
    }

    /**
     * Adds one geocoded address of a document, carrying {@code share} of it, credited to {@code organization}
     * (an institution, an assignee; null or blank for none). Organisation names are stored once each.
     */
    public void addAddress(long documentId, double lat, double lon, double share, String country, String city,
                           String organization) throws IOException {
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
            int row = locationRows.rowOf(lat, lon, code, city);
            if (row < 0) {
                row = -1 - row;
                if (row == rowLocation.length) {
                    rowLocation = Arrays.copyOf(rowLocation, row * 2);
                }
                rowLocation[row] = summary.location(lat, lon, code, city);
                rows.location(row + 1, lat, lon, code, city);
            }
            int d = (int) (documentId - 1);
            documentShare[d] += share;
            summary.add(rowLocation[row], KINDS[documentKind[d]], documentYear[d], documentField[d], share);
            Long org = organizationId(organization);
            rows.address(documentId, row + 1, share, org == null ? 0 : org);
            addresses++;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Long organizationId(String organization) throws SQLException {
        if (organization == null || organization.isBlank()) {
            return null;
        }
        String name = organization.strip();
        Long id = organizationIds.get(name);
        if (id == null) {
            id = (long) organizationIds.size() + 1;
            organizationIds.put(name, id);
            rows.organization(id, name);
        }
        return id;
    }

    /** Adds a gazetteer place stored inside the snapshot (optional table). */
    public void addGazetteerPlace(String name, String country, String admin1, double lat, double lon,
                                  long population) throws IOException {
        String problem = name == null || name.isBlank() ? "place without a name" : population < 0
                ? "negative population " + population : SnapshotContract.latitudeProblem(lat);
        if (problem == null) {
            problem = SnapshotContract.longitudeProblem(lon);
        }
        refuse("gazetteer place ", name, problem);
        try {
            rows.run(() -> {
                try (PreparedStatement ps = db.prepareStatement(
                        "INSERT INTO gazetteer(name, country, admin1, lat, lon, population) VALUES (?,?,?,?,?,?)")) {
                    ps.setString(1, name);
                    ps.setString(2, country);
                    ps.setString(3, admin1);
                    ps.setDouble(4, lat);
                    ps.setDouble(5, lon);
                    ps.setLong(6, population);
                    ps.executeUpdate();
                }
            });
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

    /**
     * Checks that every document's shares sum to one, writes the summary, records the data digest and the
     * metadata, and renames the file onto the target.
     *
     * @throws IllegalStateException if a document's shares do not sum to one (nothing is written)
     */
    public void commit() throws IOException {
        for (int d = 0; d < documents; d++) {
            String problem = SnapshotContract.shareSumProblem(documentShare[d]);
            if (problem != null) {
                throw new IllegalStateException("not written to the snapshot: document " + (d + 1) + ": " + problem
                        + " (located plus unlocated)");
            }
        }
        try {
            rows.flush();
            rows.close();
            SummaryCodec.write(db, summary.build());
            db.commit();
            int pageSize;
            long pages;
            try (Statement st = db.createStatement()) {
                pageSize = (int) longPragma(st, "page_size");
                pages = longPragma(st, "page_count");
            }
            String digest = DataDigest.compute(temp, pageSize, pages, DataDigest.schemaText(db),
                    ProgressListener.NONE, 0, 1);
            metadata.put(SnapshotSchema.KEY_DOCUMENTS, Long.toString(documents));
            metadata.put(SnapshotSchema.KEY_ADDRESSES, Long.toString(addresses));
            metadata.put(SnapshotSchema.KEY_LOCATIONS, Long.toString(locationRows.size()));
            metadata.put(SnapshotSchema.KEY_PATENTS, Long.toString(documentsPerKind[DocumentKind.PATENT.ordinal()]));
            metadata.put(SnapshotSchema.KEY_PUBLICATIONS,
                    Long.toString(documentsPerKind[DocumentKind.PUBLICATION.ordinal()]));
            metadata.put(SnapshotSchema.KEY_DATA_DIGEST, digest);
            metadata.put(SnapshotSchema.KEY_DATA_PAGES, Long.toString(pages));
            try (Statement st = db.createStatement()) {
                st.execute(SnapshotSchema.METADATA_DDL);
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO metadata(key, value) VALUES (?,?)")) {
                for (Map.Entry<String, String> e : metadata.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            db.commit();
            // adding the metadata must not have touched a data page; check, as the reader will
            if (!digest.equals(DataDigest.compute(temp, pageSize, pages, DataDigest.schemaText(db),
                    ProgressListener.NONE, 0, 1))) {
                throw new IOException("writing snapshot " + target + " failed: the data pages changed while the"
                        + " metadata was written");
            }
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

    private static long longPragma(Statement st, String name) throws SQLException {
        try (java.sql.ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getLong(1);
        }
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
        rows.close(); // lets SQLite finish what it is writing before the connection goes
        try {
            db.close();
        } catch (SQLException ignored) {
            // the file is deleted anyway
        }
        Files.deleteIfExists(temp);
        removeCleanupHook();
    }
}
