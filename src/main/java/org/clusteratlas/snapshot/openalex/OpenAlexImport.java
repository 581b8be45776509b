package org.clusteratlas.snapshot.openalex;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.RowRules;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns OpenAlex snapshot files (JSON Lines, usually gzipped) into snapshot documents of kind
 * {@code publication}: one document per work of the chosen types and years, each authorship carrying 1/n of
 * the work (n authorships), split equally among that authorship's distinct institutions, which are placed
 * at the coordinates of the institutions file ({@code geo.latitude}, {@code geo.longitude}). The field is
 * the work's {@code primary_topic.field}, or its domain when the field is absent.
 *
 * <p>A work is one line, so works are streamed in one pass; memory holds the institutions (about 10^5) and
 * one id per work, to drop a work repeated across files.
 */
public final class OpenAlexImport extends FixedSourceImport {
    static final String SOURCE = "OpenAlex (works and institutions snapshot)";
    static final String LICENCE = "OpenAlex data: CC0 (https://openalex.org/)";

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

    // the work being parsed (reused)
    private String workId;
    private String workType;
    private int workYear;
    private String topicField;
    private String topicDomain;
    private int authorships;
    private int[] authorshipStart = new int[64];
    private long[] institutionIds = new long[256];
    private int institutionCount;

    /**
     * @param types    work types to import ({@code article} by default), compared case-insensitively
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
        this.types = types.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
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
        LongIntHashMap seen = new LongIntHashMap(1 << 16);
        for (SourceFile f : works) {
            readWorks(f, bad, report, writer, seen);
        }
        report.badLines(bad);
    }

    private void readInstitutions(SourceFile f, BadLines bad, ImportReport report) throws SnapshotException {
        long noCoordinates = 0;
        try (JsonLines lines = new JsonLines(f, progress, "institutions " + f.path().getFileName())) {
            String line;
            while ((line = lines.next()) != null) {
                String id = null;
                double la = Double.NaN;
                double lo = Double.NaN;
                String cc = null;
                String town = null;
                try (JsonParser p = json.createParser(line)) {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        bad.reject(f.path(), lines.line(), "malformed JSON: a line must hold one JSON object");
                        continue;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken v = p.nextToken();
                        if (name.equals("id") && v == JsonToken.VALUE_STRING) {
                            id = p.getText();
                        } else if (name.equals("geo") && v == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String g = p.currentName();
                                JsonToken gv = p.nextToken();
                                switch (g) {
                                    case "latitude" -> la = gv.isNumeric() ? p.getDoubleValue() : Double.NaN;
                                    case "longitude" -> lo = gv.isNumeric() ? p.getDoubleValue() : Double.NaN;
                                    case "country_code" -> cc = gv == JsonToken.VALUE_STRING ? p.getText() : null;
                                    case "city" -> town = gv == JsonToken.VALUE_STRING ? p.getText() : null;
                                    default -> p.skipChildren();
                                }
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    if (p.nextToken() != null) {
                        bad.reject(f.path(), lines.line(), "malformed JSON: text after the object");
                        continue;
                    }
                } catch (JsonProcessingException e) {
                    lines.checkComplete();
                    bad.reject(f.path(), lines.line(), "malformed JSON: " + e.getOriginalMessage());
                    continue;
                } catch (IOException e) {
                    throw new SnapshotException(f.path(), null, lines.line(), e.getMessage(), e);
                }
                long key = OpenAlexIds.parse(id, 'I');
                if (key == OpenAlexIds.INVALID) {
                    bad.reject(f.path(), lines.line(), id == null ? "missing institution id"
                            : "not an institution id: '" + id + "'");
                    continue;
                }
                if (!(la >= -90 && la <= 90 && lo >= -180 && lo <= 180)) {
                    la = Double.NaN;
                    noCoordinates++;
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
                lat[i] = la;
                lon[i] = lo;
                country.add(cc == null || cc.isBlank() ? null : cc.strip().toUpperCase(Locale.ROOT).intern());
                city.add(town == null || town.isBlank() ? null : town.strip().intern());
            }
            lines.finish();
        }
        report.count("institutions without coordinates", noCoordinates);
    }

    private void readWorks(SourceFile f, BadLines bad, ImportReport report, SnapshotWriter writer,
                           LongIntHashMap seen) throws SnapshotException, IOException {
        try (JsonLines lines = new JsonLines(f, progress, "works " + f.path().getFileName())) {
            String line;
            while ((line = lines.next()) != null) {
                String problem;
                try {
                    problem = parseWork(line);
                } catch (JsonProcessingException e) {
                    problem = "malformed JSON: " + e.getOriginalMessage();
                }
                if (problem != null) {
                    lines.checkComplete();
                    bad.reject(f.path(), lines.line(), problem);
                    continue;
                }
                long key = OpenAlexIds.parse(workId, 'W');
                if (key == OpenAlexIds.INVALID) {
                    bad.reject(f.path(), lines.line(), workId == null ? "missing work id"
                            : "not a work id: '" + workId + "'");
                    continue;
                }
                if (workType == null || !types.contains(workType.toLowerCase(Locale.ROOT))) {
                    report.count("works of other types left out", 1);
                    continue;
                }
                if (workYear == Integer.MIN_VALUE) {
                    report.count("works without publication_year left out", 1);
                    continue;
                }
                if (workYear < fromYear || workYear > toYear) {
                    report.count("works outside the years left out", 1);
                    continue;
                }
                if (!RowRules.year(workYear)) {
                    report.count("works with an implausible publication_year (outside " + RowRules.MIN_YEAR + "-"
                            + RowRules.MAX_YEAR + ") left out", 1);
                    continue;
                }
                if (seen.get(key, -1) >= 0) {
                    report.count("repeated works left out", 1);
                    continue;
                }
                seen.put(key, 0);
                if (authorships == 0) {
                    report.count("works without authorships left out", 1);
                    continue;
                }
                write(writer, report);
            }
            lines.finish();
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
        String field = topicField != null ? topicField : topicDomain;
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
                    report.unlocated(share);
                } else {
                    writer.addAddress(doc, lat[i], lon[i], share, country.get(i), city.get(i));
                    report.address();
                }
            }
        }
    }

    /** Parses one work line into the fields above; returns a problem description, or null when fine. */
    private String parseWork(String line) throws IOException {
        workId = null;
        workType = null;
        workYear = Integer.MIN_VALUE;
        topicField = null;
        topicDomain = null;
        authorships = 0;
        institutionCount = 0;
        authorshipStart[0] = 0;
        try (JsonParser p = json.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "malformed JSON: a line must hold one JSON object";
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
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
                            parseTopic(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                return "malformed JSON: text after the object";
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
}
