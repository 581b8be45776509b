package org.clusteratlas.io;

import org.clusteratlas.rank.ApproximatePopulation;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.published.PublishedComparison;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Rankings as an aligned plain-text table for terminals: text columns left-aligned, numbers
 * right-aligned, two spaces between columns, rounded for reading (full precision is in csv and json).
 * Population and intensity are written by {@link ApproximatePopulation}, at the three significant figures the
 * estimate carries ("≈ 25.0 million"; "unknown" without a population).
 */
public final class RankingTable {
    public static final List<String> HEADER = List.of("Rank", "Change", "Name", "Economies", "Patents",
            "Publications", "Patent %", "Publication %", "Score", "Population", "Intensity", "Lat", "Lon",
            "Locations");
    private static final boolean[] NUMERIC = {true, true, false, false, true, true, true, true, true, true, true,
        true, true, true};

    private RankingTable() {
    }

    /** The plain rows: {@link #HEADER} only, Change without a basis. */
    public static void write(List<ClusterRow> rows, Writer out) throws IOException {
        write(rows, null, OptionalColumns.NONE, out);
    }

    /**
     * @param basis    what rank changes are taken against: named in the Change heading; null for none
     * @param optional the groups whose columns follow {@link #HEADER} (profiles; best, median and worst rank and
     *                 presence; the published rank, name and change, with a line on the agreement)
     */
    public static void write(List<ClusterRow> rows, String basis, OptionalColumns optional, Writer out)
            throws IOException {
        List<String[]> cells = new ArrayList<>();
        cells.add(header(basis, optional).toArray(new String[0]));
        for (ClusterRow r : rows) {
            cells.add(cells(r, optional).toArray(new String[0]));
        }
        align(cells, numeric(optional), out);
        if (optional.published() != null) {
            out.write(agreement(optional.published()));
            out.write('\n');
        }
        out.flush();
    }

    /** {@link #HEADER} (Change naming its basis), then the optional groups' headings. */
    static List<String> header(String basis, OptionalColumns optional) {
        List<String> header = new ArrayList<>(HEADER);
        if (basis != null) {
            header.set(1, "Change vs " + basis);
        }
        header.addAll(optional.tableHeader());
        return header;
    }

    /** Whether each column under {@link #header} is numeric (right-aligned). */
    static List<Boolean> numeric(OptionalColumns optional) {
        List<Boolean> numeric = new ArrayList<>();
        for (boolean b : NUMERIC) {
            numeric.add(b);
        }
        numeric.addAll(optional.tableNumeric());
        return numeric;
    }

    /** The cells of one row under {@link #header}, rounded for reading. */
    static List<String> cells(ClusterRow r, OptionalColumns optional) {
        String change = RankingCsv.rankChange(r);
        if (r.rankChange() != null && r.rankChange() > 0) {
            change = "+" + change;
        }
        List<String> row = new ArrayList<>(List.of(Integer.toString(r.rank()), change, r.name(), r.economies(),
            fmt("%.1f", r.patents()), fmt("%.1f", r.publications()), fmt("%.3f", r.patentShare()),
            fmt("%.3f", r.publicationShare()), fmt("%.3f", r.score()), ApproximatePopulation.text(r.population()),
            Objects.requireNonNullElse(ApproximatePopulation.intensity(r.intensity()), ""), fmt("%.3f", r.lat()),
            fmt("%.3f", r.lon()), Integer.toString(r.locations())));
        row.addAll(optional.tableCells(r));
        return row;
    }

    /** One line on how the computed ranking agrees with the published one. */
    static String agreement(PublishedComparison c) {
        return String.format(Locale.ROOT, "Published ranking %s: %d of %d rows matched; Kendall tau %s; top-%d overlap"
                        + " %d of %d; unmatched: %d published, %d computed (within its %d ranks)",
                c.published().source(), c.matched(), c.published().rows().size(), PublishedColumns.tau(c.kendallTau()),
                PublishedComparison.TOP, c.topOverlap(), PublishedComparison.TOP, c.unmatchedPublished().size(),
                c.unmatchedComputed().size(), c.published().lastRank());
    }

    /** Writes rows of cells in aligned columns: text left, numbers right, two spaces apart. */
    static void align(List<String[]> cells, List<Boolean> numeric, Writer out) throws IOException {
        int[] width = new int[cells.get(0).length];
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
    }

    private static String fmt(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }
}
