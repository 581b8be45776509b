package org.clusteratlas.snapshot.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@link RowFields#split}, which the Spark builder's executors use on single lines, reads every row as the
 * desktop's {@link DelimitedTable} (Commons CSV) does: on the project's PatentsView fixtures of both layouts
 * and on hand-made lines with quotes, doubled quotes, empty and trailing fields.
 */
class RowFieldsTest {
    @TempDir
    Path dir;

    @Test
    void splitsEveryFixtureRowAsTheDesktopReaderDoes() throws Exception {
        int compared = 0;
        for (String name : List.of("patentsview/g_patent.tsv", "patentsview/g_inventor_disambiguated.tsv",
                "patentsview/g_location_disambiguated.tsv", "patentsview/g_cpc_current.tsv",
                "patentsview-legacy/rawinventor.tsv", "patentsview-legacy/rawlocation.tsv",
                "patentsview-legacy/location.tsv", "patentsview-legacy/cpc_current.tsv")) {
            compared += compare(Fixtures.copy(name, Files.createDirectories(dir.resolve(name.replace('/', '_')))));
        }
        Path made = dir.resolve("made.tsv");
        Files.writeString(made, "a\tb\tc\n\"x\"\"y\"\t\t\" q \"\n1\t\"tab\tinside\"\t\n\"\"\t2\t3  \n");
        compared += compare(made);
        assertEquals(true, compared > 30, compared + " rows compared");
    }

    @Test
    void aQuoteLeftOpenOrTextAfterAClosingQuoteIsNotAWholeRecord() {
        assertNull(RowFields.split("1\t\"open", '\t'));
        assertNull(RowFields.split("\"a\"b\t2", '\t'));
        assertEquals(List.of("a", "", ""), RowFields.split("a\t\t", '\t'));
    }

    /** Rows of a file as the desktop reads them against the same lines split one by one. */
    private static int compare(Path file) throws Exception {
        // records as the Spark builder glues them: a line inside an open quoted field joins the one before
        List<String> lines = new ArrayList<>();
        boolean open = false;
        for (String l : Files.readAllLines(file)) {
            if (open) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n" + l);
            } else if (!l.isEmpty()) {
                lines.add(l);
            }
            open ^= RowFields.quotes(l) % 2 == 1;
        }
        List<String> header = RowFields.split(lines.get(0), '\t');
        BadLines bad = new BadLines(true);
        List<List<String>> desktop = new ArrayList<>();
        try (DelimitedTable t = DelimitedTable.open(new SourceFile(file), '\t', List.of(), bad, Progress.silent(),
                "test")) {
            while (t.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    row.add(t.get(i));
                }
                desktop.add(row);
            }
        }
        assertEquals(0, bad.count(), file + ": " + bad.first());
        List<List<String>> spark = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            RowFields f = RowFields.of(RowFields.split(line, '\t'));
            List<String> row = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                row.add(f.get(i));
            }
            spark.add(row);
        }
        assertEquals(desktop, spark, file.toString());
        return spark.size();
    }
}
