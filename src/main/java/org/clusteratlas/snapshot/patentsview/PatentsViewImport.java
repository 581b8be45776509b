package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.DelimitedTable;
import org.clusteratlas.snapshot.source.FixedSourceImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.LongIntHashMap;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.SourceFile;
import org.clusteratlas.snapshot.source.SourceInfo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Turns PatentsView's bulk granted-patent tables into snapshot documents of kind {@code patent}: one
 * document per patent (year from {@code patent_date}), one address per inventor at the inventor's
 * disambiguated location, each inventor carrying 1/n of the patent (fractional counting, as the GII does).
 * The technology field is that of the patent's first CPC code that maps to one of WIPO's 35 fields.
 *
 * <p>Both layouts PatentsView has published are read, each table recognised by its header
 * ({@link PatentsViewTables}): the current {@code g_} tables, and the earlier {@code patent},
 * {@code rawinventor}, {@code location} and {@code cpc_current}, where an inventor's place is found through
 * {@code rawlocation} (raw location id to geocoded location id). Raw location ids are kept as 64-bit hashes
 * (8 bytes each instead of a string), and only for raw locations that have coordinates.
 *
 * <p>Memory grows with the number of patents (a few primitive values each), never with file size. The
 * inventors table is not sorted by patent, yet a document's unlocated share must be known when it is
 * written: a first pass counts each patent's inventors and located inventors and spills (patent, location)
 * index pairs to a temporary file (8 bytes per row); the second pass writes from that file
 * (see docs/adr/0060-two-pass-real-data-import.md).
 *
 * <p>Files are tab-separated with a header row; text fields are enclosed in double quotes (a quote inside
 * doubled), numbers are not; see PatentsView's data dictionary for granted patents.
 */
public final class PatentsViewImport extends FixedSourceImport {
    public static final String SOURCE = "PatentsView (USPTO granted patents, disambiguated bulk data)";
    public static final String LICENCE = "PatentsView data: CC BY 4.0 (https://patentsview.org/); locations derived"
            + " from OpenStreetMap data, ODbL";

    private final SourceFile patents;
    private final SourceFile inventors;
    private final SourceFile locations;
    private final SourceFile rawLocations;
    private final SourceFile cpc;
    private SourceFile assignees;
    private AssigneeReader.Assignees assigneeTable;
    private final boolean skipBad;
    private final Progress progress;

    // per patent, indexed by the value of ids
    private final LongIntHashMap ids = new LongIntHashMap(1 << 16);
    private long[] patentKeys = new long[1 << 12];
    private short[] year = new short[1 << 12];
    private byte[] field = new byte[1 << 12];
    private int[] inventorCount = new int[1 << 12];
    private int[] locatedCount = new int[1 << 12];
    private long[] documentId = new long[1 << 12];
    private int patentCount;
    private volatile boolean stopReaders;
    private PatentsViewLocations places;

    /**
     * @param cpc g_cpc_current, or null to import without technology fields
     */
    public PatentsViewImport(Path patents, Path inventors, Path locations, Path cpc, boolean skipBad,
                             Progress progress) throws SnapshotException {
        this(patents, inventors, null, locations, cpc, skipBad, progress);
    }

    /**
     * @param rawLocations the pre-2022 rawlocation table, which the pre-2022 rawinventor table needs; else null
     * @param cpc          g_cpc_current (or cpc_current), or null to import without technology fields
     */
    public PatentsViewImport(Path patents, Path inventors, Path rawLocations, Path locations, Path cpc,
                             boolean skipBad, Progress progress) throws SnapshotException {
        super(SOURCE, LICENCE);
        this.patents = new SourceFile(patents);
        this.inventors = new SourceFile(inventors);
        this.rawLocations = rawLocations == null ? null : new SourceFile(rawLocations);
        this.locations = new SourceFile(locations);
        this.cpc = cpc == null ? null : new SourceFile(cpc);
        this.skipBad = skipBad;
        this.progress = progress;
    }

    @Override
    public List<SourceInfo> sources() {
        List<SourceFile> l = new ArrayList<>(List.of(patents, inventors, locations));
        if (rawLocations != null) {
            l.add(rawLocations);
        }
        if (cpc != null) {
            l.add(cpc);
        }
        if (assignees != null) {
            l.add(assignees);
        }
        return l.stream().map(SourceFile::info).toList();
    }

    /**
     * Also reads g_assignee_disambiguated: each located inventor's share is then divided equally among the
     * patent's assignee organisations, one address row per organisation (see {@link AssigneeReader}).
     */
    public PatentsViewImport withAssignees(Path file) throws SnapshotException {
        this.assignees = file == null ? null : new SourceFile(file);
        return this;
    }

    @Override
    public void writeTo(SnapshotWriter writer, ImportReport report) throws SnapshotException, IOException {
        BadLines bad = new BadLines(skipBad);
        BadLines cpcBad = new BadLines(skipBad);
        BadLines locationBad = new BadLines(skipBad);
        checkInventorLayout(bad);
        // The CPC and locations tables do not depend on the others: they are read on other threads, the CPC
        // table (the largest file) while the patents and inventors tables are read, the locations table
        // while the patents table is.
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "patentsview-reader");
            t.setDaemon(true);
            return t;
        });
        Path spillFile = Files.createTempFile("cluster-atlas-inventors", ".bin");
        try {
            Progress cpcProgress = progress.sibling();
            Progress locationProgress = progress.sibling();
            Future<CpcFieldReader.Fields> cpcFields = cpc == null ? null
                    : pool.submit(() -> new CpcFieldReader(cpc, () -> stopReaders).read(cpcBad, cpcProgress));
            Future<PatentsViewLocations> locations = pool.submit(() -> PatentsViewLocations.read(this.locations,
                    rawLocations, () -> stopReaders, locationBad, locationProgress));
            readPatents(bad, report);
            places = await(locations);
            report.count(PatentsViewReport.LOCATIONS_WITHOUT_COORDINATES, places.withoutCoordinates());
            report.count(PatentsViewReport.INVALID_COUNTRIES, places.invalidCountries());
            report.badLines(locationBad);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(spillFile), 1 << 16))) {
                countInventors(bad, report, out);
            }
            if (cpcFields != null) {
                applyFields(await(cpcFields), report);
                report.badLines(cpcBad);
            }
            if (assignees != null) {
                BadLines assigneeBad = new BadLines(skipBad);
                assigneeTable = AssigneeReader.read(assignees, ids, patentCount, assigneeBad, progress);
                report.count(PatentsViewReport.INDIVIDUAL_ASSIGNEES, assigneeTable.individuals());
                report.count(PatentsViewReport.UNKNOWN_PATENT_ASSIGNEES, assigneeTable.unknown());
                report.badLines(assigneeBad);
            }
            long rows = Files.size(spillFile) / 8;
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                    Files.newInputStream(spillFile), 1 << 16))) {
                writeDocuments(writer, report, in, rows);
            }
        } finally {
            stopReaders = true; // when the import failed, the other readers stop at their next row
            pool.shutdownNow();
            Files.deleteIfExists(spillFile);
        }
        report.badLines(bad);
    }

    private void readPatents(BadLines bad, ImportReport report) throws SnapshotException {
        try (DelimitedTable t = DelimitedTable.openAny(patents, '\t', PatentRule.LAYOUTS, bad, progress,
                "patents " + patents.path().getFileName())) {
            PatentRule rule = new PatentRule(t.header());
            while (t.next()) {
                RowOutcome<PatentRule.Patent> o = rule.apply(t);
                if (o.problem() != null) {
                    bad.reject(patents.path(), t.line(), o.problem());
                    continue;
                }
                if (!o.kept()) {
                    report.leftOut(o.passedOver(), null);
                    continue;
                }
                long key = o.value().key();
                if (ids.get(key, -1) >= 0) {
                    report.count(PatentsViewReport.REPEATED_PATENTS, 1);
                    continue;
                }
                int i = patentCount++;
                ensurePatentCapacity(patentCount);
                ids.put(key, i);
                patentKeys[i] = key;
                year[i] = (short) o.value().year();
            }
            t.finish();
        }
        report.count(PatentsViewReport.PATENTS, patentCount);
    }

    private static <T> T await(Future<T> f) throws SnapshotException, IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof SnapshotException se) {
                throw se;
            }
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(c);
        }
    }

    private void applyFields(CpcFieldReader.Fields fields, ImportReport report) {
        report.count(PatentsViewReport.UNMAPPED_CPC, fields.unmapped());
        for (int i = 0; i < patentCount; i++) {
            field[i] = (byte) fields.fieldOf(patentKeys[i]);
        }
    }

    private DelimitedTable openInventors(BadLines bad, String task) throws SnapshotException {
        return DelimitedTable.openAny(inventors, '\t', InventorRule.LAYOUTS, bad, progress, task);
    }

    /**
     * Before reading anything large: the pre-2022 inventors table needs the raw locations table, and only it
     * does, so a missing or misplaced {@code --raw-locations} is said at once.
     */
    private void checkInventorLayout(BadLines bad) throws SnapshotException {
        try (DelimitedTable t = openInventors(bad, "inventors header")) {
            InventorRule.checkTables(t.header(), inventors.path(), rawLocations == null ? null : rawLocations.path());
        }
    }

    /**
     * Pass 1 over the inventors: counts each patent's inventors and located inventors, and spills the pair
     * (patent index, location index) of every row to a temporary file, 8 bytes a row, so that pass 2 writes
     * from that file instead of parsing the text again.
     */
    private void countInventors(BadLines bad, ImportReport report, DataOutputStream spill) throws SnapshotException,
            IOException {
        long unknownPatent = 0;
        long rows = 0;
        long unplaced = 0;
        try (DelimitedTable t = openInventors(bad, "inventors " + inventors.path().getFileName())) {
            InventorRule rule = new InventorRule(t.header());
            while (t.next()) {
                InventorRule.Inventor inventor = rule.apply(t);
                int i = ids.get(inventor.patentKey(), -1);
                if (i < 0) {
                    unknownPatent++;
                    continue;
                }
                int loc = places.place(inventor, rule.legacy());
                inventorCount[i]++;
                rows++;
                if (loc >= 0) {
                    locatedCount[i]++;
                } else {
                    unplaced++;
                }
                spill.writeInt(i);
                spill.writeInt(loc);
            }
            t.finish();
        }
        report.leftOut(PatentsViewReport.UNKNOWN_PATENT_INVENTORS, unknownPatent);
        PatentsViewReport.unplacedInventors(report, unplaced, rows, locations.path().getFileName().toString(),
                rawLocations == null ? null : rawLocations.path().getFileName().toString());
        long without = 0;
        for (int i = 0; i < patentCount; i++) {
            if (!PatentDocuments.isDocument(inventorCount[i])) {
                without++;
            }
        }
        report.leftOut(PatentsViewReport.PATENTS_WITHOUT_INVENTORS, without);
    }

    /** Pass 2: one document per patent at its first inventor, one address per located inventor. */
    private void writeDocuments(SnapshotWriter writer, ImportReport report, DataInputStream spill, long rows)
            throws IOException {
        long[] done = {0};
        progress.begin("writing documents and addresses", rows, () -> done[0]);
        for (long r = 0; r < rows; r++) {
            done[0] = r;
            int i = spill.readInt();
            int loc = spill.readInt();
            progress.record();
            int n = inventorCount[i];
            if (documentId[i] == 0) {
                documentId[i] = writer.addDocument(PatentRule.sourceId(patentKeys[i]), DocumentKind.PATENT, year[i],
                        PatentDocuments.fieldName(field[i]), PatentDocuments.unlocatedShare(n, locatedCount[i]));
                report.document();
            }
            double share = PatentDocuments.inventorShare(n);
            if (loc < 0) {
                report.unlocated(share);
            } else {
                int m = assigneeTable == null ? 0 : assigneeTable.count(i);
                PatentsViewLocations p = places;
                if (m == 0) {
                    writer.addAddress(documentId[i], p.lat(loc), p.lon(loc), share, p.country(loc), p.city(loc));
                }
                for (int j = 0; j < m; j++) {
                    writer.addAddress(documentId[i], p.lat(loc), p.lon(loc), PatentDocuments.organisationShare(n, m),
                            p.country(loc), p.city(loc), assigneeTable.name(i, j));
                }
                report.address();
            }
        }
        progress.end();
    }

    private void ensurePatentCapacity(int n) {
        if (n <= year.length) {
            return;
        }
        int cap = year.length * 2;
        patentKeys = Arrays.copyOf(patentKeys, cap);
        year = Arrays.copyOf(year, cap);
        field = Arrays.copyOf(field, cap);
        inventorCount = Arrays.copyOf(inventorCount, cap);
        locatedCount = Arrays.copyOf(locatedCount, cap);
        documentId = Arrays.copyOf(documentId, cap);
    }
}
