package org.clusteratlas.io;

import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.robust.SweepResult;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rankings as an aligned plain-text table for terminals: text columns left-aligned, numbers
 * right-aligned, two spaces between columns, rounded for reading (full precision is in csv and json).
 * Population is marked approximate ("~").
 */
public final class RankingTable {
    public static final List<String> HEADER = List.of("Rank", "Change", "Name", "Economies", "Patents",
            "Publications", "Patent %", "Publication %", "Score", "Population~", "Intensity", "Lat", "Lon",
            "Locations");
    private static final boolean[] NUMERIC = {true, true, false, false, true, true, true, true, true, true, true,
        true, true, true};

    private RankingTable() {
    }

    public static void write(List<ClusterRow> rows, Writer out) throws IOException {
        write(rows, null, out);
    }

    /** With a sweep, best, median and worst rank and presence follow the others. */
    public static void write(List<ClusterRow> rows, SweepResult sweep, Writer out) throws IOException {
        write(rows, sweep, null, out);
    }

    /** With profiles, their columns ({@link ProfileColumns}) follow the others, then a sweep's. */
    public static void write(List<ClusterRow> rows, SweepResult sweep, ClusterProfiles profiles, Writer out)
            throws IOException {
        List<String> header = new ArrayList<>(HEADER);
        List<Boolean> numeric = new ArrayList<>();
        for (boolean b : NUMERIC) {
            numeric.add(b);
        }
        if (profiles != null) {
            header.addAll(ProfileColumns.tableHeader());
            numeric.addAll(ProfileColumns.tableNumeric());
        }
        if (sweep != null) {
            header.addAll(SweepColumns.TABLE_HEADER);
            SweepColumns.TABLE_HEADER.forEach(h -> numeric.add(true));
        }
        List<String[]> cells = new ArrayList<>();
        cells.add(header.toArray(new String[0]));
        for (ClusterRow r : rows) {
            String change = RankingCsv.rankChange(r);
            if (r.rankChange() != null && r.rankChange() > 0) {
                change = "+" + change;
            }
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.rank()), change, r.name(), r.economies(),
                fmt("%.1f", r.patents()), fmt("%.1f", r.publications()), fmt("%.3f", r.patentShare()),
                fmt("%.3f", r.publicationShare()), fmt("%.3f", r.score()), String.format(Locale.ROOT, "%d", r.population()),
                Double.isNaN(r.intensity()) ? "" : fmt("%.1f", r.intensity()), fmt("%.3f", r.lat()),
                fmt("%.3f", r.lon()), Integer.toString(r.locations())));
            if (profiles != null) {
                row.addAll(ProfileColumns.table(ProfileColumns.of(profiles, r)));
            }
            if (sweep != null) {
                row.addAll(SweepColumns.table(SweepColumns.band(sweep, r)));
            }
            cells.add(row.toArray(new String[0]));
        }
        int[] width = new int[header.size()];
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : cells) {
            sb.setLength(0);
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    sb.append("  ");
                }
                String pad = " ".repeat(width[c] - row[c].codePointCount(0, row[c].length()));
                sb.append(numeric.get(c) ? pad + row[c] : row[c] + pad);
            }
            int end = sb.length();
            while (end > 0 && sb.charAt(end - 1) == ' ') {
                end--;
            }
            out.write(sb.substring(0, end));
            out.write('\n');
        }
        out.flush();
    }

    private static String fmt(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }
}
