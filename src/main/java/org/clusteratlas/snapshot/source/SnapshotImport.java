package org.clusteratlas.snapshot.source;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.SnapshotSchema;
import org.clusteratlas.snapshot.SnapshotWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link DocumentImport} into a new snapshot file with the guarantees every import gives: the output
 * is written to a temporary file and renamed only when complete, an existing file is replaced only when the
 * user allowed it, and the metadata lists every source file (name, size, SHA-256, import time).
 *
 * <p>With {@code append}, the documents and addresses of an existing snapshot of the same schema version are
 * validated as on open (through the reader's own connection code, so any path the reader opens works) and
 * copied first (read directly with SQL, so nothing is aggregated or lost), then the new source is added, and
 * the result is written as a new file: this is how patents from PatentsView and publications from OpenAlex
 * end up in one snapshot and rank together.
 */
public final class SnapshotImport {
    private final Path out;
    private final boolean force;
    private final Path append;
    private final String title;

    /**
     * @param out    the snapshot to write
     * @param force  whether an existing {@code out} may be replaced
     * @param append an existing snapshot whose content is copied first, or null
     * @param title  the snapshot title, or null for a default (or the appended snapshot's title)
     */
    public SnapshotImport(Path out, boolean force, Path append, String title) {
        this.out = out;
        this.force = force;
        this.append = append;
        this.title = title;
    }

    /**
     * Imports and commits.
     *
     * @throws java.nio.file.FileAlreadyExistsException when {@code out} exists and {@code force} is off
     */
    public ImportReport run(DocumentImport source) throws SnapshotException, IOException {
        ImportReport report = new ImportReport();
        try (SnapshotWriter w = SnapshotWriter.create(out, force)) {
            Existing existing = append == null ? null : copy(append, w, report);
            source.writeTo(w, report);
            List<SourceInfo> sources = new ArrayList<>();
            String sourceName = source.sourceName();
            String licence = source.licence();
            String t = title;
            if (existing != null) {
                sources.addAll(SourceInfo.fromJson(existing.metadata.get(SnapshotSchema.KEY_SOURCES)));
                sourceName = join(existing.metadata.get(SnapshotSchema.KEY_SOURCE), sourceName);
                licence = join(existing.metadata.get(SnapshotSchema.KEY_LICENCE), licence);
                if (t == null) {
                    t = existing.metadata.get(SnapshotSchema.KEY_TITLE);
                }
            }
            sources.addAll(source.sources());
            w.title(t == null ? source.sourceName() : t);
            w.metadata(SnapshotSchema.KEY_SOURCE, sourceName);
            if (licence != null) {
                w.metadata(SnapshotSchema.KEY_LICENCE, licence);
            }
            w.metadata(SnapshotSchema.KEY_SOURCES, SourceInfo.toJson(sources));
            w.synthetic(existing != null && "1".equals(existing.metadata.get(SnapshotSchema.KEY_SYNTHETIC)));
            if (report.documents() == 0) {
                throw new SnapshotException(out, report.emptyExplanation());
            }
            w.commit();
        }
        return report;
    }

    private static String join(String a, String b) {
        if (b == null) {
            return a;
        }
        if (a == null || a.isBlank() || a.equals(b)) {
            return b;
        }
        return a.contains(b) ? a : a + "; " + b;
    }

    private record Existing(Map<String, String> metadata) {
    }

    /** Whether a snapshot has the optional organisations (column and table); older files have neither. */
    private static boolean hasOrganizations(Connection db) throws SQLException {
        boolean column = false;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(addresses)")) {
            while (rs.next()) {
                column |= SnapshotSchema.ADDRESS_ORGANIZATION.equals(rs.getString("name"));
            }
        }
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + SnapshotSchema.ORGANIZATIONS
                        + "'")) {
            return column && rs.next() && rs.getInt(1) > 0;
        }
    }

    /** Copies an existing snapshot's documents, addresses and gazetteer into {@code w}. */
    private static Existing copy(Path file, SnapshotWriter w, ImportReport report) throws SnapshotException,
            IOException {
        if (!Files.isRegularFile(file)) {
            throw new SnapshotException(file, "no such snapshot to append to");
        }
        SnapshotReader.open(file); // validated like any opened snapshot: what is copied is known to be good
        try (Connection db = SnapshotReader.connect(file)) {
            Map<String, String> meta = new HashMap<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT key, value FROM metadata")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
            String version = meta.get(SnapshotSchema.KEY_SCHEMA_VERSION);
            if (!Integer.toString(SnapshotSchema.VERSION).equals(version)) {
                throw new SnapshotException(file, SnapshotSchema.METADATA, -1, "schema version " + version
                        + " cannot be appended to: this build writes version " + SnapshotSchema.VERSION);
            }
            LongIntHashMap newIds = new LongIntHashMap(1 << 16);
            long documents = 0;
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id, source_id, kind, year, field, unlocated_share FROM documents ORDER BY id")) {
                while (rs.next()) {
                    DocumentKind kind = DocumentKind.fromCode(rs.getString(3));
                    if (kind == null) {
                        throw new SnapshotException(file, SnapshotSchema.DOCUMENTS, rs.getLong(1),
                                "unknown kind '" + rs.getString(3) + "'");
                    }
                    long id = w.addDocument(rs.getString(2), kind, rs.getInt(4), rs.getString(5), rs.getDouble(6));
                    newIds.put(rs.getLong(1), Math.toIntExact(id));
                    documents++;
                }
            }
            long copied = 0;
            String organization = hasOrganizations(db) ? "o.name FROM addresses a LEFT JOIN organizations o"
                    + " ON o.id = a.organization_id" : "NULL FROM addresses a";
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT a.document_id, l.lat, l.lon, a.share, l.country, l.city, " + organization
                            + " JOIN locations l ON l.id = a.location_id")) {
                while (rs.next()) {
                    int k = newIds.get(rs.getLong(1), -1);
                    if (k <= 0) {
                        throw new SnapshotException(file, SnapshotSchema.ADDRESSES, rs.getLong(1),
                                "address of an unknown document");
                    }
                    w.addAddress(k, rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getString(5), rs.getString(6), rs.getString(7));
                    copied++;
                }
            }
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT name, country, admin1, lat, lon, population FROM gazetteer")) {
                while (rs.next()) {
                    w.addGazetteerPlace(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getLong(6));
                }
            } catch (SQLException noGazetteer) {
                // optional table
            }
            report.count("documents copied from " + file.getFileName(), documents);
            report.count("addresses copied from " + file.getFileName(), copied);
            return new Existing(meta);
        } catch (SQLException e) {
            throw new SnapshotException(file, "cannot read the snapshot to append to: " + e.getMessage(), e);
        }
    }
}
