package org.clusteratlas.snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Snapshot format (see {@code docs/snapshot-format.md}). Unique coordinates are stored once in
 * {@code locations} and addresses refer to them. Version 2 adds the summary: the location table the rows
 * aggregate to ({@code summary_locations}, {@code summary_fields}, {@code summary_unlocated}), written by
 * {@link SnapshotWriter} from the rows it validated, plus a digest of the data pages, so that an unchanged
 * file opens by reading its summary instead of every row (ADR 0100). Version 1 files keep opening from
 * their rows. No CHECK constraints: validation happens on write and on open, with messages that name the
 * offending row.
 */
public final class SnapshotSchema {
    /** The schema version this build writes and the newest it reads. */
    public static final int VERSION = 2;
    /** The first version carrying the summary and the data digest. */
    public static final int SUMMARY_VERSION = 2;

    public static final String METADATA = "metadata";
    public static final String DOCUMENTS = "documents";
    public static final String LOCATIONS = "locations";
    public static final String ADDRESSES = "addresses";
    /** Optional: places for naming clusters and estimating population; the bundled gazetteer when absent. */
    public static final String GAZETTEER = "gazetteer";
    /** Version 2: one row per unique coordinate pair with its aggregated entries packed in a BLOB. */
    public static final String SUMMARY_LOCATIONS = "summary_locations";
    /** Version 2: field names in the order the summary's entries number them. */
    public static final String SUMMARY_FIELDS = "summary_fields";
    /** Version 2: unlocated shares aggregated per (kind, year, field). */
    public static final String SUMMARY_UNLOCATED = "summary_unlocated";

    /** Tables and the columns a reader needs, in order. */
    public static final Map<String, List<String>> REQUIRED_COLUMNS = new LinkedHashMap<>();

    static {
        REQUIRED_COLUMNS.put(METADATA, List.of("key", "value"));
        REQUIRED_COLUMNS.put(DOCUMENTS, List.of("id", "source_id", "kind", "year", "field", "unlocated_share"));
        REQUIRED_COLUMNS.put(LOCATIONS, List.of("id", "lat", "lon", "country", "city"));
        REQUIRED_COLUMNS.put(ADDRESSES, List.of("document_id", "location_id", "share"));
    }

    /** Tables and columns a version-2 file must have besides {@link #REQUIRED_COLUMNS}. */
    public static final Map<String, List<String>> SUMMARY_COLUMNS = new LinkedHashMap<>();

    static {
        SUMMARY_COLUMNS.put(SUMMARY_LOCATIONS, List.of("id", "lat", "lon", "country", "city", "entries"));
        SUMMARY_COLUMNS.put(SUMMARY_FIELDS, List.of("id", "name"));
        SUMMARY_COLUMNS.put(SUMMARY_UNLOCATED, List.of("kind", "year", "field", "weight"));
    }

    /** Bytes per entry in {@code summary_locations.entries}: kind u8, year u16, field + 1 u16, weight f64, LE. */
    public static final int SUMMARY_ENTRY_BYTES = 13;

    /**
     * The metadata table, created last by {@link SnapshotWriter} so that its pages follow every data page
     * the digest covers.
     */
    public static final String METADATA_DDL = "CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT NOT NULL)";

    /** The data tables, in the order {@link SnapshotWriter} creates them (then {@link #METADATA_DDL}). */
    public static final List<String> DDL = List.of(
            "CREATE TABLE documents (id INTEGER PRIMARY KEY, source_id TEXT NOT NULL, kind TEXT NOT NULL,"
                    + " year INTEGER NOT NULL, field TEXT, unlocated_share REAL NOT NULL DEFAULT 0)",
            "CREATE TABLE locations (id INTEGER PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL,"
                    + " country TEXT, city TEXT)",
            "CREATE TABLE addresses (document_id INTEGER NOT NULL, location_id INTEGER NOT NULL, share REAL NOT NULL)",
            "CREATE TABLE gazetteer (name TEXT NOT NULL, country TEXT, admin1 TEXT, lat REAL NOT NULL,"
                    + " lon REAL NOT NULL, population INTEGER NOT NULL)",
            "CREATE TABLE summary_locations (id INTEGER PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL,"
                    + " country TEXT, city TEXT, entries BLOB NOT NULL)",
            "CREATE TABLE summary_fields (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
            "CREATE TABLE summary_unlocated (kind TEXT NOT NULL, year INTEGER NOT NULL, field INTEGER,"
                    + " weight REAL NOT NULL)");

    /** Metadata keys. */
    public static final String KEY_SCHEMA_VERSION = "schema_version";
    public static final String KEY_TITLE = "title";
    public static final String KEY_SOURCE = "source";
    public static final String KEY_LICENCE = "licence";
    public static final String KEY_CREATED = "created";
    public static final String KEY_DOCUMENTS = "documents";
    public static final String KEY_ADDRESSES = "addresses";
    public static final String KEY_LOCATIONS = "locations";
    public static final String KEY_SYNTHETIC = "synthetic";
    /** JSON array of {name, size, sha256, imported} for each imported source file. */
    public static final String KEY_SOURCES = "sources";
    /** Version 2: documents per kind, counted at write time (the summary only holds fractional weights). */
    public static final String KEY_PATENTS = "patents";
    public static final String KEY_PUBLICATIONS = "publications";
    /** Version 2: {@code sha256:HEX} of the data pages, see {@link DataDigest}. */
    public static final String KEY_DATA_DIGEST = "data_digest";
    /** Version 2: the last page the digest covers (it covers pages 2 to this one). */
    public static final String KEY_DATA_PAGES = "data_pages";

    /** Tolerance when checking that a document's shares (located plus unlocated) sum to 1. */
    public static final double SHARE_TOLERANCE = 1e-6;

    private SnapshotSchema() {
    }
}
