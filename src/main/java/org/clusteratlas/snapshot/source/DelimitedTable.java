package org.clusteratlas.snapshot.source;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clusteratlas.snapshot.SnapshotException;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipException;

/**
 * A delimited text table with a header row (TSV or CSV, RFC 4180 quoting: fields may be enclosed in double
 * quotes, which may then hold delimiters and line breaks, a quote inside being doubled), read one row at a
 * time with Apache Commons CSV. Columns are found by header name, never by position, so extra or reordered
 * columns in a new release do not break an import; a missing required column stops it naming the column.
 * Rows with the wrong number of fields go to {@link BadLines}; structural damage (an unterminated quote, a
 * truncated compressed file) stops the import at its line, since nothing after it can be trusted.
 */
public final class DelimitedTable implements AutoCloseable, RowFields {
    private final SourceFile file;
    private final SourceFile.Pass pass;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final BadLines bad;
    private final Progress progress;
    private final TableHeader header;
    private CSVRecord current;
    private long line;

    /**
     * One accepted set of columns of a table ("PatentsView g_patent.tsv (2022 on)": patent_id, patent_date), so a
     * table published in several layouts is recognised by its header.
     */
    public record Layout(String name, List<String> required) implements java.io.Serializable {
        public Layout {
            required = List.copyOf(required);
        }

        @Override
        public String toString() {
            return name + " (" + String.join(", ", required) + ")";
        }
    }

    private DelimitedTable(SourceFile file, char delimiter, List<Layout> layouts, BadLines bad, Progress progress,
                           String task) throws SnapshotException {
        this.file = file;
        this.bad = bad;
        this.progress = progress;
        this.pass = file.open();
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setRecordSeparator('\n')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .build();
        try {
            checkDelimiter(delimiter);
            this.parser = new CSVParser(pass.reader(), format);
            this.rows = parser.iterator();
            CSVRecord head = fetch();
            if (head == null) {
                checkComplete();
                throw new SnapshotException(file.path(), null, 1, "empty file: no header row");
            }
            List<String> cells = new ArrayList<>();
            head.forEach(cells::add);
            header = TableHeader.of(cells, layouts, file.path());
        } catch (IOException e) {
            closeQuietly();
            throw new SnapshotException(file.path(), "cannot read: " + SourceFile.describe(e), e);
        } catch (SnapshotException e) {
            closeQuietly();
            throw e;
        }
        progress.begin(task, file.size(), pass::bytesRead);
    }

    /**
     * Opens a table and checks its header.
     *
     * @param required column names that must be present (case-insensitive)
     * @param task     what progress lines call this pass
     */
    public static DelimitedTable open(SourceFile file, char delimiter, List<String> required, BadLines bad,
                                      Progress progress, String task) throws SnapshotException {
        return new DelimitedTable(file, delimiter, List.of(new Layout("", required)), bad, progress, task);
    }

    /**
     * Opens a table that may come in any of several layouts; the first whose columns the header has is used
     * ({@link #layout()}); a header matching none is refused naming every accepted layout.
     */
    public static DelimitedTable openAny(SourceFile file, char delimiter, List<Layout> layouts, BadLines bad,
                                         Progress progress, String task) throws SnapshotException {
        return new DelimitedTable(file, delimiter, layouts, bad, progress, task);
    }

    /** The layout the header matched. */
    public Layout layout() {
        return header.layout();
    }

    /** The header row: column names and the layout it matched. */
    public TableHeader header() {
        return header;
    }

    /** Looks at the header line before parsing: a file with another separator fails on its first quote. */
    private void checkDelimiter(char delimiter) throws IOException, SnapshotException {
        java.io.BufferedReader r = pass.reader();
        r.mark(1 << 16);
        char[] buf = new char[1 << 15];
        int n = r.read(buf, 0, buf.length);
        r.reset();
        if (n <= 0) {
            return;
        }
        String first = new String(buf, 0, n);
        int eol = first.indexOf('\n');
        if (eol >= 0) {
            first = first.substring(0, eol);
        }
        String problem = TableHeader.delimiterProblem(first, delimiter);
        if (problem != null) {
            throw new SnapshotException(file.path(), null, 1, problem);
        }
    }

    /** Index of a column (case-insensitive), or -1 when the header lacks it. */
    public int column(String name) {
        return header.column(name);
    }

    public SourceFile file() {
        return file;
    }

    /** Advances to the next row with the header's number of fields; false at the end of the file. */
    public boolean next() throws SnapshotException {
        while (true) {
            CSVRecord r = fetch();
            if (r == null) {
                current = null;
                checkComplete();
                return false;
            }
            progress.record();
            if (r.size() != header.size()) {
                checkComplete();
                bad.reject(file.path(), line, "expected " + header.size() + " fields, found " + r.size()
                        + (r.size() == 1 ? " (wrong delimiter?)" : ""));
                continue;
            }
            current = r;
            return true;
        }
    }

    /** Throws when the data ended because the compressed file is truncated or corrupt. */
    public void checkComplete() throws SnapshotException {
        IOException f = pass.failure();
        if (f != null) {
            throw new SnapshotException(file.path(), null, line, SourceFile.describe(f) + "; the data ends here", f);
        }
    }

    private CSVRecord fetch() throws SnapshotException {
        line = parser.getCurrentLineNumber() + 1;
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            checkComplete();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String reason;
            if (cause instanceof EOFException || cause instanceof ZipException) {
                reason = SourceFile.describe((IOException) cause);
            } else {
                reason = "unreadable row: " + cause.getMessage();
            }
            throw new SnapshotException(file.path(), null, line, reason, e);
        }
    }

    /** A field of the current row, stripped of surrounding blanks; "" when empty. */
    @Override
    public String get(int column) {
        return current.get(column).strip();
    }

    /** Line (1-based) where the current row starts. */
    public long line() {
        return line;
    }

    /** Ends the pass: progress totals and the file's checksum (the rest of the file is read for it). */
    public void finish() throws SnapshotException {
        progress.end();
        try {
            pass.finish();
        } catch (IOException e) {
            throw new SnapshotException(file.path(), "cannot read: " + SourceFile.describe(e), e);
        }
    }

    private void closeQuietly() {
        try {
            pass.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
