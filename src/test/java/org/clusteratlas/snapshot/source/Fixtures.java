package org.clusteratlas.snapshot.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test helpers: fixture files copied out of the class path, packaged as gzip or zip, and SQL look-ups. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Copies {@code /realdata/<name>} into {@code dir}. */
    public static Path copy(String name, Path dir) throws IOException {
        Path out = dir.resolve(Path.of(name).getFileName().toString());
        try (InputStream in = Fixtures.class.getResourceAsStream("/realdata/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            Files.copy(in, out);
        }
        return out;
    }

    public static Path gzip(Path plain) throws IOException {
        Path out = plain.resolveSibling(plain.getFileName() + ".gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
            Files.copy(plain, o);
        }
        return out;
    }

    public static Path zip(Path plain) throws IOException {
        Path out = plain.resolveSibling(plain.getFileName() + ".zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            z.putNextEntry(new ZipEntry(plain.getFileName().toString()));
            Files.copy(plain, z);
            z.closeEntry();
        }
        return out;
    }

    public static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Rows of a query, each column as a string (null kept). */
    public static List<List<String>> query(Path snapshot, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + snapshot);
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> r = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    r.add(rs.getString(i));
                }
                rows.add(r);
            }
        }
        return rows;
    }

    /** A two-column query as a map, first column to second column as double. */
    public static Map<String, Double> doubles(Path snapshot, String sql) throws SQLException {
        Map<String, Double> m = new LinkedHashMap<>();
        for (List<String> r : query(snapshot, sql)) {
            m.put(r.get(0), Double.parseDouble(r.get(1)));
        }
        return m;
    }
}
