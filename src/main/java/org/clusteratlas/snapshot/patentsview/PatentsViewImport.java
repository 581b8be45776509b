package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotContract;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.DelimitedTable;
import org.clusteratlas.snapshot.source.FixedSourceImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.LongIntHashMap;
import org.clusteratlas.snapshot.source.Progress;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    static final String SOURCE = "PatentsView (USPTO granted patents, disambiguated bulk data)";
    static final String LICENCE = "PatentsView data: CC BY 4.0 (https://patentsview.org/); locations derived"
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
    private final TechnologyConcordance concordance = TechnologyConcordance.wipo();

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
    /** Written by the locations reader thread, read after its future completes. */
    private long invalidCountries;

    // per location
    private final Map<String, Integer> locationIndex = new HashMap<>();
    private double[] lat = new double[1 << 10];
    private double[] lon = new double[1 << 10];
    private final List<String> country = new ArrayList<>();
    private final List<String> city = new ArrayList<>();
    // before 2022: hashed raw location id -> location index, for the raw locations that have coordinates
    private final LongIntHashMap rawLocationIndex = new LongIntHashMap(1 << 16);

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
                    : pool.submit(() -> new CpcFieldReader(cpc, concordance, () -> stopReaders).read(cpcBad, cpcProgress));
            Future<Long> locations = pool.submit(() -> readLocations(locationBad, locationProgress));
            readPatents(bad, report);
            report.count("locations without coordinates", await(locations));
            report.count("locations whose country is not an ISO-2 code, kept without country", invalidCountries);
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
                report.count("assignee rows without an organisation (individuals), passed over",
                        assigneeTable.individuals());
                report.count("assignee rows of patents not in the patents file, left out", assigneeTable.unknown());
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
        try (DelimitedTable t = DelimitedTable.openAny(patents, '\t', List.of(PatentsViewTables.PATENTS,
                PatentsViewTables.PATENTS_LEGACY), bad, progress, "patents " + patents.path().getFileName())) {
            PatentsViewTables.PatentColumns names = PatentsViewTables.PatentColumns.of(t.layout());
            int cId = t.column(names.id());
            int cDate = t.column(names.date());
            int cWithdrawn = t.column("withdrawn");
            while (t.next()) {
                String id = t.get(cId);
                long key = PatentIds.pack(id);
                if (key == PatentIds.INVALID) {
                    bad.reject(patents.path(), t.line(), "malformed " + names.id() + " '" + id + "'");
                    continue;
                }
                int y = yearOf(t.get(cDate));
                if (y < 0) {
                    bad.reject(patents.path(), t.line(), "malformed " + names.date() + " '" + t.get(cDate)
                            + "' (expected YYYY-MM-DD)");
                    continue;
                }
                String yearProblem = SnapshotContract.yearProblem(y);
                if (yearProblem != null) {
                    bad.reject(patents.path(), t.line(), "patent_date '" + t.get(cDate) + "': " + yearProblem);
                    continue;
                }
                if (cWithdrawn >= 0 && t.get(cWithdrawn).equals("1")) {
                    report.leftOut("withdrawn patents left out", null);
                    continue;
                }
                if (ids.get(key, -1) >= 0) {
                    report.count("repeated patent rows ignored", 1);
                    continue;
                }
                int i = patentCount++;
                ensurePatentCapacity(patentCount);
                ids.put(key, i);
                patentKeys[i] = key;
                year[i] = (short) y;
            }
            t.finish();
        }
        report.count("patents in the patents file", patentCount);
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

    /** Year of a PatentsView date: ISO {@code 2018-06-19}, or the dictionary's older {@code 1/6/1976}. */
    static int yearOf(String date) {
        String y;
        if (date.length() >= 4 && date.length() <= 10 && date.indexOf('-') == 4) {
            y = date.substring(0, 4);
        } else if (date.indexOf('/') > 0) {
            y = date.substring(date.lastIndexOf('/') + 1);
        } else {
            return -1;
        }
        if (y.length() != 4) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            char c = y.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private void applyFields(CpcFieldReader.Fields fields, ImportReport report) {
        report.count("CPC rows without a WIPO field (e.g. Y section), passed over",
                fields.unmapped());
        for (int i = 0; i < patentCount; i++) {
            field[i] = (byte) fields.fieldOf(patentKeys[i]);
        }
    }

    private long readLocations(BadLines bad, Progress progress) throws SnapshotException {
        long withoutCoordinates = 0;
        try (DelimitedTable t = DelimitedTable.openAny(locations, '\t', List.of(PatentsViewTables.LOCATIONS,
                PatentsViewTables.LOCATIONS_LEGACY), bad, progress, "locations " + locations.path().getFileName())) {
            PatentsViewTables.LocationColumns names = PatentsViewTables.LocationColumns.of(t.layout());
            int cId = t.column(names.id());
            int cLat = t.column("latitude");
            int cLon = t.column("longitude");
            int cCountry = t.column(names.country());
            int cCity = t.column(names.city());
            while (!stopReaders && t.next()) {
                String id = t.get(cId);
                if (id.isEmpty()) {
                    bad.reject(locations.path(), t.line(), "empty " + names.id());
                    continue;
                }
                double la = Double.NaN;
                double lo = Double.NaN;
                String sLat = t.get(cLat);
                String sLon = t.get(cLon);
                if (!sLat.isEmpty() && !sLon.isEmpty() && !sLat.equalsIgnoreCase("NULL")
                        && !sLon.equalsIgnoreCase("NULL")) {
                    try {
                        la = Double.parseDouble(sLat);
                        lo = Double.parseDouble(sLon);
                    } catch (NumberFormatException e) {
                        bad.reject(locations.path(), t.line(), "malformed coordinates '" + sLat + "', '" + sLon
                                + "'");
                        continue;
                    }
                    if (SnapshotContract.latitudeProblem(la) != null || SnapshotContract.longitudeProblem(lo) != null) {
                        bad.reject(locations.path(), t.line(), "coordinates out of range: " + sLat + ", " + sLon);
                        continue;
                    }
                } else {
                    withoutCoordinates++;
                }
                int i = locationIndex.size();
                if (locationIndex.putIfAbsent(id, i) != null) {
                    continue;
                }
                if (i == lat.length) {
                    lat = Arrays.copyOf(lat, i * 2);
                    lon = Arrays.copyOf(lon, i * 2);
                }
                lat[i] = la;
                lon[i] = lo;
                country.add(cCountry < 0 ? null : country(t.get(cCountry)));
                city.add(cCity < 0 ? null : emptyToNull(t.get(cCity)));
            }
            if (!stopReaders) {
                t.finish();
            }
        }
        if (rawLocations != null && !stopReaders) {
            readRawLocations(bad, progress);
        }
        return withoutCoordinates;
    }

    /** Before 2022: raw location id to geocoded location, kept for the raw locations that have coordinates. */
    private void readRawLocations(BadLines bad, Progress progress) throws SnapshotException {
        try (DelimitedTable t = DelimitedTable.openAny(rawLocations, '\t', List.of(PatentsViewTables.RAW_LOCATIONS),
                bad, progress, "raw locations " + rawLocations.path().getFileName())) {
            int cId = t.column("id");
            int cLoc = t.column("location_id");
            while (!stopReaders && t.next()) {
                String id = t.get(cId);
                if (id.isEmpty()) {
                    bad.reject(rawLocations.path(), t.line(), "empty id");
                    continue;
                }
                int loc = geocoded(t.get(cLoc));
                if (loc >= 0) {
                    rawLocationIndex.put(hash64(id), loc);
                }
            }
            if (!stopReaders) {
                t.finish();
            }
        }
    }

    /** A 64-bit hash of a raw location id (FNV-1a, then mixed): collisions are negligible at 10^8 ids. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == Long.MIN_VALUE ? 0 : h;
    }

    /** The contract's country code, or none for a value that is not one ("NULL", a name, "XXX"). */
    private String country(String s) {
        String code = SnapshotContract.country(emptyToNull(s));
        if (SnapshotContract.countryProblem(code) != null) {
            invalidCountries++;
            return null;
        }
        return code == null ? null : code.intern();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() || s.equalsIgnoreCase("NULL") ? null : s.intern();
    }

    /** Location index of a geocoded location id if it has coordinates, else -1. */
    private int geocoded(String locationId) {
        if (locationId.isEmpty()) {
            return -1;
        }
        Integer i = locationIndex.get(locationId);
        return i == null || Double.isNaN(lat[i]) ? -1 : i;
    }

    private DelimitedTable openInventors(BadLines bad, String task) throws SnapshotException {
        return DelimitedTable.openAny(inventors, '\t', List.of(PatentsViewTables.INVENTORS,
                PatentsViewTables.INVENTORS_LEGACY), bad, progress, task);
    }

    /**
     * Before reading anything large: the pre-2022 inventors table needs the raw locations table, and only it
     * does, so a missing or misplaced {@code --raw-locations} is said at once.
     */
    private void checkInventorLayout(BadLines bad) throws SnapshotException {
        try (DelimitedTable t = openInventors(bad, "inventors header")) {
            boolean legacy = t.layout() == PatentsViewTables.INVENTORS_LEGACY;
            if (legacy && rawLocations == null) {
                throw new SnapshotException(inventors.path(), null, 1, "a pre-2022 rawinventor table names raw"
                        + " locations (rawlocation_id): give their table too, --raw-locations rawlocation.tsv");
            }
            if (!legacy && rawLocations != null) {
                throw new SnapshotException(rawLocations.path(), "--raw-locations goes with the pre-2022"
                        + " rawinventor table, but the inventors table is " + t.layout().name()
                        + ", whose location_id is already geocoded");
            }
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
            boolean legacy = t.layout() == PatentsViewTables.INVENTORS_LEGACY;
            int cId = t.column("patent_id");
            int cLoc = t.column(legacy ? "rawlocation_id" : "location_id");
            while (t.next()) {
                int i = ids.get(PatentIds.pack(t.get(cId)), -1);
                if (i < 0) {
                    unknownPatent++;
                    continue;
                }
                String place = t.get(cLoc);
                int loc = !legacy ? geocoded(place) : place.isEmpty() ? -1 : rawLocationIndex.get(hash64(place), -1);
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
        report.leftOut("inventor rows of patents not in the patents file, left out", unknownPatent);
        report.coordinateHint(String.format(java.util.Locale.ROOT, "%,d of %,d inventor rows name no location"
                + " with coordinates in %s%s", unplaced, rows, locations.path().getFileName(),
                rawLocations == null ? "" : " (through " + rawLocations.path().getFileName() + ")"));
        long without = 0;
        for (int i = 0; i < patentCount; i++) {
            if (inventorCount[i] == 0) {
                without++;
            }
        }
        report.leftOut("patents without inventors, left out", without);
    }

    /** Pass 2: one document per patent at its first inventor, one address per located inventor. */
    private void writeDocuments(SnapshotWriter writer, ImportReport report, DataInputStream spill, long rows)
            throws IOException {
        List<String> fieldNames = concordance.fieldNames();
        long[] done = {0};
        progress.begin("writing documents and addresses", rows, () -> done[0]);
        for (long r = 0; r < rows; r++) {
            done[0] = r;
            int i = spill.readInt();
            int loc = spill.readInt();
            progress.record();
            int n = inventorCount[i];
            if (documentId[i] == 0) {
                double unlocated = (n - locatedCount[i]) / (double) n;
                String f = field[i] == 0 ? null : fieldNames.get(field[i] - 1);
                documentId[i] = writer.addDocument(PatentIds.unpack(patentKeys[i]), DocumentKind.PATENT, year[i], f,
                        unlocated);
                report.document();
            }
            double share = 1.0 / n;
            if (loc < 0) {
                report.unlocated(share);
            } else {
                int m = assigneeTable == null ? 0 : assigneeTable.count(i);
                if (m == 0) {
                    writer.addAddress(documentId[i], lat[loc], lon[loc], share, country.get(loc), city.get(loc));
                }
                for (int j = 0; j < m; j++) {
                    writer.addAddress(documentId[i], lat[loc], lon[loc], share / m, country.get(loc), city.get(loc),
                            assigneeTable.name(i, j));
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
