package org.clusteratlas.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.DelimitedTable;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.RowFields;
import org.clusteratlas.snapshot.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The executors' reading of a table ({@link SparkTable}) gives the desktop reader's records ({@link
 * DelimitedTable}, Commons CSV), with quoted fields holding line breaks, doubled quotes and tabs, empty lines,
 * and records that span the boundary between two partitions: the same fields, each record at the line it
 * starts on. (The desktop reader's own line numbers run one short after some records whose quoted field holds
 * a line break, seen after one that also holds a doubled quote and a tab; so the lines are checked against the
 * file as written.)
 */
class SparkTableTest {
    private final JavaSparkContext sc = LocalSpark.context();

    @TempDir
    Path dir;

    @Test
    void recordsAcrossLinesAndPartitionsAreTheDesktopReadersRecords() throws Exception {
        Random random = new Random(18);
        StringBuilder b = new StringBuilder("\"id\"\t\"text\"\tn\n");
        List<String> starts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            starts.add(Long.toString(b.chars().filter(c -> c == '\n').count() + 1));
            String text = switch (random.nextInt(6)) {
                case 0 -> "\"first line\nsecond line\n\nfourth " + i + "\"";
                case 1 -> "\"say \"\"hi\"\"\tthen\nmore\"";
                case 2 -> "\"\"";
                case 3 -> "plain " + i;
                default -> "\"quoted " + i + "\"";
            };
            b.append('"').append(i).append("\"\t").append(text).append('\t').append(i * 7).append('\n');
            if (random.nextInt(20) == 0) {
                b.append('\n');
            }
        }
        Path file = dir.resolve("t.tsv");
        Files.writeString(file, b);
        List<String> desktop = new ArrayList<>();
        try (DelimitedTable t = DelimitedTable.open(new SourceFile(file), '\t', List.of("id", "text"),
                new BadLines(false), Progress.silent(), "test")) {
            while (t.next()) {
                desktop.add(starts.get(desktop.size()) + "|" + t.get(0) + "|" + t.get(1) + "|" + t.get(2));
            }
        }
        SparkTable table = SparkTable.open(sc, file.toString(), List.of(new DelimitedTable.Layout("", List.of("id",
                "text"))), 7);
        List<String> spark = new ArrayList<>(table.records().map(l -> {
            RowFields f = RowFields.of(RowFields.split(l.text(), '\t'));
            return l.line() + "|" + f.get(0) + "|" + f.get(1) + "|" + f.get(2);
        }).collect());
        spark.sort(Comparator.comparingLong(s -> Long.parseLong(s.substring(0, s.indexOf('|')))));
        assertTrue(desktop.size() == 400 && desktop.stream().anyMatch(s -> s.contains("\n")), desktop.get(0));
        assertEquals(desktop, spark);
    }

    @Test
    void aQuoteLeftOpenAtTheEndIsRefusedNamingItsLine() throws Exception {
        Path file = dir.resolve("open.tsv");
        Files.writeString(file, "id\ttext\n1\t\"fine\"\n2\t\"never closed\n3\tx\n");
        SnapshotException e = assertThrows(SnapshotException.class, () -> SparkTable.open(sc, file.toString(),
                List.of(new DelimitedTable.Layout("", List.of("id"))), 2));
        assertTrue(e.getMessage().contains("open.tsv") && e.getMessage().contains("3"), e.getMessage());
    }
}
