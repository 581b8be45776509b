package org.clusteratlas.snapshot.openalex;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotContract;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.FixedSourceImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.LongIntHashMap;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SourceInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns OpenAlex works and institutions into snapshot documents of kind {@code publication}: one document
 * per work of the chosen types and years, each authorship carrying 1/n of the work (n authorships), split
 * equally among that authorship's distinct institutions, which are placed at the coordinates of the
 * institutions files ({@code geo.latitude}, {@code geo.longitude}).
 *
 * <p>Both schemas are read. Since 2023 a work has OpenAlex's own {@code type} ("article") and a
 * {@code primary_topic}; the field is its {@code field}, or its {@code domain} when the field is absent.
 * Earlier works have Crossref's type ("journal-article", mapped by {@link WorkTypes}) and {@code concepts}
 * instead of topics; the field is then their highest-scoring level-0 concept ("Computer science"). The files
 * may be snapshot parts or saved API answers, in any shape {@link OpenAlexRecords} recognises.
 *
 * <p>Works are streamed in one pass; memory holds the institutions (about 10^5) and one id per work, to drop
 * a work repeated across files.
 */
public final class OpenAlexImport extends FixedSourceImport {
    static final String SOURCE = "OpenAlex (works and institutions snapshot)";
    static final String LICENCE = "OpenAlex data: CC0 (https://openalex.org/)";
    static final String OTHER_TYPES = "works of other types left out";
    static final String NO_YEAR = "works without publication_year left out";
    static final String OUTSIDE_YEARS = "works outside the years left out";
    static final String REPEATED = "repeated works left out";
    static final String NO_AUTHORSHIPS = "works without authorships left out";
    static final String MAPPED_TYPES = "works of the pre-2023 schema whose Crossref type was mapped"
            + " (journal-article and proceedings-article count as article)";

    private final OpenAlexEntities entities;
    private final Set<String> types;
    private final int fromYear;
    private final int toYear;
    private final boolean skipBad;

    // institutions
    private final LongIntHashMap institutionIndex = new LongIntHashMap(1 << 17);
    private double[] lat = new double[1 << 12];
    private double[] lon = new double[1 << 12];
    private final List<String> country = new ArrayList<>();
    private final List<String> city = new ArrayList<>();
    /** Each institution's {@code display_name}: the organisation of its addresses. */
    private final List<String> organization = new ArrayList<>();
    private long institutionsWithoutCoordinates;
    private long invalidCountries;
    private long citedUnknown;
    private long citedUnplaced;
    private int leftOutFrom = Integer.MAX_VALUE;
    private int leftOutTo = Integer.MIN_VALUE;

    /**
     * @param types    work types to import ({@code article} by default), compared case-insensitively in the
     *                 current vocabulary (a pre-2023 Crossref type given here is mapped the same way)
     * @param fromYear first publication year to import, or {@link Integer#MIN_VALUE}
     * @param toYear   last publication year to import, or {@link Integer#MAX_VALUE}
     */
    public OpenAlexImport(List<Path> works, List<Path> institutions, Set<String> types, int fromYear, int toYear,
                          boolean skipBad, Progress progress) throws SnapshotException {
        this(new OpenAlexFiles(works, institutions, progress), types, fromYear, toYear, skipBad);
    }

    /** The same import over entities read elsewhere (the Spark builder's executors). */
    public OpenAlexImport(OpenAlexEntities entities, Set<String> types, int fromYear, int toYear, boolean skipBad) {
        super(SOURCE, LICENCE);
        this.entities = entities;
        this.types = types.stream().map(WorkTypes::current).collect(Collectors.toCollection(LinkedHashSet::new));
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.skipBad = skipBad;
    }

    @Override
    public List<SourceInfo> sources() {
        return entities.sources();
    }

    @Override
    public void writeTo(SnapshotWriter writer, ImportReport report) throws SnapshotException, IOException {
        BadLines bad = new BadLines(skipBad);
        entities.institutions((file, line, inst, problem) -> institution(file, line, inst, problem, bad));
        report.count("institutions read", institutionIndex.size());
        report.count("institutions without coordinates", institutionsWithoutCoordinates);
        report.count("institutions whose country is not an ISO-2 code, kept without country", invalidCountries);
        LongIntHashMap seen = new LongIntHashMap(1 << 16);
        entities.works((file, line, work, problem) -> work(file, line, work, problem, bad, report, writer, seen));
        explainLeftOut(report);
        report.badLines(bad);
    }

    /** The options that would keep what was left out, for the report and for an empty import's message. */
    private void explainLeftOut(ImportReport report) {
        Set<String> wanted = new LinkedHashSet<>(types);
        wanted.addAll(report.leftOutDetails(OTHER_TYPES).keySet());
        report.remedy(OTHER_TYPES, "--types " + String.join(",", wanted) + " keeps them");
        if (leftOutFrom <= leftOutTo) {
            report.remedy(OUTSIDE_YEARS, "they are from " + (leftOutFrom == leftOutTo ? leftOutFrom
                    : leftOutFrom + "-" + leftOutTo) + "; widen --from-year / --to-year to keep them");
        }
        report.coordinateHint(String.format(Locale.ROOT, "%,d institutions cited by the works are not in the"
                + " institutions files, %,d have no coordinates there; give --institutions the files of the"
                + " institutions the works cite", citedUnknown, citedUnplaced));
    }

    private void institution(Path file, long line, OpenAlexInstitution inst, String problem, BadLines bad)
            throws SnapshotException {
        if (problem != null) {
            bad.reject(file, line, problem);
            return;
        }
        long key = OpenAlexIds.parse(inst.id(), 'I');
        if (key == OpenAlexIds.INVALID) {
            bad.reject(file, line, inst.id() == null ? "missing institution id"
                    : "not an institution id: '" + inst.id() + "'" + wrongFile(inst.id(), 'W', "--works"));
            return;
        }
        double instLat = inst.lat();
        if (SnapshotContract.latitudeProblem(instLat) != null
                || SnapshotContract.longitudeProblem(inst.lon()) != null) {
            instLat = Double.NaN;
            institutionsWithoutCoordinates++;
        }
        int i = institutionIndex.size();
        if (institutionIndex.get(key, -1) >= 0) {
            return;
        }
        institutionIndex.put(key, i);
        if (i == lat.length) {
            lat = Arrays.copyOf(lat, i * 2);
            lon = Arrays.copyOf(lon, i * 2);
        }
        lat[i] = instLat;
        lon[i] = inst.lon();
        String code = SnapshotContract.country(inst.country());
        if (SnapshotContract.countryProblem(code) != null) {
            invalidCountries++;
            code = null;
        }
        country.add(code == null ? null : code.intern());
        String c = inst.city();
        city.add(c == null || c.isBlank() ? null : c.strip().intern());
        String org = inst.name();
        organization.add(org == null || org.isBlank() ? null : org.strip());
    }

    /** Says which option a file of the other entity belongs to, when an id shows it ("W..." given as an institution). */
    private static String wrongFile(String id, char other, String option) {
        return OpenAlexIds.parse(id, other) == OpenAlexIds.INVALID ? "" : " (a file for " + option + "?)";
    }

    private void work(Path file, long line, OpenAlexWork work, String problem, BadLines bad, ImportReport report,
                      SnapshotWriter writer, LongIntHashMap seen) throws SnapshotException, IOException {
        if (problem != null) {
            bad.reject(file, line, problem);
            return;
        }
        String workId = work.id;
        long key = OpenAlexIds.parse(workId, 'W');
        if (key == OpenAlexIds.INVALID) {
            bad.reject(file, line, workId == null ? "missing work id"
                    : "not a work id: '" + workId + "'" + wrongFile(workId, 'I', "--institutions"));
            return;
        }
        String type = work.type == null ? "(no type)" : work.type.strip().toLowerCase(Locale.ROOT);
        String current = WorkTypes.current(type);
        if (!types.contains(current)) {
            report.leftOut(OTHER_TYPES, type);
            return;
        }
        if (!current.equals(type)) {
            report.count(MAPPED_TYPES, 1);
        }
        int workYear = work.year;
        if (workYear == Integer.MIN_VALUE) {
            report.leftOut(NO_YEAR, null);
            return;
        }
        String invalid = SnapshotContract.yearProblem(workYear);
        if (invalid == null) {
            invalid = SnapshotContract.fieldProblem(work.field());
        }
        if (invalid != null) {
            bad.reject(file, line, invalid);
            return;
        }
        if (workYear < fromYear || workYear > toYear) {
            report.leftOut(OUTSIDE_YEARS, null);
            leftOutFrom = Math.min(leftOutFrom, workYear);
            leftOutTo = Math.max(leftOutTo, workYear);
            return;
        }
        if (seen.get(key, -1) >= 0) {
            report.leftOut(REPEATED, null);
            return;
        }
        seen.put(key, 0);
        if (work.authorships == 0) {
            report.leftOut(NO_AUTHORSHIPS, null);
            return;
        }
        write(work, writer, report);
    }

    private void write(OpenAlexWork work, SnapshotWriter writer, ImportReport report) throws IOException {
        double perAuthorship = 1.0 / work.authorships;
        double unlocated = 0;
        for (int a = 0; a < work.authorships; a++) {
            int k = work.authorshipStart[a + 1] - work.authorshipStart[a];
            if (k == 0) {
                unlocated += perAuthorship;
                continue;
            }
            double share = perAuthorship / k;
            for (int j = work.authorshipStart[a]; j < work.authorshipStart[a + 1]; j++) {
                int i = institutionIndex.get(work.institutionIds[j], -1);
                if (i < 0 || Double.isNaN(lat[i])) {
                    unlocated += share;
                }
            }
        }
        // the shares 1/n/k summed in floating point may exceed 1 by a rounding residue (1.0000000000000002
        // when no institution of a work is placed); the unlocated part of a document is at most all of it
        unlocated = Math.min(1.0, unlocated);
        String field = work.field();
        String workId = work.id;
        long doc = writer.addDocument(workId.substring(workId.lastIndexOf('/') + 1), DocumentKind.PUBLICATION, work.year, field,
                unlocated);
        report.document();
        for (int a = 0; a < work.authorships; a++) {
            int k = work.authorshipStart[a + 1] - work.authorshipStart[a];
            if (k == 0) {
                report.unlocated(perAuthorship);
                continue;
            }
            double share = perAuthorship / k;
            for (int j = work.authorshipStart[a]; j < work.authorshipStart[a + 1]; j++) {
                int i = institutionIndex.get(work.institutionIds[j], -1);
                if (i < 0 || Double.isNaN(lat[i])) {
                    if (i < 0) {
                        citedUnknown++;
                    } else {
                        citedUnplaced++;
                    }
                    report.unlocated(share);
                } else {
                    writer.addAddress(doc, lat[i], lon[i], share, country.get(i), city.get(i), organization.get(i));
                    report.address();
                }
            }
        }
    }

}
