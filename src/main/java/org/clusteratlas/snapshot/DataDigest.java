package org.clusteratlas.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The digest that lets a version-2 snapshot open without re-reading its rows: SHA-256 over the schema of its
 * data tables (every {@code sqlite_master} row not belonging to {@code metadata}) and over the raw bytes of
 * pages 2 to {@code data_pages} of the file, which hold every row and the summary. {@link SnapshotWriter}
 * computes it once the data is complete and before it creates the {@code metadata} table, whose pages
 * therefore come after; page 1 (the header and the schema's first page, which change when metadata is
 * added) is covered through the schema rows instead.
 *
 * <p>Equal digests mean the data pages are byte for byte those the writer validated and summarised. Any
 * change to a row, a table or the schema (an edit, an added index, a VACUUM) changes them; the reader then
 * re-validates the rows and compares them with the summary ({@link SnapshotReader}). Hashing runs at the
 * speed of reading the file (SHA-256 is hardware-assisted on current x86 and ARM processors).
 */
final class DataDigest {
    static final String PREFIX = "sha256:";
    private static final int CHUNK = 1 << 20;

    private DataDigest() {
    }

    /** The rows of {@code sqlite_master} describing the data tables, as one text in a stable order. */
    static String schemaText(Connection db) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master"
                     + " WHERE tbl_name <> '" + SnapshotSchema.METADATA + "' ORDER BY type, name")) {
            while (rs.next()) {
                for (int c = 1; c <= 5; c++) {
                    text.append(rs.getString(c)).append('\u0000');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /**
     * The digest of {@code file}'s pages 2 to {@code lastPage} of {@code pageSize} bytes and of the schema text.
     * A file shorter than the pages gives a digest no writer recorded. Tells {@code progress} the fraction
     * hashed, scaled into {@code [from, to]}; a listener may stop it by throwing.
     */
    static String compute(Path file, int pageSize, long lastPage, String schema, ProgressListener progress,
                          double from, double to) throws IOException {
        MessageDigest sha = sha256();
        sha.update(schema.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long begin = pageSize;
        long end = lastPage * pageSize;
        ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long position = begin;
            while (position < end) {
                buffer.clear();
                buffer.limit((int) Math.min(CHUNK, end - position));
                int read = channel.read(buffer, position);
                if (read < 0) {
                    sha.update(new byte[] {1}); // cut short: cannot match
                    break;
                }
                position += read;
                buffer.flip();
                sha.update(buffer);
                progress.progress(from + (to - from) * (position - begin) / Math.max(1, end - begin));
            }
        }
        sha.update(Long.toString(lastPage).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return PREFIX + HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
