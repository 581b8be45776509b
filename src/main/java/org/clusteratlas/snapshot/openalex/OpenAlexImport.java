package org.clusteratlas.snapshot.openalex;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotContract;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.FixedSourceImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.LongIntHashMap;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SourceFile;

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

    private final List<SourceFile> works;
    private final List<SourceFile> institutions;
    private final Set<String> types;
    private final int fromYear;
    private final int toYear;
    private final boolean skipBad;
    private final Progress progress;
    private final JsonFactory json = new JsonFactory();

    // institutions
    private final LongIntHashMap institutionIndex = new LongIntHashMap(1 << 17);
    private double[] lat = new double[1 << 12];
    private double[] lon = new double[1 << 12];
    private final List<String> country = new ArrayList<>();
    private final List<String> city = new ArrayList<>();
    private long institutionsWithoutCoordinates;
    private long invalidCountries;
    private long citedUnknown;
    private long citedUnplaced;

    // the institution being parsed (reused)
    private String instId;
    private double instLat;
    private double instLon;
    private String instCountry;
    private String instCity;

    // the work being parsed (reused)
    private String workId;
    private String workType;
    private int workYear;
    private boolean hasTopic;
    private String topicField;
    private String topicDomain;
    private String conceptField;
    private double conceptScore;
    private int authorships;
    private int[] authorshipStart = new int[64];
    private long[] institutionIds = new long[256];
    private int institutionCount;
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
        super(SOURCE, LICENCE);
        this.works = new ArrayList<>();
        for (Path p : works) {
            this.works.add(new SourceFile(p));
        }
        this.institutions = new ArrayList<>();
        for (Path p : institutions) {
            this.institutions.add(new SourceFile(p));
        }
        this.types = types.stream().map(WorkTypes::current).collect(Collectors.toCollection(LinkedHashSet::new));
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.skipBad = skipBad;
        this.progress = progress;
    }

    @Override
    public List<SourceFile> files() {
        List<SourceFile> l = new ArrayList<>(institutions);
        l.addAll(works);
        return l;
    }

    @Override
    public void writeTo(SnapshotWriter writer, ImportReport report) throws SnapshotException, IOException {
        BadLines bad = new BadLines(skipBad);
        for (SourceFile f : institutions) {
            readInstitutions(f, bad, report);
        }
        report.count("institutions read", institutionIndex.size());
        report.count("institutions without coordinates", institutionsWithoutCoordinates);
        report.count("institutions whose country is not an ISO-2 code, kept without country", invalidCountries);
        LongIntHashMap seen = new LongIntHashMap(1 << 16);
        for (SourceFile f : works) {
            readWorks(f, bad, report, writer, seen);
        }
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

    private void readInstitutions(SourceFile f, BadLines bad, ImportReport report) throws SnapshotException {
        try (OpenAlexRecords records = new OpenAlexRecords(f, json, this::parseInstitution, progress,
                "institutions " + f.path().getFileName())) {
            while (records.next()) {
                if (records.problem() != null) {
                    bad.reject(f.path(), records.line(), records.problem());
                    continue;
                }
                long key = OpenAlexIds.parse(instId, 'I');
                if (key == OpenAlexIds.INVALID) {
                    bad.reject(f.path(), records.line(), instId == null ? "missing institution id"
                            : "not an institution id: '" + instId + "'" + wrongFile(instId, 'W', "--works"));
                    continue;
                }
                if (SnapshotContract.latitudeProblem(instLat) != null
                        || SnapshotContract.longitudeProblem(instLon) != null) {
                    instLat = Double.NaN;
                    institutionsWithoutCoordinates++;
                }
                int i = institutionIndex.size();
                if (institutionIndex.get(key, -1) >= 0) {
                    continue;
                }
                institutionIndex.put(key, i);
                if (i == lat.length) {
                    lat = Arrays.copyOf(lat, i * 2);
                    lon = Arrays.copyOf(lon, i * 2);
                }
                lat[i] = instLat;
                lon[i] = instLon;
                String code = SnapshotContract.country(instCountry);
                if (SnapshotContract.countryProblem(code) != null) {
                    invalidCountries++;
                    code = null;
                }
                country.add(code == null ? null : code.intern());
                city.add(instCity == null || instCity.isBlank() ? null : instCity.strip().intern());
            }
            records.finish();
        }
    }

    /** Says which option a file of the other entity belongs to, when an id shows it ("W..." given as an institution). */
    private static String wrongFile(String id, char other, String option) {
        return OpenAlexIds.parse(id, other) == OpenAlexIds.INVALID ? "" : " (a file for " + option + "?)";
    }

    private String parseInstitution(JsonParser p) throws IOException {
        instId = null;
        instLat = Double.NaN;
        instLon = Double.NaN;
        instCountry = null;
        instCity = null;
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("id") && v == JsonToken.VALUE_STRING) {
                instId = p.getText();
            } else if (name.equals("geo") && v == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String g = p.currentName();
                    JsonToken gv = p.nextToken();
                    switch (g) {
                        case "latitude" -> instLat = gv.isNumeric() ? p.getDoubleValue() : Double.NaN;
                        case "longitude" -> instLon = gv.isNumeric() ? p.getDoubleValue() : Double.NaN;
                        case "country_code" -> instCountry = gv == JsonToken.VALUE_STRING ? p.getText() : null;
                        case "city" -> instCity = gv == JsonToken.VALUE_STRING ? p.getText() : null;
                        default -> p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return null;
    }

    private void readWorks(SourceFile f, BadLines bad, ImportReport report, SnapshotWriter writer,
                           LongIntHashMap seen) throws SnapshotException, IOException {
        try (OpenAlexRecords records = new OpenAlexRecords(f, json, this::parseWork, progress,
                "works " + f.path().getFileName())) {
            while (records.next()) {
                if (records.problem() != null) {
                    bad.reject(f.path(), records.line(), records.problem());
                    continue;
                }
                long key = OpenAlexIds.parse(workId, 'W');
                if (key == OpenAlexIds.INVALID) {
                    bad.reject(f.path(), records.line(), workId == null ? "missing work id"
                            : "not a work id: '" + workId + "'" + wrongFile(workId, 'I', "--institutions"));
                    continue;
                }
                String type = workType == null ? "(no type)" : workType.strip().toLowerCase(Locale.ROOT);
                String current = WorkTypes.current(type);
                if (!types.contains(current)) {
                    report.leftOut(OTHER_TYPES, type);
                    continue;
                }
                if (!current.equals(type)) {
                    report.count(MAPPED_TYPES, 1);
                }
                if (workYear == Integer.MIN_VALUE) {
                    report.leftOut(NO_YEAR, null);
                    continue;
                }
                String invalid = SnapshotContract.yearProblem(workYear);
                if (invalid == null) {
                    invalid = SnapshotContract.fieldProblem(field());
                }
                if (invalid != null) {
                    bad.reject(f.path(), records.line(), invalid);
                    continue;
                }
                if (workYear < fromYear || workYear > toYear) {
                    report.leftOut(OUTSIDE_YEARS, null);
                    leftOutFrom = Math.min(leftOutFrom, workYear);
                    leftOutTo = Math.max(leftOutTo, workYear);
                    continue;
                }
                if (seen.get(key, -1) >= 0) {
                    report.leftOut(REPEATED, null);
                    continue;
                }
                seen.put(key, 0);
                if (authorships == 0) {
                    report.leftOut(NO_AUTHORSHIPS, null);
                    continue;
                }
                write(writer, report);
            }
            records.finish();
        }
    }

    private void write(SnapshotWriter writer, ImportReport report) throws IOException {
        double perAuthorship = 1.0 / authorships;
        double unlocated = 0;
        for (int a = 0; a < authorships; a++) {
            int k = authorshipStart[a + 1] - authorshipStart[a];
            if (k == 0) {
                unlocated += perAuthorship;
                continue;
            }
            double share = perAuthorship / k;
            for (int j = authorshipStart[a]; j < authorshipStart[a + 1]; j++) {
                int i = institutionIndex.get(institutionIds[j], -1);
                if (i < 0 || Double.isNaN(lat[i])) {
                    unlocated += share;
                }
            }
        }
        // the shares 1/n/k summed in floating point may exceed 1 by a rounding residue (1.0000000000000002
        // when no institution of a work is placed); the unlocated part of a document is at most all of it
        unlocated = Math.min(1.0, unlocated);
        String field = field();
        long doc = writer.addDocument(workId.substring(workId.lastIndexOf('/') + 1), DocumentKind.PUBLICATION, workYear, field,
                unlocated);
        report.document();
        for (int a = 0; a < authorships; a++) {
            int k = authorshipStart[a + 1] - authorshipStart[a];
            if (k == 0) {
                report.unlocated(perAuthorship);
                continue;
            }
            double share = perAuthorship / k;
            for (int j = authorshipStart[a]; j < authorshipStart[a + 1]; j++) {
                int i = institutionIndex.get(institutionIds[j], -1);
                if (i < 0 || Double.isNaN(lat[i])) {
                    if (i < 0) {
                        citedUnknown++;
                    } else {
                        citedUnplaced++;
                    }
                    report.unlocated(share);
                } else {
                    writer.addAddress(doc, lat[i], lon[i], share, country.get(i), city.get(i));
                    report.address();
                }
            }
        }
    }

    /**
     * The work's field as the snapshot stores it: its topic's field, else its domain; for a pre-2023 work
     * without a topic, its main level-0 concept.
     */
    private String field() {
        return SnapshotContract.field(hasTopic ? (topicField != null ? topicField : topicDomain) : conceptField);
    }

    /** Reads one work's fields into the fields above; returns a problem description, or null when fine. */
    private String parseWork(JsonParser p) throws IOException {
        workId = null;
        workType = null;
        workYear = Integer.MIN_VALUE;
        hasTopic = false;
        topicField = null;
        topicDomain = null;
        conceptField = null;
        conceptScore = Double.NEGATIVE_INFINITY;
        authorships = 0;
        institutionCount = 0;
        authorshipStart[0] = 0;
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "id" -> workId = v == JsonToken.VALUE_STRING ? p.getText() : null;
                case "type" -> workType = v == JsonToken.VALUE_STRING ? p.getText() : null;
                case "publication_year" -> workYear = v == JsonToken.VALUE_NUMBER_INT ? p.getIntValue()
                        : Integer.MIN_VALUE;
                case "authorships" -> {
                    if (v == JsonToken.START_ARRAY) {
                        parseAuthorships(p);
                    } else {
                        p.skipChildren();
                    }
                }
                case "primary_topic" -> {
                    if (v == JsonToken.START_OBJECT) {
                        hasTopic = true;
                        parseTopic(p);
                    } else {
                        p.skipChildren();
                    }
                }
                case "concepts" -> {
                    if (v == JsonToken.START_ARRAY) {
                        parseConcepts(p);
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        return null;
    }

    private void parseAuthorships(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("institutions") && v == JsonToken.START_ARRAY) {
                    int first = institutionCount;
                    JsonToken e;
                    while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (e != JsonToken.START_OBJECT) {
                            p.skipChildren();
                            continue;
                        }
                        long inst = OpenAlexIds.INVALID;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String n = p.currentName();
                            JsonToken iv = p.nextToken();
                            if (n.equals("id") && iv == JsonToken.VALUE_STRING) {
                                inst = OpenAlexIds.parse(p.getText(), 'I');
                            } else {
                                p.skipChildren();
                            }
                        }
                        if (inst != OpenAlexIds.INVALID && !contains(first, inst)) {
                            if (institutionCount == institutionIds.length) {
                                institutionIds = Arrays.copyOf(institutionIds, institutionCount * 2);
                            }
                            institutionIds[institutionCount++] = inst;
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            authorships++;
            if (authorships + 1 >= authorshipStart.length) {
                authorshipStart = Arrays.copyOf(authorshipStart, authorshipStart.length * 2);
            }
            authorshipStart[authorships] = institutionCount;
        }
    }

    private boolean contains(int from, long inst) {
        for (int j = from; j < institutionCount; j++) {
            if (institutionIds[j] == inst) {
                return true;
            }
        }
        return false;
    }

    private void parseTopic(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if ((name.equals("field") || name.equals("domain")) && v == JsonToken.START_OBJECT) {
                String display = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String n = p.currentName();
                    JsonToken dv = p.nextToken();
                    if (n.equals("display_name") && dv == JsonToken.VALUE_STRING) {
                        display = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
                if (name.equals("field")) {
                    topicField = display;
                } else {
                    topicDomain = display;
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** The highest-scoring level-0 concept ("Medicine", "Computer science"): the field of a pre-2023 work. */
    private void parseConcepts(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String display = null;
            int level = -1;
            double score = Double.NaN;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String n = p.currentName();
                JsonToken v = p.nextToken();
                switch (n) {
                    case "display_name" -> display = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "level" -> level = v == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                    case "score" -> score = v.isNumeric() ? p.getDoubleValue() : Double.NaN;
                    default -> p.skipChildren();
                }
            }
            double s = Double.isNaN(score) ? 0 : score;
            if (level == 0 && display != null && !display.isBlank() && s > conceptScore) {
                conceptField = display.strip();
                conceptScore = s;
            }
        }
    }
}
