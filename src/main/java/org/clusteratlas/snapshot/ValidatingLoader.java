package org.clusteratlas.snapshot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The row-validating load of a snapshot whose schema has been checked: one streaming pass per table into a
 * {@link LocationTable.Builder}, making every check a bad row can fail while the rows go past (no extra
 * full-table queries; only a failing row is looked up again to describe it), each failure naming the table
 * and the first offending row id.
 */
final class ValidatingLoader {
    private static final int PROGRESS_STEP = 1 << 16;
    private static final int MIN_YEAR = SnapshotContract.MIN_YEAR;
    private static final int MAX_YEAR = SnapshotContract.MAX_YEAR;

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

    ValidatingLoader(Path file, Connection db, ProgressListener progress) {
        this.file = file;
        this.db = db;
        this.progress = progress;
    }

    /**
     * Loads and validates locations, documents and addresses (in that order, so that each address can be
     * checked against the rows it refers to), then checks every document's shares sum to 1.
     */
    void load() throws SQLException, SnapshotException {
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
        table = null;
    }

    /** The table being read when SQLite failed (a damaged page), or null. */
    String table() {
        return table;
    }

    /** Marks the table read next by someone else, for {@link #table()}. */
    void reading(String t) {
        table = t;
    }

    /** The loaded data; call once, after {@link #load()}. */
    LocationTable build() {
        return builder.build();
    }

    SnapshotCounts counts() {
        return new SnapshotCounts(documentsPerKind[DocumentKind.PATENT.ordinal()],
                documentsPerKind[DocumentKind.PUBLICATION.ordinal()], addressCount, locationCount);
    }

    int documentCount() {
        return documentCount;
    }

    long addressCount() {
        return addressCount;
    }

    int locationCount() {
        return locationCount;
    }

    private SnapshotException error(String table, long row, String reason) {
        return new SnapshotException(file, table, row, reason);
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
                String problem = SnapshotContract.latitudeProblem(lat);
                if (problem == null) {
                    problem = SnapshotContract.longitudeProblem(lon);
                }
                String country = SnapshotContract.country(rs.getString(4));
                if (problem == null) {
                    problem = SnapshotContract.countryProblem(country);
                }
                if (problem != null) {
                    throw error(t, id, problem);
                }
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                    index = Arrays.copyOf(index, n * 2);
                }
                ids[n] = id;
                index[n] = builder.location(lat, lon, country, rs.getString(5));
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
                    throw error(t, id, SnapshotContract.kindProblem(rs.getString(5)));
                }
                int year = packed >> 2;
                if (year == 0) {
                    throw error(t, id, SnapshotContract.yearProblem(rs.getLong(6)));
                }
                String field = rs.getString(3);
                int fieldIndex;
                if (field != null && field.equals(lastField)) {
                    fieldIndex = lastFieldIndex;
                } else {
                    String name = SnapshotContract.field(field);
                    String problem = SnapshotContract.fieldProblem(name);
                    if (problem != null) {
                        throw error(t, id, problem);
                    }
                    fieldIndex = builder.field(name);
                    lastField = field;
                    lastFieldIndex = fieldIndex;
                }
                double unlocated = rs.getDouble(4);
                String shareProblem = SnapshotContract.unlocatedShareProblem(unlocated);
                if (shareProblem != null) {
                    throw error(t, id, shareProblem);
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
                throw error(t, rowid, "null".equals(rs.getString(5)) ? "share NULL (or NaN) outside (0, 1]"
                        : SnapshotContract.shareProblem(share));
            }
        }
    }

    private void checkShareSums() throws SnapshotException {
        for (int d = 0; d < documentCount; d++) {
            String problem = SnapshotContract.shareSumProblem(documentShare[d]);
            if (problem != null) {
                throw error(SnapshotSchema.DOCUMENTS, documentIdList[d], problem
                        + " (located shares in 'addresses' plus unlocated_share)");
            }
        }
    }

    private static String describe(String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }
}
