package org.clusteratlas.snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Snapshot format v1 (see {@code docs/snapshot-format.md}). Unique coordinates are stored once in
 * {@code locations} and addresses refer to them, so that loading 10M addresses reads three numbers per row.
 * No CHECK constraints: validation happens on open, with messages that name the offending row.
 */
public final class SnapshotSchema {
    /** The schema version this build writes and the newest it reads. */
    public static final int VERSION = 1;

    public static final String METADATA = "metadata";
    public static final String DOCUMENTS = "documents";
    public static final String LOCATIONS = "locations";
    public static final String ADDRESSES = "addresses";
    /** Optional: places for naming clusters and estimating population; the bundled gazetteer when absent. */
    public static final String GAZETTEER = "gazetteer";
    /**
     * Optional: organisation names (institutions, assignees), referenced by the optional column
     * {@link #ADDRESS_ORGANIZATION} of {@code addresses}. Files without them open as before, without organisations.
     */
    public static final String ORGANIZATIONS = "organizations";
    /** Optional column of {@code addresses}: an {@code organizations.id}, or NULL when the address has none. */
    public static final String ADDRESS_ORGANIZATION = "organization_id";

    /** Tables and the columns a reader needs, in order. */
    public static final Map<String, List<String>> REQUIRED_COLUMNS = new LinkedHashMap<>();

    static {
        REQUIRED_COLUMNS.put(METADATA, List.of("key", "value"));
        REQUIRED_COLUMNS.put(DOCUMENTS, List.of("id", "source_id", "kind", "year", "field", "unlocated_share"));
        REQUIRED_COLUMNS.put(LOCATIONS, List.of("id", "lat", "lon", "country", "city"));
        REQUIRED_COLUMNS.put(ADDRESSES, List.of("document_id", "location_id", "share"));
    }

    public static final List<String> DDL = List.of(
            "CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE documents (id INTEGER PRIMARY KEY, source_id TEXT NOT NULL, kind TEXT NOT NULL,"
                    + " year INTEGER NOT NULL, field TEXT, unlocated_share REAL NOT NULL DEFAULT 0)",
            "CREATE TABLE locations (id INTEGER PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL,"
                    + " country TEXT, city TEXT)",
            "CREATE TABLE addresses (document_id INTEGER NOT NULL, location_id INTEGER NOT NULL, share REAL NOT NULL,"
                    + " organization_id INTEGER)",
            "CREATE TABLE organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
            "CREATE TABLE gazetteer (name TEXT NOT NULL, country TEXT, admin1 TEXT, lat REAL NOT NULL,"
                    + " lon REAL NOT NULL, population INTEGER NOT NULL)");

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

    /** Tolerance when checking that a document's shares (located plus unlocated) sum to 1. */
    public static final double SHARE_TOLERANCE = 1e-6;

    private SnapshotSchema() {
    }
}
