package org.clusteratlas.spark;

import com.fasterxml.jackson.core.JsonFactory;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.clusteratlas.snapshot.openalex.InstitutionRule;
import org.clusteratlas.snapshot.openalex.OpenAlexInstitution;
import org.clusteratlas.snapshot.openalex.OpenAlexLine;
import org.clusteratlas.snapshot.openalex.OpenAlexReport;
import org.clusteratlas.snapshot.openalex.OpenAlexWork;
import org.clusteratlas.snapshot.openalex.WorkDocument;
import org.clusteratlas.snapshot.openalex.WorkRule;
import org.clusteratlas.snapshot.source.FixedSourceImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.SourceInfo;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * OpenAlex institutions and works (JSON Lines, plain or gzipped, the snapshot's layout) from any path Hadoop
 * reads (local, HDFS, S3), turned into publication documents on Spark with the app's rules. The executors
 * parse every line ({@link OpenAlexLine}) and judge it ({@link InstitutionRule}, {@link WorkRule}); the first
 * line of each institution is kept and the institutions (about 10^5) are broadcast; the first kept line of
 * each work is kept (repeated works across files, as on the desktop), and each work with authorships becomes
 * its {@link WorkDocument} (fractional shares, places) on the executors, sorted in input order. Only those
 * documents reach the driver, which writes them through the app's writer as the desktop importer does, so
 * both files have the same rows in the same order.
 *
 * <p>A directory stands for the files under it (recursively, in path order), a glob for its matches.
 */
final class SparkOpenAlexImport extends FixedSourceImport {
    private static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK();
    /** Input order of a line: its file's position, then its line (below 2^40). */
    private static final int LINE_BITS = 40;

    private final JavaSparkContext sc;
    private final List<String> works;
    private final List<String> institutions;
    private final WorkRule rule;
    private final boolean skipBad;
    private final List<Runnable> release = new ArrayList<>();

    SparkOpenAlexImport(JavaSparkContext sc, List<String> works, List<String> institutions, Set<String> types,
                        int fromYear, int toYear, boolean skipBad) throws SnapshotException, IOException {
        super(org.clusteratlas.snapshot.openalex.OpenAlexImport.SOURCE,
                org.clusteratlas.snapshot.openalex.OpenAlexImport.LICENCE);
        this.sc = sc;
        this.works = SparkSources.expand(sc.hadoopConfiguration(), works);
        this.institutions = SparkSources.expand(sc.hadoopConfiguration(), institutions);
        this.rule = new WorkRule(types, fromYear, toYear);
        this.skipBad = skipBad;
    }

    /** One parsed line and where it came from. */
    record Tagged<T>(int file, long line, OpenAlexLine<T> parsed) implements Serializable {
        long order() {
            return ((long) file << LINE_BITS) | line;
        }
    }

    /** A line's place in the input and what a rule made of it. */
    record Judged<T, O>(long order, int file, long line, T entity, O outcome) implements Serializable {
    }

    /** Name, size and SHA-256 of every input file, hashed on the executors (one task a file). */
    @Override
    public List<SourceInfo> sources() {
        List<String> all = new ArrayList<>(institutions);
        all.addAll(works);
        return SparkSources.of(sc, all);
    }

    @Override
    public void writeTo(SnapshotWriter writer, ImportReport report) throws SnapshotException, IOException {
        try {
            write(writer, report);
        } finally {
            release.forEach(Runnable::run);
        }
    }

    private <T> JavaRDD<T> keep(JavaRDD<T> rdd) {
        release.add(() -> rdd.unpersist(false));
        return rdd.persist(KEEP);
    }

    private void write(SnapshotWriter writer, ImportReport report) throws SnapshotException, IOException {
        Broadcast<HashMap<Long, InstitutionRule.Institution>> places = institutions(report);
        release.add(() -> places.destroy());

        List<String> workFiles = works;
        WorkRule r = rule;
        JavaRDD<Judged<OpenAlexWork, WorkRule.Outcome>> judged = keep(parse(works, OpenAlexLine::work)
                .map(t -> {
                    WorkRule.Outcome o = r.apply(t.parsed().entity(), t.parsed().problem());
                    return new Judged<>(t.order(), t.file(), t.line(), o.kept() ? t.parsed().entity() : null, o);
                }));
        SparkTally tally = SparkTally.of(judged, j -> new SparkTally.Mark(j.order(), workFiles.get(j.file()), j.line(),
                j.outcome().kept(), j.outcome().problem(), j.outcome().passedOver(), detail(j.outcome()),
                j.outcome().mapped() ? OpenAlexReport.MAPPED_TYPES : null));
        tally.check(skipBad, report);
        if (tally.counter(OpenAlexReport.MAPPED_TYPES) > 0) {
            report.count(OpenAlexReport.MAPPED_TYPES, tally.counter(OpenAlexReport.MAPPED_TYPES));
        }
        tally.details(OpenAlexReport.OTHER_TYPES).forEach((type, n) -> report.leftOut(OpenAlexReport.OTHER_TYPES, type, n));
        report.leftOut(OpenAlexReport.NO_YEAR, tally.passedOver(OpenAlexReport.NO_YEAR));
        report.leftOut(OpenAlexReport.OUTSIDE_YEARS, tally.passedOver(OpenAlexReport.OUTSIDE_YEARS));
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (String y : tally.details(OpenAlexReport.OUTSIDE_YEARS).keySet()) {
            from = Math.min(from, Integer.parseInt(y));
            to = Math.max(to, Integer.parseInt(y));
        }

        // the first kept line of each work
        JavaPairRDD<Long, Tuple2<Long, OpenAlexWork>> first = judged.filter(j -> j.outcome().kept())
                .mapToPair(j -> new Tuple2<>(j.outcome().key(), new Tuple2<>(j.order(), j.entity())))
                .reduceByKey((a, b) -> a._1() <= b._1() ? a : b);
        first = first.persist(KEEP);
        JavaPairRDD<Long, Tuple2<Long, OpenAlexWork>> firstKept = first;
        release.add(() -> firstKept.unpersist(false));
        long distinct = first.count();
        report.leftOut(OpenAlexReport.REPEATED, tally.kept - distinct);
        report.leftOut(OpenAlexReport.NO_AUTHORSHIPS, first.filter(w -> w._2()._2().authorships() == 0).count());

        // each work's document, on the executors, in input order
        JavaRDD<WorkDocument> documents = first.values().filter(w -> w._2().authorships() > 0)
                .mapToPair(w -> new Tuple2<>(w._1(), WorkDocument.of(w._2(), k -> places.value().get(k))))
                .sortByKey(true, Math.max(1, first.getNumPartitions())).values();
        long citedUnknown = 0;
        long citedUnplaced = 0;
        for (Iterator<WorkDocument> it = documents.toLocalIterator(); it.hasNext(); ) {
            WorkDocument d = it.next();
            citedUnknown += d.citedUnknown();
            citedUnplaced += d.citedUnplaced();
            d.writeTo(writer, report);
        }
        OpenAlexReport.explain(report, rule.types(), from, to, citedUnknown, citedUnplaced);
    }

    /** The breakdown a passed-over work adds to: its type (other types) or year (outside the years). */
    private static String detail(WorkRule.Outcome o) {
        if (OpenAlexReport.OTHER_TYPES.equals(o.passedOver())) {
            return o.type();
        }
        return OpenAlexReport.OUTSIDE_YEARS.equals(o.passedOver()) ? Integer.toString(o.year()) : null;
    }

    /** The institutions, the first line of each, broadcast to the executors; their counts reported. */
    private Broadcast<HashMap<Long, InstitutionRule.Institution>> institutions(ImportReport report)
            throws SnapshotException {
        List<String> files = institutions;
        JavaRDD<Judged<OpenAlexInstitution, RowOutcome<InstitutionRule.Institution>>> judged = keep(
                parse(institutions, OpenAlexLine::institution).map(t -> new Judged<>(t.order(), t.file(), t.line(),
                        t.parsed().entity(), InstitutionRule.apply(t.parsed().entity(), t.parsed().problem()))));
        SparkTally tally = SparkTally.of(judged, j -> new SparkTally.Mark(j.order(), files.get(j.file()), j.line(),
                j.outcome().kept(), j.outcome().problem(), null, null,
                j.outcome().kept() && !j.outcome().value().located() ? OpenAlexReport.INSTITUTIONS_WITHOUT_COORDINATES
                        : null));
        tally.check(skipBad, report);
        Map<Long, InstitutionRule.Institution> byKey = judged.filter(j -> j.outcome().kept())
                .mapToPair(j -> new Tuple2<>(j.outcome().value().key(), new Tuple2<>(j.order(), j.outcome().value())))
                .reduceByKey((a, b) -> a._1() <= b._1() ? a : b).mapValues(Tuple2::_2).collectAsMap();
        HashMap<Long, InstitutionRule.Institution> places = new HashMap<>(byKey);
        report.count(OpenAlexReport.INSTITUTIONS, places.size());
        report.count(OpenAlexReport.INSTITUTIONS_WITHOUT_COORDINATES,
                tally.counter(OpenAlexReport.INSTITUTIONS_WITHOUT_COORDINATES));
        report.count(OpenAlexReport.INVALID_COUNTRIES,
                places.values().stream().filter(InstitutionRule.Institution::invalidCountry).count());
        return sc.broadcast(places);
    }

    /** Each file's lines, numbered from 1, parsed on the executors; files in the order given. */
    private <T> JavaRDD<Tagged<T>> parse(List<String> files, SerializableReader<T> reader) {
        List<JavaRDD<Tagged<T>>> parts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            int file = i;
            parts.add(sc.textFile(files.get(i)).zipWithIndex().mapPartitions(lines -> {
                JsonFactory json = new JsonFactory();
                List<Tagged<T>> out = new ArrayList<>();
                while (lines.hasNext()) {
                    var l = lines.next();
                    OpenAlexLine<T> p = reader.apply(json, l._1());
                    if (p != null) {
                        out.add(new Tagged<>(file, l._2() + 1, p));
                    }
                }
                return out.iterator();
            }));
        }
        if (parts.isEmpty()) {
            return sc.emptyRDD();
        }
        JavaRDD<Tagged<T>> all = parts.get(0);
        return parts.size() == 1 ? all : sc.union(parts.toArray(JavaRDD[]::new));
    }

    private interface SerializableReader<T> extends BiFunction<JsonFactory, String, OpenAlexLine<T>>, Serializable {
    }
}
