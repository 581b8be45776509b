package org.clusteratlas.snapshot.openalex;

import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.FixedSourceImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.LongIntHashMap;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.SourceInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
    public static final String SOURCE = "OpenAlex (works and institutions snapshot)";
    public static final String LICENCE = "OpenAlex data: CC0 (https://openalex.org/)";
    static final String OTHER_TYPES = OpenAlexReport.OTHER_TYPES;
    static final String REPEATED = OpenAlexReport.REPEATED;
    static final String MAPPED_TYPES = OpenAlexReport.MAPPED_TYPES;

    private final OpenAlexEntities entities;
    private final WorkRule rule;
    private final boolean skipBad;

    // institutions, by packed id: the first line of each
    private final LongIntHashMap institutionIndex = new LongIntHashMap(1 << 17);
    private final List<InstitutionRule.Institution> institutions = new ArrayList<>();
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

    /** The same import over entities read elsewhere. */
    public OpenAlexImport(OpenAlexEntities entities, Set<String> types, int fromYear, int toYear, boolean skipBad) {
        super(SOURCE, LICENCE);
        this.entities = entities;
        this.rule = new WorkRule(types, fromYear, toYear);
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
        report.count(OpenAlexReport.INSTITUTIONS, institutionIndex.size());
        report.count(OpenAlexReport.INSTITUTIONS_WITHOUT_COORDINATES, institutionsWithoutCoordinates);
        report.count(OpenAlexReport.INVALID_COUNTRIES, invalidCountries);
        LongIntHashMap seen = new LongIntHashMap(1 << 16);
        entities.works((file, line, work, problem) -> work(file, line, work, problem, bad, report, writer, seen));
        OpenAlexReport.explain(report, rule.types(), leftOutFrom, leftOutTo, citedUnknown, citedUnplaced);
        report.badLines(bad);
    }

    private void institution(Path file, long line, OpenAlexInstitution inst, String problem, BadLines bad)
            throws SnapshotException {
        RowOutcome<InstitutionRule.Institution> o = InstitutionRule.apply(inst, problem);
        if (!o.kept()) {
            bad.reject(file, line, o.problem());
            return;
        }
        InstitutionRule.Institution i = o.value();
        if (!i.located()) {
            institutionsWithoutCoordinates++;
        }
        if (institutionIndex.get(i.key(), -1) >= 0) {
            return;
        }
        institutionIndex.put(i.key(), institutions.size());
        institutions.add(i);
        if (i.invalidCountry()) {
            invalidCountries++;
        }
    }

    private InstitutionRule.Institution institution(long key) {
        int i = institutionIndex.get(key, -1);
        return i < 0 ? null : institutions.get(i);
    }

    private void work(Path file, long line, OpenAlexWork work, String problem, BadLines bad, ImportReport report,
                      SnapshotWriter writer, LongIntHashMap seen) throws SnapshotException, IOException {
        WorkRule.Outcome o = rule.apply(work, problem);
        if (o.mapped()) {
            report.count(OpenAlexReport.MAPPED_TYPES, 1);
        }
        if (o.problem() != null) {
            bad.reject(file, line, o.problem());
            return;
        }
        if (o.passedOver() != null) {
            report.leftOut(o.passedOver(), o.passedOver().equals(OpenAlexReport.OTHER_TYPES) ? o.type() : null);
            if (o.passedOver().equals(OpenAlexReport.OUTSIDE_YEARS)) {
                leftOutFrom = Math.min(leftOutFrom, o.year());
                leftOutTo = Math.max(leftOutTo, o.year());
            }
            return;
        }
        if (seen.get(o.key(), -1) >= 0) {
            report.leftOut(OpenAlexReport.REPEATED, null);
            return;
        }
        seen.put(o.key(), 0);
        if (work.authorships == 0) {
            report.leftOut(OpenAlexReport.NO_AUTHORSHIPS, null);
            return;
        }
        WorkDocument d = WorkDocument.of(work, this::institution);
        citedUnknown += d.citedUnknown();
        citedUnplaced += d.citedUnplaced();
        d.writeTo(writer, report);
    }
}
