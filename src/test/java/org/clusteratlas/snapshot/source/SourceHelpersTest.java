package org.clusteratlas.snapshot.source;

import org.clusteratlas.snapshot.SnapshotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceHelpersTest {
    @TempDir
    Path dir;

    @Test
    void longIntMapAgreesWithHashMap() {
        LongIntHashMap m = new LongIntHashMap(4);
        Map<Long, Integer> ref = new HashMap<>();
        Random r = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long k = r.nextInt(50_000) - 25_000L * (i % 3);
            m.put(k, i);
            ref.put(k, i);
        }
        assertEquals(ref.size(), m.size());
        for (Map.Entry<Long, Integer> e : ref.entrySet()) {
            assertEquals(e.getValue(), m.get(e.getKey(), -1));
        }
        assertEquals(-1, m.get(10_000_000L, -1));
    }

    @Test
    void badLinesKeepTheFirstTwentyAndCountAll() throws Exception {
        BadLines b = new BadLines(true);
        for (int i = 1; i <= 25; i++) {
            b.reject(Path.of("f.tsv"), i, "reason " + i);
        }
        assertEquals(25, b.count());
        assertEquals(20, b.first().size());
        assertEquals("f.tsv: line 20: reason 20", b.first().get(19));
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> new BadLines(false).reject(Path.of("f.tsv"), 3, "why"));
        assertEquals("f.tsv: line 3: why", e.getMessage());
    }

    @Test
    void progressReportsRateAndTimeLeftWhenSizeIsKnown() {
        List<String> out = new ArrayList<>();
        Progress p = new Progress(out::add);
        long[] pos = {250};
        p.begin("task", 1000, () -> pos[0]);
        for (int i = 0; i < 100; i++) {
            p.record();
        }
        String line = p.line(System.nanoTime() + 2_000_000_000L);
        assertTrue(line.matches("task: 100 records, [0-9,]+/s, 25%, about [0-9]+ s left"), line);
        p.begin("unknown size", -1, () -> 5);
        assertTrue(p.line(System.nanoTime() + 1_000_000_000L).matches("unknown size: 0 records, 0/s"));
        p.end();
        assertTrue(out.get(out.size() - 1).startsWith("unknown size: 0 records in "));
    }

    @Test
    void delimitedTableReadsQuotedTabsAndNewlinesWithLineNumbers() throws Exception {
        Path f = dir.resolve("t.tsv");
        Files.writeString(f, "\"a\"\t\"b\"\n\"x\ty\"\t1\n\"two\nlines\"\t2\n\"say \"\"hi\"\"\"\t3\n");
        SourceFile sf = new SourceFile(f);
        List<String> got = new ArrayList<>();
        try (DelimitedTable t = DelimitedTable.open(sf, '\t', List.of("A", "b"), new BadLines(false),
                Progress.silent(), "t")) {
            while (t.next()) {
                got.add(t.line() + ":" + t.get(t.column("a")) + "|" + t.get(t.column("B")));
            }
            t.finish();
        }
        assertEquals(List.of("2:x\ty|1", "3:two\nlines|2", "5:say \"hi\"|3"), got);
        assertEquals(Fixtures.sha256(f), sf.sha256());
    }

    @Test
    void sourcesJsonRoundTrip() {
        List<SourceInfo> l = List.of(new SourceInfo("a.tsv", 12, "ab", "2026-01-01T00:00:00Z"));
        assertEquals(l, SourceInfo.fromJson(SourceInfo.toJson(l)));
        assertEquals(List.of(), SourceInfo.fromJson("not json"));
        assertNull(new SourceInfo("x", 1, null, null).sha256());
    }
}
