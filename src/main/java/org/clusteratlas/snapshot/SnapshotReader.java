package org.clusteratlas.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Opens a snapshot read-only and loads it into a {@link LocationTable}.
 * (First version: loads without full validation; validation is being added.)
 */
public final class SnapshotReader {
    private SnapshotReader() {
    }

    public static Snapshot open(Path file) throws SnapshotException {
        if (!Files.isRegularFile(file)) {
            throw new SnapshotException(file, "no such file");
        }
        Properties p = new Properties();
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath()
                + "?immutable=1", p)) {
            Map<String, String> meta = new HashMap<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT key, value FROM metadata")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
            LocationTable.Builder b = new LocationTable.Builder();
            Map<Long, Integer> loc = new HashMap<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, lat, lon, country, city FROM locations")) {
                while (rs.next()) {
                    loc.put(rs.getLong(1), b.location(rs.getDouble(2), rs.getDouble(3), rs.getString(4), rs.getString(5)));
                }
            }
            Map<Long, long[]> docs = new HashMap<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, kind, year, field, unlocated_share FROM documents")) {
                while (rs.next()) {
                    DocumentKind k = DocumentKind.fromCode(rs.getString(2));
                    int field = b.field(rs.getString(4));
                    docs.put(rs.getLong(1), new long[] {k.ordinal(), rs.getInt(3), field});
                    double u = rs.getDouble(5);
                    if (u > 0) {
                        b.addUnlocated(k, rs.getInt(3), field, u);
                    }
                }
            }
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT document_id, location_id, share FROM addresses")) {
                while (rs.next()) {
                    long[] d = docs.get(rs.getLong(1));
                    b.add(loc.get(rs.getLong(2)), DocumentKind.values()[(int) d[0]], (int) d[1], (int) d[2],
                            rs.getDouble(3));
                }
            }
            SnapshotMetadata m = new SnapshotMetadata(Integer.parseInt(meta.getOrDefault("schema_version", "0")),
                    meta.get("title"), meta.get("source"), meta.get("licence"), meta.get("created"),
                    Long.parseLong(meta.getOrDefault("documents", "0")),
                    Long.parseLong(meta.getOrDefault("addresses", "0")),
                    Long.parseLong(meta.getOrDefault("locations", "0")),
                    "1".equals(meta.get("synthetic")), meta);
            return new Snapshot(file, m, b.build());
        } catch (SQLException e) {
            throw new SnapshotException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}
