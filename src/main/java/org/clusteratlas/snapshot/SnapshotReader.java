package org.clusteratlas.snapshot;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Opens a snapshot read-only, validates it and loads it into a {@link LocationTable} in one pass per table.
 *
 * <p>Read-only means the file is never written, locked or journaled: SQLite opens it with
 * {@code mode=ro&immutable=1}, so its bytes and modification time stay as they were, no {@code -journal},
 * {@code -wal} or {@code -shm} file appears, and a snapshot on a read-only folder or opened twice at once works.
 *
 * <p>Every check a bad file can fail is made while the rows stream past (no extra full-table queries), and
 * each failure is a {@link SnapshotException} naming the file, the table and the first offending row id.
 */
public final class SnapshotReader {
    /** Years outside this range are taken as damage (a date, a typo), not as data. */
    public static final int MIN_YEAR = 1700;
    public static final int MAX_YEAR = 2200;
    private static final int PROGRESS_STEP = 1 << 16;

    private SnapshotReader() {
    }

    /** Opens, validates and loads {@code file}. */
    public static Snapshot open(Path file) throws SnapshotException {
        return open(file, ProgressListener.NONE);
    }

    /** Opens, validates and loads {@code file}, reporting progress from 0 to 1. */
    public static Snapshot open(Path file, ProgressListener progress) throws SnapshotException {
        if (!Files.exists(file)) {
            throw new SnapshotException(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new SnapshotException(file, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new SnapshotException(file, "not readable (permission denied)");
        }
        SqliteHeader.check(file);
        Load load = null;
        try (Connection db = connect(file)) {
            load = new Load(file, db, progress == null ? ProgressListener.NONE : progress);
            return load.run();
        } catch (SQLException e) {
            String table = load == null ? null : load.table;
            throw new SnapshotException(file, table, -1, "not a readable SQLite snapshot (damaged?): "
                    + e.getMessage(), e);
        }
    }

    /** A read-only, immutable connection: SQLite takes no lock and writes no journal. */
    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.READWRITE);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        // toUri() percent-encodes spaces, '?', '#' and gives /C:/... on Windows, as SQLite URIs want.
        String uri = "file:" + file.toAbsolutePath().toUri().getRawPath() + "?mode=ro&immutable=1";
        return DriverManager.getConnection("jdbc:sqlite:" + uri, config.toProperties());
    }

    /** One load: state shared by the passes over metadata, locations, documents and addresses. */
    private static final class Load {
        private final Path file;
        private final Connection db;
        private final ProgressListener progress;
        private final LocationTable.Builder builder = new LocationTable.Builder();
        private long expectedRows;
        /** The table being read, for messages about SQLite errors (a damaged page). */
        private String table;
        private long addressRows;
        private long rowsDone;
        private double reported;

        private int locationCount;
        private int[] locationIndex; // locations row -> table location (coordinates deduplicated)
        private IdIndex locationIds;

        private int documentCount;
        private IdIndex documentIds;
        private long[] documentIdList;
        private byte[] documentKind;
        private short[] documentYear;
        private short[] documentField;
        private double[] documentShare;
        private final long[] documentsPerKind = new long[DocumentKind.values().length];
        private long addressCount;

        Load(Path file, Connection db, ProgressListener progress) {
            this.file = file;
            this.db = db;
            this.progress = progress;
        }

        Snapshot run() throws SQLException, SnapshotException {
            // No mmap: it saves no CPU on these sequential scans, and a file cut while mapped (a network share
            // going away) would crash the JVM with SIGBUS instead of failing with an I/O error.
            try (Statement st = db.createStatement()) {
                st.execute("PRAGMA cache_size=-16384");
            }
            Set<String> tables = tables();
            Map<String, String> meta = metadata(tables);
            int version = schemaVersion(meta);
            checkColumns(tables);
            addressRows = rowCount(SnapshotSchema.ADDRESSES);
            expectedRows = rowCount(SnapshotSchema.LOCATIONS) + rowCount(SnapshotSchema.DOCUMENTS) + addressRows;
            progress.progress(0);
            table = SnapshotSchema.LOCATIONS;
            loadLocations();
            table = SnapshotSchema.DOCUMENTS;
            loadDocuments();
            table = SnapshotSchema.ADDRESSES;
            loadAddresses();
            checkShareSums();
            table = SnapshotSchema.GAZETTEER;
            org.clusteratlas.geo.Gazetteer gazetteer = SnapshotGazetteerReader.read(file, db, tables);
            table = null;
            SnapshotMetadata m = new SnapshotMetadata(version, meta.get(SnapshotSchema.KEY_TITLE),
                    meta.get(SnapshotSchema.KEY_SOURCE), meta.get(SnapshotSchema.KEY_LICENCE),
                    meta.get(SnapshotSchema.KEY_CREATED),
                    count(meta, SnapshotSchema.KEY_DOCUMENTS, documentCount),
                    count(meta, SnapshotSchema.KEY_ADDRESSES, addressCount),
                    count(meta, SnapshotSchema.KEY_LOCATIONS, locationCount),
                    isTrue(meta.get(SnapshotSchema.KEY_SYNTHETIC)), meta);
            LocationTable table = builder.build();
            progress.progress(1);
            SnapshotCounts counts = new SnapshotCounts(documentsPerKind[DocumentKind.PATENT.ordinal()],
                    documentsPerKind[DocumentKind.PUBLICATION.ordinal()], addressCount, locationCount);
            return new Snapshot(file, m, table, counts, gazetteer);
        }

        private SnapshotException error(String table, long row, String reason) {
            return new SnapshotException(file, table, row, reason);
        }

        private Set<String> tables() throws SQLException {
            Set<String> names = new HashSet<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table','view')")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }

        private Map<String, String> metadata(Set<String> tables) throws SQLException, SnapshotException {
            if (!tables.contains(SnapshotSchema.METADATA)) {
                throw error(SnapshotSchema.METADATA, -1, "missing table; not a Cluster Atlas snapshot");
            }
            checkColumns(SnapshotSchema.METADATA);
            Map<String, String> meta = new HashMap<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT rowid, key, value FROM metadata ORDER BY rowid")) {
                while (rs.next()) {
                    String key = rs.getString(2);
                    String value = rs.getString(3);
                    if (key == null || value == null) {
                        throw error(SnapshotSchema.METADATA, rs.getLong(1), "NULL key or value");
                    }
                    meta.putIfAbsent(key, value);
                }
            }
            return meta;
        }

        private int schemaVersion(Map<String, String> meta) throws SnapshotException {
            String v = meta.get(SnapshotSchema.KEY_SCHEMA_VERSION);
            if (v == null) {
                throw error(SnapshotSchema.METADATA, -1, "missing key '" + SnapshotSchema.KEY_SCHEMA_VERSION
                        + "'; not a Cluster Atlas snapshot");
            }
            int version;
            try {
                version = Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw error(SnapshotSchema.METADATA, -1, "unknown schema_version '" + v + "'");
            }
            if (version > SnapshotSchema.VERSION) {
                throw error(SnapshotSchema.METADATA, -1, "schema_version " + version + " is newer than this"
                        + " version of Cluster Atlas reads (" + SnapshotSchema.VERSION + "); update the app");
            }
            if (version < 1) {
                throw error(SnapshotSchema.METADATA, -1, "unknown schema_version " + version);
            }
            return version;
        }

        private void checkColumns(Set<String> tables) throws SQLException, SnapshotException {
            for (String table : SnapshotSchema.REQUIRED_COLUMNS.keySet()) {
                if (!tables.contains(table)) {
                    throw error(table, -1, "missing table");
                }
                checkColumns(table);
            }
        }

        private void checkColumns(String table) throws SQLException, SnapshotException {
            Set<String> columns = new HashSet<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
                while (rs.next()) {
                    columns.add(rs.getString("name").toLowerCase(java.util.Locale.ROOT));
                }
            }
            for (String c : SnapshotSchema.REQUIRED_COLUMNS.get(table)) {
                if (!columns.contains(c)) {
                    throw error(table, -1, "missing column '" + c + "'");
                }
            }
        }

        /** Rows of a table; cheap (SQLite counts b-tree cells without decoding rows). Sizes arrays, progress. */
        private long rowCount(String table) throws SQLException {
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }

        /** Counts one row read; tells the listener every {@link #PROGRESS_STEP} rows. */
        private void step() {
            if ((++rowsDone & (PROGRESS_STEP - 1)) == 0 && expectedRows > 0) {
                double f = Math.min(0.99, (double) rowsDone / expectedRows);
                if (f > reported) {
                    reported = f;
                    progress.progress(f);
                }
            }
        }

        private void loadLocations() throws SQLException, SnapshotException {
            String t = SnapshotSchema.LOCATIONS;
            long[] ids = new long[1024];
            int[] index = new int[1024];
            int n = 0;
            long previous = Long.MIN_VALUE;
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, lat, lon, country, city,"
                         + " typeof(id) = 'integer', typeof(lat) IN ('real','integer') AND typeof(lon) IN"
                         + " ('real','integer') FROM locations ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (rs.getInt(6) == 0) {
                        throw error(t, n + 1L, "id is " + describe(rs.getString(1)) + ", not an integer"
                                + " (row " + (n + 1) + " in id order)");
                    }
                    if (id == previous) {
                        throw error(t, id, "duplicate id");
                    }
                    previous = id;
                    double lat = rs.getDouble(2);
                    double lon = rs.getDouble(3);
                    if (rs.getInt(7) == 0) {
                        throw error(t, id, "lat/lon is " + describe(rs.getString(2)) + "/"
                                + describe(rs.getString(3)) + ", not a number (NaN is stored as NULL)");
                    }
                    if (!(lat >= -90 && lat <= 90)) {
                        throw error(t, id, "latitude " + lat + " outside [-90, 90]");
                    }
                    if (!(lon >= -180 && lon <= 180)) {
                        throw error(t, id, "longitude " + lon + " outside [-180, 180]");
                    }
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                        index = Arrays.copyOf(index, n * 2);
                    }
                    ids[n] = id;
                    index[n] = builder.location(lat, lon, rs.getString(4), rs.getString(5));
                    n++;
                    step();
                }
            }
            locationCount = n;
            locationIndex = index;
            locationIds = IdIndex.of(ids, n);
        }

        private void loadDocuments() throws SQLException, SnapshotException {
            String t = SnapshotSchema.DOCUMENTS;
            int cap = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1024, rowCount(t) + 1));
            long[] ids = new long[cap];
            byte[] kinds = new byte[cap];
            short[] years = new short[cap];
            short[] fields = new short[cap];
            double[] shares = new double[cap];
            int n = 0;
            long previous = Long.MIN_VALUE;
            String lastField = null;
            int lastFieldIndex = -1;
            DocumentKind[] kindValues = DocumentKind.values();
            try (Statement st = db.createStatement();
                 // kind, year and the type checks travel packed in one integer: fewer JNI calls per row
                 ResultSet rs = st.executeQuery("SELECT id, CASE WHEN typeof(id) = 'integer'"
                         + " AND typeof(year) = 'integer' AND typeof(unlocated_share) IN ('real','integer')"
                         + " THEN (CASE kind WHEN 'patent' THEN 0 WHEN 'publication' THEN 1 ELSE 2 END)"
                         + " + 4 * (CASE WHEN year BETWEEN " + MIN_YEAR + " AND " + MAX_YEAR + " THEN year ELSE 0 END)"
                         + " ELSE -1 END, field, unlocated_share, kind, year FROM documents ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int packed = rs.getInt(2);
                    if (packed < 0) {
                        checkDocumentTypes(rs, n);
                    }
                    if (id == previous) {
                        throw error(t, id, "duplicate id");
                    }
                    previous = id;
                    int kindCode = packed & 3;
                    // the canonical codes are matched in SQL; other spellings (" Patent") take the slow path
                    DocumentKind kind = kindCode < 2 ? kindValues[kindCode] : DocumentKind.fromCode(rs.getString(5));
                    if (kind == null) {
                        throw error(t, id, "unknown kind " + describe(rs.getString(5)) + " (expected 'patent' or"
                                + " 'publication')");
                    }
                    int year = packed >> 2;
                    if (year == 0) {
                        throw error(t, id, "implausible year " + rs.getLong(6) + " (expected " + MIN_YEAR + "-"
                                + MAX_YEAR + ")");
                    }
                    String field = rs.getString(3);
                    int fieldIndex;
                    if (field != null && field.equals(lastField)) {
                        fieldIndex = lastFieldIndex;
                    } else {
                        fieldIndex = builder.field(field);
                        lastField = field;
                        lastFieldIndex = fieldIndex;
                    }
                    double unlocated = rs.getDouble(4);
                    if (!(unlocated >= 0 && unlocated <= 1)) {
                        throw error(t, id, "unlocated_share " + unlocated + " outside [0, 1]");
                    }
                    if (n == ids.length) {
                        int grown = n + (n >> 1) + 16;
                        ids = Arrays.copyOf(ids, grown);
                        kinds = Arrays.copyOf(kinds, grown);
                        years = Arrays.copyOf(years, grown);
                        fields = Arrays.copyOf(fields, grown);
                        shares = Arrays.copyOf(shares, grown);
                    }
                    ids[n] = id;
                    kinds[n] = (byte) kind.ordinal();
                    years[n] = (short) year;
                    fields[n] = (short) fieldIndex;
                    shares[n] = unlocated;
                    documentsPerKind[kind.ordinal()]++;
                    if (unlocated > 0) {
                        builder.addUnlocated(kind, year, fieldIndex, unlocated);
                    }
                    n++;
                    step();
                }
            }
            if (n == 0) {
                throw error(t, -1, "empty snapshot: no documents");
            }
            if (builder.fieldCount() > Short.MAX_VALUE - 1) {
                throw error(t, -1, "more than " + (Short.MAX_VALUE - 1) + " distinct fields");
            }
            documentCount = n;
            documentIdList = ids;
            documentIds = IdIndex.of(ids, n);
            documentKind = kinds;
            documentYear = years;
            documentField = fields;
            documentShare = shares;
        }

        private void checkDocumentTypes(ResultSet rs, int n) throws SQLException, SnapshotException {
            String t = SnapshotSchema.DOCUMENTS;
            try (PreparedStatement ps = db.prepareStatement("SELECT typeof(id), typeof(year),"
                    + " typeof(unlocated_share) FROM documents ORDER BY id LIMIT 1 OFFSET ?")) {
                ps.setInt(1, n);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    if (!"integer".equals(r.getString(1))) {
                        throw error(t, n + 1L, "id is " + describe(rs.getString(1)) + ", not an integer"
                                + " (row " + (n + 1) + " in id order)");
                    }
                    long id = rs.getLong(1);
                    if (!"integer".equals(r.getString(2))) {
                        throw error(t, id, "year is " + describe(rs.getString(6)) + ", not an integer");
                    }
                    throw error(t, id, "unlocated_share is " + describe(rs.getString(4)) + ", not a number"
                            + " (NaN is stored as NULL)");
                }
            }
        }

        private void loadAddresses() throws SQLException, SnapshotException {
            DocumentKind[] kinds = DocumentKind.values();
            int docs = documentCount;
            int locs = locationCount;
            builder.ensureCapacity((int) Math.min(Integer.MAX_VALUE - 16, addressRows));
            long n = 0;
            try (Statement st = db.createStatement()) {
                st.setFetchSize(PROGRESS_STEP);
                try (ResultSet rs = st.executeQuery(
                        "SELECT document_id, location_id, share FROM addresses ORDER BY rowid")) {
                    while (rs.next()) {
                        long documentId = rs.getLong(1);
                        long locationId = rs.getLong(2);
                        double share = rs.getDouble(3);
                        int d = documentIds.indexOf(documentId, docs);
                        int l = locationIds.indexOf(locationId, locs);
                        if (d < 0 || l < 0 || !(share > 0 && share <= 1)) {
                            addressError(n, d, l, share);
                        }
                        documentShare[d] += share;
                        builder.add(locationIndex[l], kinds[documentKind[d]], documentYear[d], documentField[d],
                                share);
                        n++;
                        step();
                    }
                }
            }
            addressCount = n;
        }

        /** The slow path of a bad address: finds its rowid and says what is wrong with it. */
        private void addressError(long ordinal, int d, int l, double share) throws SQLException, SnapshotException {
            String t = SnapshotSchema.ADDRESSES;
            try (PreparedStatement ps = db.prepareStatement("SELECT rowid, document_id, location_id, share,"
                    + " typeof(share) FROM addresses ORDER BY rowid LIMIT 1 OFFSET ?")) {
                ps.setLong(1, ordinal);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long rowid = rs.getLong(1);
                    if (d < 0) {
                        throw error(t, rowid, "document_id " + describe(rs.getString(2))
                                + " has no row in 'documents'");
                    }
                    if (l < 0) {
                        throw error(t, rowid, "location_id " + describe(rs.getString(3))
                                + " has no row in 'locations'");
                    }
                    String shown = "null".equals(rs.getString(5)) ? "NULL (or NaN)" : Double.toString(share);
                    throw error(t, rowid, "share " + shown + " outside (0, 1]");
                }
            }
        }

        private void checkShareSums() throws SnapshotException {
            for (int d = 0; d < documentCount; d++) {
                double sum = documentShare[d];
                if (!(Math.abs(sum - 1) <= SnapshotSchema.SHARE_TOLERANCE)) {
                    throw error(SnapshotSchema.DOCUMENTS, documentIdList[d], "shares sum to " + sum
                            + " (located shares in 'addresses' plus unlocated_share), not 1 within "
                            + SnapshotSchema.SHARE_TOLERANCE);
                }
            }
        }

        private long count(Map<String, String> meta, String key, long actual) throws SnapshotException {
            String v = meta.get(key);
            if (v == null) {
                return actual;
            }
            long stated;
            try {
                stated = Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw error(SnapshotSchema.METADATA, -1, "key '" + key + "' is '" + v + "', not a count");
            }
            if (stated != actual) {
                throw error(SnapshotSchema.METADATA, -1, "key '" + key + "' says " + stated + " but table '"
                        + key + "' has " + actual + " rows; the file was changed after it was written");
            }
            return stated;
        }

        private static boolean isTrue(String v) {
            return v != null && List.of("1", "true", "yes").contains(v.trim().toLowerCase(java.util.Locale.ROOT));
        }

        private static String describe(String value) {
            return value == null ? "NULL" : "'" + value + "'";
        }
    }
}
