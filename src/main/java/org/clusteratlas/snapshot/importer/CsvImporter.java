package org.clusteratlas.snapshot.importer;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.NameCodes;
import org.clusteratlas.snapshot.SnapshotContract;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotSchema;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.DocumentImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.SnapshotImport;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SourceFile;
import org.clusteratlas.snapshot.source.SourceInfo;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Imports the generic address CSV (see {@code docs/csv-import.md}) into a snapshot.
 *
 * <p>One streaming pass over the file (tokenized by commons-csv on a second thread, {@link CsvRecordPump})
 * validates every row and keeps the good ones in primitive arrays
 * ({@link CsvRows}), because the rows of a document may be anywhere in the file and a document's share
 * (1/n, or the unlocated remainder) is only known at the end. Then documents and addresses go through
 * {@link SnapshotWriter}, which writes a temporary file and renames it only when complete.
 *
 * <p>Reading the file, progress, bad rows and the {@code sources} metadata go through the same helpers as the
 * real-data imports ({@code snapshot.source}), so every import reports and records itself the same way.
 */
public final class CsvImporter {
    /** How many skipped rows are listed for the user; the rest are only counted. */
    public static final int REPORTED_BAD_ROWS = BadLines.KEPT;

    private final CsvImportOptions options;

    public CsvImporter(CsvImportOptions options) {
        this.options = options;
    }

    /**
     * Imports {@code csv} into a new snapshot at {@code out}.
     *
     * @throws SnapshotException          for a bad file or (without skip-bad) the first bad row, naming its line
     * @throws FileAlreadyExistsException when {@code out} exists and overwriting was not allowed
     * @throws IOException                when reading or writing fails for other reasons
     */
    public ImportResult importFile(Path csv, Path out) throws SnapshotException, IOException {
        if (options.append() != null && !options.overwrite()
                && out.toAbsolutePath().normalize().equals(options.append().toAbsolutePath().normalize())) {
            throw new FileAlreadyExistsException(out.toString(), null, "is the snapshot given to --append;"
                    + " choose a new file, or allow overwriting (--force)");
        }
        if (!options.overwrite() && Files.exists(out)) {
            throw new FileAlreadyExistsException(out.toString(), null,
                    "exists; choose another name or allow overwriting (--force)");
        }
        long started = System.nanoTime();
        SourceFile source = new SourceFile(csv);
        Progress progress = options.messages() == null ? Progress.silent() : Progress.to(options.messages());
        Parse p = new Parse(csv, new BadLines(options.skipBad()));
        try (SourceFile.Pass pass = source.openStrict()) {
            progress.begin("reading " + csv.getFileName(), source.size(), pass::bytesRead);
            p.read(withoutBom(pass.reader()), progress);
            if (pass.failure() != null) {
                throw new SnapshotException(csv, null, p.lastLine, SourceFile.describe(pass.failure())
                        + "; the data ends here", pass.failure());
            }
            pass.finish();
        } catch (CharacterCodingException e) {
            throw new SnapshotException(csv, null, 1, "not valid UTF-8 text", e); // in the first character
        }
        progress.end();
        if (p.rows.rows == 0) {
            throw new SnapshotException(csv, "no usable data rows" + (p.bad.count() > 0 ? " (all "
                    + p.bad.count() + " were bad)" : ""));
        }
        double parseSeconds = secondsSince(started);
        write(p, source, out, progress);
        return new ImportResult(out, p.rowCount, p.rows.docs, p.rows.rows, p.bad.count(), p.bad.firstLines(),
                p.columns.unknown, parseSeconds, secondsSince(started));
    }

    private static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    private void write(Parse p, SourceFile file, Path out, Progress progress) throws IOException, SnapshotException {
        SourceInfo source = file.info();
        if (options.append() != null) {
            new SnapshotImport(out, options.overwrite(), options.append(), options.title())
                    .run(new ParsedCsv(p, file, progress));
            return;
        }
        try (SnapshotWriter w = SnapshotWriter.create(out, options.overwrite())) {
            w.title(options.title() != null ? options.title() : stripExtension(source.name()));
            w.metadata(SnapshotSchema.KEY_SOURCE, sourceName(source.name()));
            w.metadata(SnapshotSchema.KEY_SOURCES, SourceInfo.toJson(List.of(source)));
            writeRows(p, w, progress);
            w.commit();
            progress.end();
        }
    }

    private static String sourceName(String file) {
        return "CSV import of " + file;
    }

    /** Writes the validated rows' documents, then their addresses, after whatever {@code w} holds already. */
    private static void writeRows(Parse p, SnapshotWriter w, Progress progress) throws IOException {
        CsvRows r = p.rows;
        long base = w.documentCount();
        DocumentKind[] kinds = DocumentKind.values();
        for (int d = 0; d < r.docs; d++) {
            double unlocated = p.hasShare ? 1.0 - r.docShare[d] : 0;
            if (unlocated < 1e-9) {
                unlocated = 0; // rounding residue of shares that sum to 1
            }
            int f = r.docField[d];
            long id = w.addDocument(p.docIds.id(d), kinds[r.docKind[d]], r.docYear[d],
                    p.fields.name(f), unlocated);
            if (id != base + d + 1) {
                throw new IllegalStateException("document ids out of step");
            }
        }
        int[] written = {0};
        progress.begin("writing documents and addresses", r.rows, () -> written[0]);
        for (int i = 0; i < r.rows; i++) {
            int d = r.doc[i];
            double share = p.hasShare ? r.share[i] : 1.0 / r.docRows[d];
            int c = r.country[i];
            int ci = r.city[i];
            w.addAddress(base + d + 1, r.lat[i], r.lon[i], share, p.countries.name(c), p.cities.name(ci),
                    p.organizations.name(r.organization[i]));
            written[0] = i + 1;
            progress.record();
        }
    }

    /**
     * The validated rows as a {@link DocumentImport}, so that {@code --append} goes through the same
     * {@link SnapshotImport} as the real-data imports: the existing snapshot copied first, sources and
     * titles merged.
     */
    private static final class ParsedCsv implements DocumentImport {
        private final Parse parse;
        private final SourceFile file;
        private final Progress progress;

        ParsedCsv(Parse parse, SourceFile file, Progress progress) {
            this.parse = parse;
            this.file = file;
            this.progress = progress;
        }

        @Override
        public List<SourceInfo> sources() {
            return List.of(file.info());
        }

        @Override
        public String sourceName() {
            return CsvImporter.sourceName(file.path().getFileName().toString());
        }

        @Override
        public String licence() {
            return null;
        }

        @Override
        public void writeTo(SnapshotWriter writer, ImportReport report) throws IOException {
            writeRows(parse, writer, progress);
            progress.end();
            for (int d = 0; d < parse.rows.docs; d++) {
                report.document();
            }
            for (int i = 0; i < parse.rows.rows; i++) {
                report.address();
            }
        }
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The text without a leading byte order mark (spreadsheet programs write one). */
    private static Reader withoutBom(Reader in) throws IOException {
        PushbackReader pr = new PushbackReader(in, 1);
        int c = pr.read();
        if (c >= 0 && c != '\uFEFF') {
            pr.unread(c);
        }
        return pr;
    }

    /** State of one pass over the file. */
    private final class Parse {
        final Path file;
        final CsvRows rows = new CsvRows();
        final DocumentIdIndex docIds = new DocumentIdIndex();
        final NameCodes countries = new NameCodes();
        final NameCodes cities = new NameCodes();
        final NameCodes fields = new NameCodes();
        final NameCodes organizations = new NameCodes();
        final BadLines bad;
        CsvColumns columns;
        boolean hasShare;
        long rowCount;
        long lastLine;

        Parse(Path file, BadLines bad) {
            this.file = file;
            this.bad = bad;
        }

        void read(Reader reader, Progress progress) throws IOException, SnapshotException {
            try (CsvRecordPump pump = new CsvRecordPump(reader)) {
                boolean header = true;
                CsvRecordPump.Batch b;
                do {
                    b = pump.next();
                    for (int i = 0; i < b.size; i++) {
                        String[] rec = b.records[i];
                        long line = b.lines[i];
                        lastLine = line;
                        if (header) {
                            header(rec);
                            header = false;
                            continue;
                        }
                        if (rec.length == 1 && rec[0].isEmpty()) {
                            continue; // blank line
                        }
                        rowCount++;
                        String reason = row(rec);
                        if (reason != null) {
                            bad.reject(file, line, reason);
                        }
                        progress.record();
                    }
                    if (b.failure != null) {
                        fail(b.failure, b.failureLine);
                    }
                } while (!b.end);
                if (header) {
                    throw new SnapshotException(file, "empty file: expected a header row");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("import interrupted");
            }
        }

        private void header(String[] names) throws SnapshotException {
            columns = CsvColumns.of(file, List.of(names));
            hasShare = columns.share >= 0;
            if (!columns.unknown.isEmpty() && options.messages() != null) {
                options.messages().println("warning: " + file.getFileName() + ": ignoring unknown column"
                        + (columns.unknown.size() > 1 ? "s " : " ") + String.join(", ", columns.unknown)
                        + " (known: " + String.join(", ", CsvColumns.REQUIRED) + ", "
                        + String.join(", ", CsvColumns.OPTIONAL) + ")");
            }
        }

        private void fail(RuntimeException e, long line) throws SnapshotException {
            if (e instanceof UncheckedIOException u && u.getCause() instanceof CharacterCodingException) {
                throw new SnapshotException(file, null, line, "not valid UTF-8 text", e);
            }
            if (e instanceof UncheckedIOException u) {
                throw new SnapshotException(file, null, line, "unreadable CSV: " + u.getCause().getMessage(), e);
            }
            // commons-csv reports malformed quoting (e.g. EOF inside a quoted field) as IllegalStateException
            throw new SnapshotException(file, null, line, "malformed CSV: " + e.getMessage(), e);
        }

        /** Validates and stores one row; returns why it is bad, or null. */
        private String row(String[] rec) {
            if (rec.length != columns.width) {
                return "expected " + columns.width + " columns, found " + rec.length;
            }
            String id = rec[columns.docId].trim();
            if (id.isEmpty()) {
                return "missing doc_id";
            }
            String idProblem = SnapshotContract.sourceIdProblem(id);
            if (idProblem != null) {
                return "doc_id: " + idProblem;
            }
            String kindText = rec[columns.kind].trim();
            if (kindText.isEmpty()) {
                return "missing kind";
            }
            DocumentKind kind = SnapshotContract.kind(kindText);
            if (kind == null) {
                return SnapshotContract.kindProblem(kindText);
            }
            String yearText = rec[columns.year].trim();
            if (yearText.isEmpty()) {
                return "missing year";
            }
            int year;
            try {
                year = Integer.parseInt(yearText);
            } catch (NumberFormatException e) {
                return "year '" + yearText + "' is not a whole number";
            }
            String problem = SnapshotContract.yearProblem(year);
            if (problem != null) {
                return problem;
            }
            double lat = parse(rec[columns.lat]);
            if (Double.isNaN(lat)) {
                return number(rec[columns.lat], "lat");
            }
            problem = SnapshotContract.latitudeProblem(lat);
            if (problem != null) {
                return problem;
            }
            double lon = parse(rec[columns.lon]);
            if (Double.isNaN(lon)) {
                return number(rec[columns.lon], "lon");
            }
            problem = SnapshotContract.longitudeProblem(lon);
            if (problem != null) {
                return problem;
            }
            double share = 0;
            if (hasShare) {
                share = parse(rec[columns.share]);
                if (Double.isNaN(share)) {
                    return number(rec[columns.share], "share");
                }
                problem = SnapshotContract.shareProblem(share);
                if (problem != null) {
                    return problem;
                }
            }
            String countryCode = columns.country < 0 ? null : SnapshotContract.country(rec[columns.country]);
            problem = SnapshotContract.countryProblem(countryCode);
            if (problem != null) {
                return problem;
            }
            String fieldName = columns.field < 0 ? null : SnapshotContract.field(rec[columns.field]);
            problem = SnapshotContract.fieldProblem(fieldName);
            if (problem != null) {
                return problem;
            }
            int field = fields.code(fieldName);
            int d = docIds.find(id);
            if (d < 0) {
                d = docIds.add(id);
                rows.addDocument((byte) kind.ordinal(), (short) year, field);
            } else {
                if (rows.docKind[d] != kind.ordinal()) {
                    return "document " + id + " is a " + DocumentKind.values()[rows.docKind[d]].code()
                            + " on an earlier row but a " + kind.code() + " here";
                }
                if (rows.docYear[d] != year) {
                    return "document " + id + " has year " + rows.docYear[d] + " on an earlier row but " + year
                            + " here";
                }
                if (rows.docField[d] != field) {
                    int f = rows.docField[d];
                    return "document " + id + " has field " + (f < 0 ? "(none)" : "'" + fields.name(f) + "'")
                            + " on an earlier row but " + (field < 0 ? "(none)" : "'" + fieldName + "'") + " here";
                }
                if (hasShare && rows.docShare[d] + share > 1 + SnapshotSchema.SHARE_TOLERANCE) {
                    return "shares of document " + id + " sum to " + (rows.docShare[d] + share) + ", more than 1";
                }
            }
            rows.addRow(d, lat, lon, share, countries.code(countryCode), cities.code(optional(rec, columns.city)),
                    organizations.code(optional(rec, columns.organization)));
            return null;
        }
    }

    private static String optional(String[] rec, int column) {
        if (column < 0) {
            return null;
        }
        String s = rec[column].trim();
        return s.isEmpty() ? null : s;
    }

    /** The value of a plain finite decimal number, or NaN when {@link #number} would find a problem. */
    static double parse(String text) {
        String t = text.trim();
        if (!plain(t)) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Why {@code text} is not a plain finite decimal number ("12.5", "-3", "1e-3"), or null when it is.
     * Stricter than {@link Double#parseDouble}, which also takes "NaN", "Infinity", hex and a trailing "d".
     */
    static String number(String text, String column) {
        String t = text.trim();
        if (t.isEmpty()) {
            return "missing " + column;
        }
        if (!Double.isNaN(parse(t))) {
            return null;
        }
        boolean infinite;
        if (plain(t)) {
            try {
                infinite = Double.isInfinite(Double.parseDouble(t)); // "1e999"
            } catch (NumberFormatException e) {
                infinite = false; // "1..2"
            }
        } else {
            String lower = t.toLowerCase(Locale.ROOT);
            infinite = lower.contains("nan") || lower.contains("inf");
        }
        return column + " '" + t + "' is not a " + (infinite ? "finite number" : "number");
    }

    /** Whether {@code t} has a digit and nothing but digits, '.', signs and exponent marks. */
    private static boolean plain(String t) {
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }
}
