package org.clusteratlas.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clusteratlas.rank.MemberPlaces;
import org.clusteratlas.rank.MemberPlaces.Member;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cluster's member places ({@link MemberPlaces}) as CSV (full precision, '.' decimals, the total as the
 * last row) or as an aligned text table rounded for reading. The window's "Export CSV" of its member table
 * and {@code rank --members} write through here, so both give the same file.
 */
public final class MemberPlacesWriter {
    public static final List<String> HEADER = List.of("place", "country", "patents", "publications",
            "score_share_percent", "locations");
    private static final List<String> TABLE_HEADER = List.of("Place", "Country", "Patents", "Publications",
            "Score %", "Locations");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private MemberPlacesWriter() {
    }

    public static void csv(MemberPlaces m, Writer out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, FORMAT);
        p.printRecord(HEADER);
        for (Member x : rows(m)) {
            p.printRecord(x.name(), x.country(), Numbers.plain(x.patents()), Numbers.plain(x.publications()),
                    Numbers.plain(100 * x.scoreShare()), x.locations());
        }
        p.flush();
    }

    /** A title line naming the cluster, then the aligned table. */
    public static void table(MemberPlaces m, Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "#%d %s (%s): %d places%n", m.cluster().rank(), m.cluster().name(),
                m.cluster().economies(), m.places().size()));
        List<String[]> cells = new ArrayList<>();
        cells.add(TABLE_HEADER.toArray(new String[0]));
        for (Member x : rows(m)) {
            cells.add(new String[] {x.name(), x.country(), fmt("%,.1f", x.patents()), fmt("%,.1f", x.publications()),
                fmt("%.1f", 100 * x.scoreShare()), Integer.toString(x.locations())});
        }
        int[] width = new int[TABLE_HEADER.size()];
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        for (String[] row : cells) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String pad = " ".repeat(width[c] - row[c].codePointCount(0, row[c].length()));
                sb.append(c > 0 ? "  " : "").append(c >= 2 ? pad + row[c] : row[c] + pad);
            }
            out.write(sb.toString().stripTrailing());
            out.write('\n');
        }
        out.flush();
    }

    private static List<Member> rows(MemberPlaces m) {
        List<Member> all = new ArrayList<>(m.places());
        all.add(m.total());
        return all;
    }

    private static String fmt(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }
}
