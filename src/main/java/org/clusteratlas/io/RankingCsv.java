package org.clusteratlas.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.ClusterRow.RankStatus;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Rankings as CSV for spreadsheets and scripts: one header row, one row per cluster, numbers with '.'
 * whatever the default locale and at full precision (they parse back to the same doubles). Shares and
 * score are percentages. {@code rank_change} is positions gained since the reference, {@code new} for a
 * cluster with no match, empty when no reference was given, and {@code rank_change_basis} names what it is
 * taken against ("years 2017-2021", "pinned view", "previous window 2014-2018"); empty {@code intensity}
 * means no population.
 */
public final class RankingCsv {
    public static final List<String> HEADER = List.of("rank", "name", "economies", "patents", "publications",
            "patent_share", "publication_share", "score", "population", "intensity", "lat", "lon", "rank_change",
            "locations", "previous_rank", "intensity_rank", "cluster_id", "rank_change_basis");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private RankingCsv() {
    }

    /** The plain rows: {@link #HEADER} only, no rank change basis. */
    public static void write(List<ClusterRow> rows, Writer out) throws IOException {
        write(rows, null, OptionalColumns.NONE, out);
    }

    /**
     * @param basis    what rank changes are taken against ("years 2017-2021", "pinned view"), or null
     * @param optional the groups whose columns follow {@link #HEADER}: {@link ProfileColumns#HEADER},
     *                 {@link SweepColumns#HEADER}, {@link PublishedColumns#HEADER}
     */
    public static void write(List<ClusterRow> rows, String basis, OptionalColumns optional, Writer out)
            throws IOException {
        CSVPrinter p = printer(out);
        p.printRecord(header(optional));
        for (ClusterRow r : rows) {
            p.printRecord(record(r, basis, optional));
        }
        p.flush();
    }

    static CSVPrinter printer(Writer out) throws IOException {
        return new CSVPrinter(out, FORMAT);
    }

    /** {@link #HEADER}, then the optional groups' columns. */
    static List<String> header(OptionalColumns optional) {
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(optional.csvHeader());
        return header;
    }

    /** The cells of one row under {@link #header}. */
    static List<Object> record(ClusterRow r, String basis, OptionalColumns optional) {
        List<Object> rec = new ArrayList<>(List.of(r.rank(), r.name(), r.economies(), Numbers.plain(r.patents()),
                Numbers.plain(r.publications()), Numbers.plain(r.patentShare()),
                Numbers.plain(r.publicationShare()), Numbers.plain(r.score()), r.population(),
                Numbers.plain(r.intensity()), Numbers.plain(r.lat()), Numbers.plain(r.lon()), rankChange(r),
                r.locations(), r.previousRank() == null ? "" : r.previousRank(),
                r.intensityRank() == null ? "" : r.intensityRank(), r.clusterId(), basis(r, basis)));
        rec.addAll(optional.csvCells(r));
        return rec;
    }

    /** The basis of a row's rank change: empty when it was not compared. */
    static String basis(ClusterRow r, String basis) {
        return r.status() == RankStatus.NOT_COMPARED || basis == null ? "" : basis;
    }

    static String rankChange(ClusterRow r) {
        return switch (r.status()) {
            case NOT_COMPARED -> "";
            case NEW -> "new";
            case MATCHED -> Integer.toString(r.rankChange());
        };
    }

    /** Reads rows written by {@link #write}; columns are found by name, so extra columns are ignored. */
    public static List<ClusterRow> read(Reader in) throws IOException {
        CSVFormat f = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<ClusterRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, f)) {
            for (String h : HEADER) {
                if (!parser.getHeaderMap().containsKey(h) && !h.equals("rank_change_basis")) {
                    throw new IOException("ranking CSV lacks column " + h);
                }
            }
            for (CSVRecord rec : parser) {
                try {
                    String change = rec.get("rank_change");
                    RankStatus status = change.isEmpty() ? RankStatus.NOT_COMPARED
                            : change.equals("new") ? RankStatus.NEW : RankStatus.MATCHED;
                    rows.add(new ClusterRow(Integer.parseInt(rec.get("rank")), Integer.parseInt(rec.get("cluster_id")),
                            rec.get("name"), rec.get("economies"), Numbers.parse(rec.get("patents")),
                            Numbers.parse(rec.get("publications")), Numbers.parse(rec.get("patent_share")),
                            Numbers.parse(rec.get("publication_share")), Numbers.parse(rec.get("score")),
                            Long.parseLong(rec.get("population")), Numbers.parse(rec.get("intensity")),
                            Numbers.parseInt(rec.get("intensity_rank")), Numbers.parse(rec.get("lat")),
                            Numbers.parse(rec.get("lon")), Integer.parseInt(rec.get("locations")), status,
                            Numbers.parseInt(rec.get("previous_rank"))));
                } catch (NumberFormatException e) {
                    throw new IOException("ranking CSV line " + rec.getRecordNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }
}
