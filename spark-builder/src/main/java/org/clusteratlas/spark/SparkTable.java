package org.clusteratlas.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.DelimitedTable.Layout;
import org.clusteratlas.snapshot.source.RowFields;
import org.clusteratlas.snapshot.source.RowOutcome;
import org.clusteratlas.snapshot.source.TableHeader;
import scala.Tuple2;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A tab-separated table with a header row, read by the executors line by line (Hadoop's {@code textFile}:
 * splittable plain files, or one task per {@code .gz}), each record with its line number, as the desktop's
 * {@code DelimitedTable} numbers it. The header is read on the driver and matched with the app's
 * {@link TableHeader}; the rows are split with {@link RowFields#split}, the same quoting.
 *
 * <p>A quoted field may hold a line break, so a record may span lines. Such records are found without
 * reading the file in order: a first pass counts each partition's lines and notes those with an odd number of
 * quotes ({@link RowFields#quotes}), which are exactly the first and the last line of each spanning record;
 * the driver pairs them (in file order), and the lines of each span are joined again. The pass also gives
 * each partition's first line number, so no other pass is needed for the numbering.
 */
final class SparkTable {
    private static final char TAB = '\t';

    /** A record and the line (1-based) it starts on. */
    record Line(long line, String text) implements Serializable {
    }

    /** One row's outcome under a rule, with its line. */
    record Ruled<T>(long line, RowOutcome<T> outcome) implements Serializable {
    }

    /** What the first pass learns of one partition. */
    private record Scan(int partition, long lines, long firstNonEmpty, long[] oddLines) implements Serializable {
    }

    final String file;
    final Path path;
    final TableHeader header;
    private final JavaRDD<String> text;
    private final long[] spanStart;
    private final long[] spanEnd;
    private final long[] offsets;
    private final long headerIndex;

    private SparkTable(String file, JavaRDD<String> text, TableHeader header, long headerIndex, long[] offsets,
                       long[] spanStart, long[] spanEnd) {
        this.file = file;
        this.path = Path.of(file.startsWith("file:") ? file.substring(5) : file);
        this.text = text;
        this.header = header;
        this.headerIndex = headerIndex;
        this.offsets = offsets;
        this.spanStart = spanStart;
        this.spanEnd = spanEnd;
    }

    /** Opens a table: one pass over its lines, then its header checked against the accepted layouts. */
    static SparkTable open(JavaSparkContext sc, String file, List<Layout> layouts) throws SnapshotException {
        return open(sc, file, layouts, sc.defaultMinPartitions());
    }

    /** As {@link #open(JavaSparkContext, String, List)}, split into at least {@code partitions} (tests). */
    static SparkTable open(JavaSparkContext sc, String file, List<Layout> layouts, int partitions)
            throws SnapshotException {
        JavaRDD<String> text = sc.textFile(file, partitions);
        Path path = Path.of(file.startsWith("file:") ? file.substring(5) : file);
        List<Scan> scans = new ArrayList<>(text.mapPartitionsWithIndex((p, it) -> {
            long n = 0;
            long first = -1;
            long[] odd = new long[4];
            int k = 0;
            while (it.hasNext()) {
                String l = it.next();
                if (first < 0 && !l.isEmpty()) {
                    first = n;
                }
                if (RowFields.quotes(l) % 2 == 1) {
                    if (k == odd.length) {
                        odd = Arrays.copyOf(odd, k * 2);
                    }
                    odd[k++] = n;
                }
                n++;
            }
            return Collections.singletonList(new Scan(p, n, first, Arrays.copyOf(odd, k))).iterator();
        }, true).collect());
        scans.sort((a, b) -> Integer.compare(a.partition(), b.partition()));
        long[] offsets = new long[scans.size()];
        long total = 0;
        long headerIndex = -1;
        List<Long> odd = new ArrayList<>();
        for (Scan s : scans) {
            offsets[s.partition()] = total;
            if (headerIndex < 0 && s.firstNonEmpty() >= 0) {
                headerIndex = total + s.firstNonEmpty();
            }
            for (long o : s.oddLines()) {
                odd.add(total + o);
            }
            total += s.lines();
        }
        if (headerIndex < 0) {
            throw new SnapshotException(path, null, 1, "empty file: no header row");
        }
        if (odd.size() % 2 == 1) {
            throw new SnapshotException(path, null, odd.get(odd.size() - 1) + 1,
                    "a quoted field is not closed; the data ends here");
        }
        long[] start = new long[odd.size() / 2];
        long[] end = new long[odd.size() / 2];
        for (int i = 0; i < start.length; i++) {
            start[i] = odd.get(2 * i);
            end[i] = odd.get(2 * i + 1);
        }
        if (start.length > 0 && start[0] == headerIndex) {
            throw new SnapshotException(path, null, headerIndex + 1, "the header row has an unclosed quote");
        }
        String headerLine = text.take((int) Math.min(Integer.MAX_VALUE - 1, headerIndex + 1)).get((int) headerIndex);
        String delimiter = TableHeader.delimiterProblem(headerLine, TAB);
        if (delimiter != null) {
            throw new SnapshotException(path, null, headerIndex + 1, delimiter);
        }
        List<String> cells = RowFields.split(headerLine, TAB);
        if (cells == null) {
            throw new SnapshotException(path, null, headerIndex + 1, "unreadable header row");
        }
        TableHeader header = TableHeader.of(cells, layouts, path);
        return new SparkTable(file, text, header, headerIndex, offsets, start, end);
    }

    /** The table's records after its header, each with the line it starts on. */
    JavaRDD<Line> records() {
        long[] off = offsets;
        long h = headerIndex;
        long[] s = spanStart;
        long[] e = spanEnd;
        JavaRDD<Line> single = text.mapPartitionsWithIndex((p, it) -> {
            long g = off[p];
            List<Line> out = new ArrayList<>();
            while (it.hasNext()) {
                String l = it.next();
                if (g > h && !l.isEmpty() && span(s, e, g) < 0) {
                    out.add(new Line(g + 1, l));
                }
                g++;
            }
            return out.iterator();
        }, true);
        if (s.length == 0) {
            return single;
        }
        // the few partitions holding lines of spanning records: their lines, joined per record
        JavaRDD<Line> joined = text.mapPartitionsWithIndex((p, it) -> {
            long g = off[p];
            List<Tuple2<Long, Line>> out = new ArrayList<>();
            long last = p + 1 < off.length ? off[p + 1] : Long.MAX_VALUE;
            if (!overlaps(s, e, g, last)) {
                return out.iterator();
            }
            while (it.hasNext()) {
                String l = it.next();
                int k = span(s, e, g);
                if (k >= 0) {
                    out.add(new Tuple2<>(s[k], new Line(g, l)));
                }
                g++;
            }
            return out.iterator();
        }, true).mapToPair(t -> t).groupByKey().map(t -> {
            List<Line> parts = new ArrayList<>();
            t._2().forEach(parts::add);
            parts.sort((a, b) -> Long.compare(a.line(), b.line()));
            return new Line(t._1() + 1, String.join("\n", parts.stream().map(Line::text).toList()));
        });
        return single.union(joined);
    }

    /** The span (index) holding line {@code g} (0-based), or -1. */
    private static int span(long[] start, long[] end, long g) {
        int k = Arrays.binarySearch(start, g);
        if (k < 0) {
            k = -k - 2;
        }
        return k >= 0 && g <= end[k] ? k : -1;
    }

    private static boolean overlaps(long[] start, long[] end, long from, long to) {
        for (int k = 0; k < start.length; k++) {
            if (start[k] < to && end[k] >= from) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every record under a rule: split into fields (a record with another number of fields than the header,
     * or not a whole record, is a bad line, as on the desktop), then the rule's outcome.
     */
    <T> JavaRDD<Ruled<T>> apply(SerializableRule<T> rule) {
        int width = header.size();
        return records().map(l -> {
            List<String> f = RowFields.split(l.text(), TAB);
            if (f == null) {
                return new Ruled<>(l.line(), RowOutcome.<T>bad("unreadable row: a quoted field is not closed, or"
                        + " text follows its closing quote"));
            }
            if (f.size() != width) {
                return new Ruled<>(l.line(), RowOutcome.<T>bad("expected " + width + " fields, found " + f.size()
                        + (f.size() == 1 ? " (wrong delimiter?)" : "")));
            }
            return new Ruled<>(l.line(), rule.apply(RowFields.of(f), l.line()));
        });
    }

    /** A rule the executors run on a row and its line. */
    interface SerializableRule<T> extends Serializable {
        RowOutcome<T> apply(RowFields row, long line);
    }

    /** A rule of one argument as a {@link SerializableRule}. */
    static <T> SerializableRule<T> of(SerializableFunction<T> f) {
        return (row, line) -> f.apply(row);
    }

    interface SerializableFunction<T> extends Function<RowFields, RowOutcome<T>>, Serializable {
    }
}
