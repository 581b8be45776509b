package org.clusteratlas.snapshot.source;

import org.clusteratlas.snapshot.SnapshotException;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * One input file of an import, opened the same way whatever its packaging: plain, gzip ({@code .gz}) or the
 * first file inside a {@code .zip}, recognised by its first bytes rather than its name (downloads get renamed).
 * While a pass reads it, the raw bytes are counted (for progress against the known file size) and hashed, so
 * the snapshot can record the SHA-256 of exactly what was imported without reading the file an extra time.
 */
public final class SourceFile {
    private final Path path;
    private final long size;
    private String sha256;

    public SourceFile(Path path) throws SnapshotException {
        this.path = path;
        if (!Files.isRegularFile(path)) {
            throw new SnapshotException(path, "no such file");
        }
        try {
            this.size = Files.size(path);
        } catch (IOException e) {
            throw new SnapshotException(path, "cannot read: " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    /** Size in bytes of the file as stored (compressed when it is compressed). */
    public long size() {
        return size;
    }

    /** SHA-256 of the stored bytes, known once one pass has read the file to its end; null before. */
    public String sha256() {
        return sha256;
    }

    /** What the snapshot's {@code sources} metadata says about this file. */
    public SourceInfo info() {
        return new SourceInfo(path.getFileName().toString(), size, sha256,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Opens one pass over the decompressed text. Close it when done. */
    public Pass open() throws SnapshotException {
        return open(CodingErrorAction.REPLACE);
    }

    /**
     * Opens one pass whose reader throws {@link java.nio.charset.CharacterCodingException} at the first
     * malformed UTF-8 byte, for formats that promise valid UTF-8 (the generic CSV). Close it when done.
     */
    public Pass openStrict() throws SnapshotException {
        return open(CodingErrorAction.REPORT);
    }

    private Pass open(CodingErrorAction badText) throws SnapshotException {
        try {
            return new Pass(badText);
        } catch (IOException e) {
            throw new SnapshotException(path, "cannot open: " + describe(e), e);
        }
    }

    /** Turns a decompression failure into words a user understands. */
    public static String describe(IOException e) {
        if (e instanceof EOFException) {
            return "truncated compressed file (unexpected end of data): " + e.getMessage();
        }
        if (e instanceof ZipException) {
            return "corrupt compressed data: " + e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** One sequential read of the file: text lines, raw bytes consumed so far, and the hash at the end. */
    public final class Pass implements AutoCloseable {
        private final CountingDigestStream raw;
        private final FailureGuard decoded;
        private final BufferedReader reader;

        private Pass(CodingErrorAction badText) throws IOException {
            MessageDigest md;
            try {
                md = sha256 == null ? MessageDigest.getInstance("SHA-256") : null;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            raw = new CountingDigestStream(Files.newInputStream(path), md);
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            InputStream unpacked;
            if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
                unpacked = new GZIPInputStream(in, 1 << 16);
            } else if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
                ZipEntry entry = zip.getNextEntry();
                while (entry != null && entry.isDirectory()) {
                    entry = zip.getNextEntry();
                }
                if (entry == null) {
                    throw new ZipException("the zip archive holds no file");
                }
                unpacked = zip;
            } else {
                unpacked = in;
            }
            decoded = new FailureGuard(unpacked);
            reader = new BufferedReader(new InputStreamReader(decoded, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(badText)
                    .onUnmappableCharacter(badText)), 1 << 16);
        }

        /** The decompressed text, UTF-8 (invalid bytes become U+FFFD rather than stopping a multi-GB import). */
        public BufferedReader reader() {
            return reader;
        }

        /**
         * The decompression failure (truncated or corrupt data) that ended the text early, or null. Readers see
         * such a failure as the end of the data, so that they can report the line where the data ends; they
         * must check this at the end of the data and before blaming a line for being incomplete.
         */
        public IOException failure() {
            return decoded.failure;
        }

        /** Stored (compressed) bytes read so far, for progress against {@link #size()}. */
        public long bytesRead() {
            return raw.count;
        }

        /**
         * Marks the pass as complete: the first complete pass records the file's SHA-256. For zip archives the
         * rest of the archive after the first entry is read too, so the hash covers the whole file.
         */
        public void finish() throws IOException {
            if (raw.digest != null) {
                byte[] buf = new byte[1 << 16];
                while (raw.read(buf) >= 0) {
                    // hash the remainder (zip central directory, gzip trailer of a concatenated member...)
                }
                sha256 = HexFormat.of().formatHex(raw.digest.digest());
                raw.digest = null;
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** Turns a decompression failure into an end of data, remembering the failure for the reader to report. */
    private static final class FailureGuard extends FilterInputStream {
        private IOException failure;

        FailureGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                return -1;
            }
            try {
                return super.read(b, off, len);
            } catch (EOFException | ZipException e) {
                failure = e;
                return -1;
            }
        }
    }

    private static final class CountingDigestStream extends FilterInputStream {
        private long count;
        private MessageDigest digest;

        CountingDigestStream(InputStream in, MessageDigest digest) {
            super(in);
            this.digest = digest;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
                if (digest != null) {
                    digest.update((byte) b);
                }
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                if (digest != null) {
                    digest.update(b, off, n);
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
            int r = read(buf, 0, buf.length);
            return Math.max(r, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
