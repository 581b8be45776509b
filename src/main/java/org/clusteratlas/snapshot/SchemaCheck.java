package org.clusteratlas.snapshot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks that an open SQLite file is a Cluster Atlas snapshot this build can read, before any row is loaded:
 * the tables and columns exist, the metadata is well formed and its schema version is not newer than this
 * build. After the load, {@link #metadata} also checks the counts the metadata states against the rows found,
 * which catches a file edited after it was written.
 */
final class SchemaCheck {
    private final Path file;
    private final Set<String> tables;
    private final Map<String, String> meta;
    private final int version;

    private SchemaCheck(Path file, Set<String> tables, Map<String, String> meta, int version) {
        this.file = file;
        this.tables = tables;
        this.meta = meta;
        this.version = version;
    }

    /** Reads the table list and the metadata, and checks the schema version and the required columns. */
    static SchemaCheck run(Path file, Connection db) throws SQLException, SnapshotException {
        Set<String> tables = tables(db);
        Map<String, String> meta = metadata(file, db, tables);
        int version = schemaVersion(file, meta);
        for (String table : SnapshotSchema.REQUIRED_COLUMNS.keySet()) {
            if (!tables.contains(table)) {
                throw new SnapshotException(file, table, -1, "missing table");
            }
            requireColumns(file, db, table, SnapshotSchema.REQUIRED_COLUMNS.get(table));
        }
        if (version >= SnapshotSchema.SUMMARY_VERSION) {
            for (String table : SnapshotSchema.SUMMARY_COLUMNS.keySet()) {
                if (!tables.contains(table)) {
                    throw new SnapshotException(file, table, -1, "missing table (required from schema_version "
                            + SnapshotSchema.SUMMARY_VERSION + ")");
                }
                requireColumns(file, db, table, SnapshotSchema.SUMMARY_COLUMNS.get(table));
            }
            for (String key : List.of(SnapshotSchema.KEY_DATA_DIGEST, SnapshotSchema.KEY_DATA_PAGES,
                    SnapshotSchema.KEY_PATENTS, SnapshotSchema.KEY_PUBLICATIONS, SnapshotSchema.KEY_DOCUMENTS,
                    SnapshotSchema.KEY_ADDRESSES, SnapshotSchema.KEY_LOCATIONS)) {
                if (!meta.containsKey(key)) {
                    throw new SnapshotException(file, SnapshotSchema.METADATA, -1, "missing key '" + key
                            + "' (required from schema_version " + SnapshotSchema.SUMMARY_VERSION + ")");
                }
            }
        }
        return new SchemaCheck(file, tables, meta, version);
    }

    int version() {
        return version;
    }

    /** The digest recorded at write time ({@code sha256:HEX}). */
    String dataDigest() {
        return meta.get(SnapshotSchema.KEY_DATA_DIGEST);
    }

    /** A count the metadata states (version 2 requires them), checked to be a non-negative integer. */
    long statedCount(String key) throws SnapshotException {
        String v = meta.get(key);
        try {
            long n = Long.parseLong(v.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw new SnapshotException(file, SnapshotSchema.METADATA, -1, "key '" + key + "' is '" + v
                + "', not a count");
    }

    /** Names of the file's tables and views. */
    Set<String> tables() {
        return tables;
    }

    /** The snapshot's metadata after checking that the counts it states match the rows loaded. */
    SnapshotMetadata metadata(long documents, long addresses, long locations) throws SnapshotException {
        return new SnapshotMetadata(version, meta.get(SnapshotSchema.KEY_TITLE),
                meta.get(SnapshotSchema.KEY_SOURCE), meta.get(SnapshotSchema.KEY_LICENCE),
                meta.get(SnapshotSchema.KEY_CREATED),
                count(SnapshotSchema.KEY_DOCUMENTS, documents),
                count(SnapshotSchema.KEY_ADDRESSES, addresses),
                count(SnapshotSchema.KEY_LOCATIONS, locations),
                isTrue(meta.get(SnapshotSchema.KEY_SYNTHETIC)), meta);
    }

    /** Throws naming the first of {@code required} that {@code table} lacks (names compared ignoring case). */
    static void requireColumns(Path file, Connection db, String table, Collection<String> required)
            throws SQLException, SnapshotException {
        Set<String> columns = new HashSet<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (rs.next()) {
                columns.add(rs.getString("name").toLowerCase(Locale.ROOT));
            }
        }
        for (String c : required) {
            if (!columns.contains(c)) {
                throw new SnapshotException(file, table, -1, "missing column '" + c + "'");
            }
        }
    }

    private static Set<String> tables(Connection db) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table','view')")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Map<String, String> metadata(Path file, Connection db, Set<String> tables)
            throws SQLException, SnapshotException {
        String t = SnapshotSchema.METADATA;
        if (!tables.contains(t)) {
            throw new SnapshotException(file, t, -1, "missing table; not a Cluster Atlas snapshot");
        }
        requireColumns(file, db, t, SnapshotSchema.REQUIRED_COLUMNS.get(t));
        Map<String, String> meta = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT rowid, key, value FROM metadata ORDER BY rowid")) {
            while (rs.next()) {
                String key = rs.getString(2);
                String value = rs.getString(3);
                if (key == null || value == null) {
                    throw new SnapshotException(file, t, rs.getLong(1), "NULL key or value");
                }
                meta.putIfAbsent(key, value);
            }
        }
        return meta;
    }

    private static int schemaVersion(Path file, Map<String, String> meta) throws SnapshotException {
        String t = SnapshotSchema.METADATA;
        String v = meta.get(SnapshotSchema.KEY_SCHEMA_VERSION);
        if (v == null) {
            throw new SnapshotException(file, t, -1, "missing key '" + SnapshotSchema.KEY_SCHEMA_VERSION
                    + "'; not a Cluster Atlas snapshot");
        }
        int version;
        try {
            version = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new SnapshotException(file, t, -1, "unknown schema_version '" + v + "'");
        }
        if (version > SnapshotSchema.VERSION) {
            throw new SnapshotException(file, t, -1, "schema_version " + version + " is newer than this"
                    + " version of Cluster Atlas reads (" + SnapshotSchema.VERSION + "); update the app");
        }
        if (version < 1) {
            throw new SnapshotException(file, t, -1, "unknown schema_version " + version);
        }
        return version;
    }

    private long count(String key, long actual) throws SnapshotException {
        String v = meta.get(key);
        if (v == null) {
            return actual;
        }
        long stated;
        try {
            stated = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new SnapshotException(file, SnapshotSchema.METADATA, -1, "key '" + key + "' is '" + v
                    + "', not a count");
        }
        if (stated != actual) {
            throw new SnapshotException(file, SnapshotSchema.METADATA, -1, "key '" + key + "' says " + stated
                    + " but table '" + key + "' has " + actual + " rows; the file was changed after it was written");
        }
        return stated;
    }

    private static boolean isTrue(String v) {
        return v != null && List.of("1", "true", "yes").contains(v.trim().toLowerCase(Locale.ROOT));
    }
}
