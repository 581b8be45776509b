package org.clusteratlas.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.clusteratlas.cli.PatentsViewTableOptions;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.clusteratlas.snapshot.patentsview.AssigneeRule;
import org.clusteratlas.snapshot.patentsview.CpcRule;
import org.clusteratlas.snapshot.patentsview.InventorRule;
import org.clusteratlas.snapshot.patentsview.LocationRule;
import org.clusteratlas.snapshot.patentsview.PatentDocuments;
import org.clusteratlas.snapshot.patentsview.PatentRule;
import org.clusteratlas.snapshot.patentsview.PatentsViewImport;
import org.clusteratlas.snapshot.patentsview.PatentsViewReport;
import org.clusteratlas.snapshot.patentsview.RawLocationRule;
import org.clusteratlas.snapshot.source.DelimitedTable.Layout;
import org.clusteratlas.snapshot.source.FixedSourceImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.LongIntHashMap;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.SourceInfo;
import scala.Tuple2;
import scala.Tuple4;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * PatentsView's tables (either layout, as the desktop's {@link PatentsViewImport} accepts them) turned into
 * patent documents on Spark. The executors do all the work: each table's rows go through the app's rules
 * ({@link PatentRule}, {@link LocationRule}, {@link RawLocationRule}, {@link InventorRule}, {@link CpcRule},
 * {@link AssigneeRule}); repeated ids are resolved as on the desktop (the first patent row, the first location
 * row, the last raw location row that geocodes), inventors are joined to their places, CPC codes
 * reduced to each patent's field, assignees grouped into each patent's organisations, and everything grouped
 * by patent, where each patent's counts (inventors, located inventors) are taken and attached to its inventor
 * rows ({@link InventorEntry}), sorted by line. Only those rows reach the driver, streamed in that order into
 * the app's {@link SnapshotWriter} with the app's fractional counting ({@link PatentDocuments}) as the
 * desktop's second pass writes them, so the file has the desktop's rows in the desktop's order.
 */
final class SparkPatentsViewImport extends FixedSourceImport {
    private static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK();

    private final JavaSparkContext sc;
    private final PatentsViewTableOptions given;
    private final boolean skipBad;
    private final List<String> files = new ArrayList<>();
    private final List<Runnable> release = new ArrayList<>();

    SparkPatentsViewImport(JavaSparkContext sc, PatentsViewTableOptions tables, boolean skipBad) {
        super(PatentsViewImport.SOURCE, PatentsViewImport.LICENCE);
        this.sc = sc;
        this.given = tables;
        this.skipBad = skipBad;
    }

    @Override
    public List<SourceInfo> sources() {
        return SparkSources.of(sc, files);
    }

    private SparkTable open(String table, List<Layout> layouts) throws SnapshotException, IOException {
        if (table == null) {
            return null;
        }
        Configuration conf = sc.hadoopConfiguration();
        String file = SparkSources.single(conf, table);
        files.add(file);
        return SparkTable.open(sc, file, layouts);
    }

    /** Kept (memory, else disk) for the passes that follow, released when the import ends. */
    private <T> JavaRDD<T> keep(JavaRDD<T> rdd) {
        release.add(() -> rdd.unpersist(false));
        return rdd.persist(KEEP);
    }

    private <K, V> JavaPairRDD<K, V> keep(JavaPairRDD<K, V> rdd) {
        release.add(() -> rdd.unpersist(false));
        return rdd.persist(KEEP);
    }

    /** A table's rows under a rule, kept for the passes that follow; its bad lines handled as on the desktop. */
    private <T> JavaRDD<SparkTable.Ruled<T>> rows(SparkTable table, SparkTable.SerializableRule<T> rule,
                                                  ImportReport report, SparkTally[] tally) throws SnapshotException {
        JavaRDD<SparkTable.Ruled<T>> rows = keep(table.apply(rule));
        tally[0] = SparkTally.of(table, rows);
        tally[0].check(skipBad, report);
        return rows.filter(r -> r.outcome().kept());
    }

    @Override
    public void writeTo(SnapshotWriter writer, ImportReport report) throws SnapshotException, IOException {
        try {
            write(writer, report);
        } finally {
            release.forEach(Runnable::run);
        }
    }

    private void write(SnapshotWriter writer, ImportReport report) throws SnapshotException, IOException {
        SparkTable patents = open(given.patents(), PatentRule.LAYOUTS);
        SparkTable inventors = open(given.inventors(), InventorRule.LAYOUTS);
        SparkTable locations = open(given.locations(), LocationRule.LAYOUTS);
        SparkTable raw = open(given.rawLocations(), RawLocationRule.LAYOUTS);
        SparkTable cpc = open(given.cpc(), CpcRule.LAYOUTS);
        SparkTable assignees = open(given.assignees(), List.of(new Layout("", AssigneeRule.REQUIRED)));
        InventorRule.checkTables(inventors.header, inventors.path, raw == null ? null : raw.path);
        SparkTally[] t = new SparkTally[1];

        // patents: the first kept row of each id
        PatentRule patentRule = new PatentRule(patents.header);
        JavaPairRDD<Long, long[]> patentYear = keep(rows(patents, SparkTable.of(patentRule::apply), report, t)
                .mapToPair(r -> new Tuple2<>(r.outcome().value().key(), new long[] {r.line(), r.outcome().value().year()}))
                .reduceByKey((a, b) -> a[0] <= b[0] ? a : b));
        report.leftOut(PatentsViewReport.WITHDRAWN, t[0].passedOver(PatentsViewReport.WITHDRAWN));
        long patentCount = patentYear.count();
        if (t[0].kept > patentCount) {
            report.count(PatentsViewReport.REPEATED_PATENTS, t[0].kept - patentCount);
        }
        report.count(PatentsViewReport.PATENTS, patentCount);

        // locations: the first row of each id; those with coordinates are places
        LocationRule locationRule = new LocationRule(locations.header);
        JavaRDD<SparkTable.Ruled<LocationRule.Location>> locationRows = rows(locations,
                SparkTable.of(locationRule::apply), report, t);
        JavaPairRDD<String, Tuple2<Long, LocationRule.Location>> byId = locationRows
                .mapToPair(r -> new Tuple2<>(r.outcome().value().id(), new Tuple2<>(r.line(), r.outcome().value())))
                .reduceByKey((a, b) -> a._1() <= b._1() ? a : b);
        report.count(PatentsViewReport.LOCATIONS_WITHOUT_COORDINATES,
                locationRows.filter(r -> !r.outcome().value().located()).count());
        report.count(PatentsViewReport.INVALID_COUNTRIES, byId.filter(l -> l._2()._2().invalidCountry()).count());
        JavaPairRDD<String, InventorEntry.Place> places = byId.filter(l -> l._2()._2().located())
                .mapValues(l -> place(l._2()));

        // inventors at their places; rows of patents not kept fall away when grouped by patent
        InventorRule inventorRule = new InventorRule(inventors.header);
        JavaPairRDD<Long, Tuple2<Long, InventorRule.Inventor>> inventorRows = rows(inventors,
                (row, line) -> RowOutcome.keep(inventorRule.apply(row)), report, t)
                .mapToPair(r -> new Tuple2<>(r.outcome().value().patentKey(), new Tuple2<>(r.line(), r.outcome().value())));
        JavaPairRDD<Long, Tuple2<Long, InventorEntry.Place>> placed = inventorRule.legacy()
                ? placeThroughRawLocations(inventorRows, raw, places, report, t) : inventorRows
                .mapToPair(i -> new Tuple2<>(i._2()._2().location(), new Tuple2<>(i._1(), i._2()._1())))
                .leftOuterJoin(places)
                .mapToPair(p -> new Tuple2<>(p._2()._1()._1(), new Tuple2<>(p._2()._1()._2(), p._2()._2().orNull())));

        JavaPairRDD<Long, Integer> fields = cpc == null ? sc.<Tuple2<Long, Integer>>emptyRDD().mapToPair(p -> p)
                : fields(cpc, report, t);
        JavaPairRDD<Long, List<String>> organisations = assignees == null
                ? sc.<Tuple2<Long, List<String>>>emptyRDD().mapToPair(p -> p) : organisations(assignees, patentYear, report, t);

        // everything by patent: the inventor rows counted, then each row of a patent kept with its document
        JavaPairRDD<Long, Tuple4<Iterable<long[]>, Iterable<Tuple2<Long, InventorEntry.Place>>, Iterable<Integer>,
                Iterable<List<String>>>> grouped = keep(patentYear.cogroup(placed, fields, organisations));
        long[] counts = grouped.map(g -> inventorCounts(g._2()._1(), g._2()._2())).fold(new long[3],
                SparkPatentsViewImport::sum);
        report.leftOut(PatentsViewReport.UNKNOWN_PATENT_INVENTORS, counts[0]);
        PatentsViewReport.unplacedInventors(report, counts[2], counts[1], locations.path.getFileName().toString(),
                raw == null ? null : raw.path.getFileName().toString());
        JavaRDD<InventorEntry> entries = grouped
                .flatMap(g -> entries(g._1(), g._2()._1(), g._2()._2(), g._2()._3(), g._2()._4()).iterator())
                .sortBy(InventorEntry::line, true, Math.max(1, placed.getNumPartitions()));
        write(entries.toLocalIterator(), writer, report);
        report.leftOut(PatentsViewReport.PATENTS_WITHOUT_INVENTORS, patentCount - report.documents());
    }

    /** A patent's inventor rows: {of a patent not kept, of a patent kept, of those without coordinates}. */
    private static long[] inventorCounts(Iterable<long[]> patent, Iterable<Tuple2<Long, InventorEntry.Place>> rows) {
        long n = 0;
        long unplaced = 0;
        for (Tuple2<Long, InventorEntry.Place> r : rows) {
            n++;
            if (r._2() == null) {
                unplaced++;
            }
        }
        return patent.iterator().hasNext() ? new long[] {0, n, unplaced} : new long[] {n, 0, 0};
    }

    private static long[] sum(long[] a, long[] b) {
        return new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    /** Before 2022: an inventor's raw location names the geocoded one (the last such row of a raw id). */
    private JavaPairRDD<Long, Tuple2<Long, InventorEntry.Place>> placeThroughRawLocations(
            JavaPairRDD<Long, Tuple2<Long, InventorRule.Inventor>> inventors, SparkTable raw,
            JavaPairRDD<String, InventorEntry.Place> places, ImportReport report, SparkTally[] t)
            throws SnapshotException {
        RawLocationRule rule = new RawLocationRule(raw.header);
        JavaPairRDD<Long, InventorEntry.Place> rawPlaces = rows(raw, SparkTable.of(rule::apply), report, t)
                .mapToPair(r -> new Tuple2<>(r.outcome().value().locationId(), new Tuple2<>(r.line(), r.outcome().value().key())))
                .join(places)
                .mapToPair(j -> new Tuple2<>(j._2()._1()._2(), new Tuple2<>(j._2()._1()._1(), j._2()._2())))
                .reduceByKey((a, b) -> a._1() >= b._1() ? a : b)
                .mapValues(Tuple2::_2);
        return inventors.mapToPair(i -> new Tuple2<>(i._2()._2().rawPlace(), new Tuple2<>(i._1(), i._2()._1())))
                .leftOuterJoin(rawPlaces)
                .mapToPair(p -> new Tuple2<>(p._2()._1()._1(), new Tuple2<>(p._2()._1()._2(),
                        p._1() == 0 ? null : p._2()._2().orNull())));
    }

    /** Each patent's field: that of its mapped CPC code of lowest sequence, the first row on a tie. */
    private JavaPairRDD<Long, Integer> fields(SparkTable cpc, ImportReport report, SparkTally[] t)
            throws SnapshotException {
        CpcRule rule = new CpcRule(cpc.header);
        JavaPairRDD<Long, Integer> best = rows(cpc, SparkTable.of(rule::apply), report, t)
                .mapToPair(r -> new Tuple2<>(r.outcome().value().patentKey(), new long[] {r.outcome().value().sequence(),
                        r.line(), r.outcome().value().field()}))
                .reduceByKey((a, b) -> CpcRule.better((int) b[0], (int) a[0])
                        || !CpcRule.better((int) a[0], (int) b[0]) && b[1] < a[1] ? b : a)
                .mapValues(a -> (int) a[2]);
        report.count(PatentsViewReport.UNMAPPED_CPC, t[0].passedOver(PatentsViewReport.UNMAPPED_CPC));
        return best;
    }

    /** Each kept patent's assignee organisations, in {@link AssigneeRule#order}, each once. */
    private JavaPairRDD<Long, List<String>> organisations(SparkTable assignees, JavaPairRDD<Long, long[]> patents,
                                                          ImportReport report, SparkTally[] t) throws SnapshotException {
        AssigneeRule rule = new AssigneeRule(assignees.header);
        JavaPairRDD<Long, AssigneeRule.Assignee> known = keep(rows(assignees, rule::apply, report, t)
                .mapToPair(r -> new Tuple2<>(r.outcome().value().patentKey(), r.outcome().value()))
                .join(patents).mapValues(Tuple2::_1));
        long knownRows = known.count();
        long individuals = known.filter(a -> a._2().individual()).count();
        report.count(PatentsViewReport.INDIVIDUAL_ASSIGNEES, individuals);
        report.count(PatentsViewReport.UNKNOWN_PATENT_ASSIGNEES, t[0].kept - knownRows);
        return known.filter(a -> !a._2().individual()).groupByKey().mapValues(all -> {
            List<AssigneeRule.Assignee> l = new ArrayList<>();
            all.forEach(l::add);
            l.sort((a, b) -> Long.compare(a.order(), b.order()));
            return l.stream().map(AssigneeRule.Assignee::organization).distinct().toList();
        });
    }

    private static InventorEntry.Place place(LocationRule.Location l) {
        return new InventorEntry.Place(l.lat(), l.lon(), l.country(), l.city());
    }

    /** A patent's inventor rows with its document; none for a patent without inventors. */
    private static List<InventorEntry> entries(long key, Iterable<long[]> patent,
                                               Iterable<Tuple2<Long, InventorEntry.Place>> inventors,
                                               Iterable<Integer> field, Iterable<List<String>> organisations) {
        Iterator<long[]> p = patent.iterator();
        if (!p.hasNext()) {
            return List.of(); // inventor rows of a patent not kept (counted apart)
        }
        List<Tuple2<Long, InventorEntry.Place>> rows = new ArrayList<>();
        inventors.forEach(rows::add);
        if (!PatentDocuments.isDocument(rows.size())) {
            return List.of();
        }
        int year = (int) p.next()[1];
        Iterator<Integer> f = field.iterator();
        int fieldNumber = f.hasNext() ? f.next() : 0;
        Iterator<List<String>> o = organisations.iterator();
        List<String> orgs = o.hasNext() ? o.next() : List.of();
        int located = (int) rows.stream().filter(r -> r._2() != null).count();
        List<InventorEntry> out = new ArrayList<>(rows.size());
        for (Tuple2<Long, InventorEntry.Place> r : rows) {
            out.add(new InventorEntry(r._1(), key, year, fieldNumber, rows.size(), located, r._2(), orgs));
        }
        return out;
    }

    /**
     * The driver's part, the desktop importer's second pass: the inventor rows in order, a patent's document
     * written at its first row, one address per located row (per organisation when it has assignees).
     */
    private static void write(Iterator<InventorEntry> rows, SnapshotWriter writer, ImportReport report)
            throws IOException {
        LongIntHashMap documents = new LongIntHashMap(1 << 16);
        while (rows.hasNext()) {
            InventorEntry e = rows.next();
            int n = e.inventors();
            long id = documents.get(e.key(), 0);
            if (id == 0) {
                id = writer.addDocument(PatentRule.sourceId(e.key()), DocumentKind.PATENT, e.year(),
                        PatentDocuments.fieldName(e.field()), PatentDocuments.unlocatedShare(n, e.located()));
                documents.put(e.key(), Math.toIntExact(id));
                report.document();
            }
            double share = PatentDocuments.inventorShare(n);
            InventorEntry.Place p = e.place();
            if (p == null) {
                report.unlocated(share);
                continue;
            }
            int m = e.organisations().size();
            if (m == 0) {
                writer.addAddress(id, p.lat(), p.lon(), share, p.country(), p.city());
            }
            for (String org : e.organisations()) {
                writer.addAddress(id, p.lat(), p.lon(), PatentDocuments.organisationShare(n, m), p.country(),
                        p.city(), org);
            }
            report.address();
        }
    }
}
