package org.clusteratlas.io;

import org.clusteratlas.rank.Ranking;
import org.clusteratlas.rank.RankingReport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** The export formats of a ranking (the CLI's {@code --format}), each written as UTF-8. */
public enum RankingFormat {
    TABLE("table", "txt"),
    CSV("csv", "csv"),
    JSON("json", "json"),
    GEOJSON("geojson", "geojson");

    private final String id;
    private final String extension;

    RankingFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    /** Parses a format id ("table", "csv", "json", "geojson"); null when unknown. */
    public static RankingFormat fromId(String s) {
        String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        for (RankingFormat f : values()) {
            if (f.id.equals(t)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Writes the report with its profiles' columns (if any); {@code ranking} is the one it was made from
     * (GeoJSON needs its clustering).
     */
    public void write(RankingReport report, Ranking ranking, Writer out) throws IOException {
        write(report, ranking, OptionalColumns.of(report), out);
    }

    /**
     * Writes the report with the optional column groups: normally the report's profiles, a sweep whose base
     * ranking is {@code ranking}'s clustering, a published ranking matched to {@code ranking}. Rank changes name
     * their basis, the report's reference.
     */
    public void write(RankingReport report, Ranking ranking, OptionalColumns optional, Writer out)
            throws IOException {
        String basis = report.request().reference();
        switch (this) {
            case TABLE -> RankingTable.write(report.rows(), basis, optional, out);
            case CSV -> RankingCsv.write(report.rows(), basis, optional, out);
            case JSON -> RankingJson.write(report, optional, out);
            case GEOJSON -> RankingGeoJson.write(report, ranking, optional, out);
            default -> throw new IllegalStateException(name());
        }
    }

    /** Writes to a stream (e.g. standard output) without closing it. */
    public void write(RankingReport report, Ranking ranking, OptionalColumns optional, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(report, ranking, optional, w);
        w.flush();
    }

    /** Writes a file atomically (temporary file renamed when complete), with the report's profiles' columns. */
    public void writeFile(RankingReport report, Ranking ranking, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(report, ranking, OptionalColumns.of(report), out));
    }
}
