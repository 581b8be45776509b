package org.clusteratlas.io;

import org.clusteratlas.published.PublishedComparison;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.rank.RankingReport;
import org.clusteratlas.robust.SweepResult;

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

    /** Writes the report; {@code ranking} is the one it was made from (GeoJSON needs its clustering). */
    public void write(RankingReport report, Ranking ranking, Writer out) throws IOException {
        write(report, ranking, null, out);
    }

    /**
     * Writes the report with the robustness columns of a sweep whose base ranking is {@code ranking}'s
     * clustering ({@link SweepColumns}); {@code sweep} null writes the plain ranking.
     */
    public void write(RankingReport report, Ranking ranking, SweepResult sweep, Writer out) throws IOException {
        write(report, ranking, sweep, null, out);
    }

    /**
     * Writes the report with the columns of a sweep and of a published ranking matched to {@code ranking}
     * (either null for none); rank changes name their basis, the report's reference.
     */
    public void write(RankingReport report, Ranking ranking, SweepResult sweep, PublishedComparison published,
                      Writer out) throws IOException {
        String basis = report.request().reference();
        switch (this) {
            case TABLE -> RankingTable.write(report.rows(), basis, sweep, published, out);
            case CSV -> RankingCsv.write(report.rows(), basis, sweep, published, out);
            case JSON -> RankingJson.write(report, sweep, published, out);
            case GEOJSON -> RankingGeoJson.write(report, ranking, sweep, published, out);
            default -> throw new IllegalStateException(name());
        }
    }

    /** Writes to a stream (e.g. standard output) without closing it. */
    public void write(RankingReport report, Ranking ranking, OutputStream out) throws IOException {
        write(report, ranking, null, out);
    }

    /** Writes to a stream without closing it, with a sweep's columns (or none when null). */
    public void write(RankingReport report, Ranking ranking, SweepResult sweep, OutputStream out) throws IOException {
        write(report, ranking, sweep, null, out);
    }

    /** Writes to a stream without closing it, with a sweep's and a published ranking's columns (either null). */
    public void write(RankingReport report, Ranking ranking, SweepResult sweep, PublishedComparison published,
                      OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(report, ranking, sweep, published, w);
        w.flush();
    }

    /** Writes a file atomically (temporary file renamed when complete). */
    public void writeFile(RankingReport report, Ranking ranking, Path file) throws IOException {
        writeFile(report, ranking, null, file);
    }

    /** Writes a file atomically, with a sweep's columns (or none when null). */
    public void writeFile(RankingReport report, Ranking ranking, SweepResult sweep, Path file) throws IOException {
        writeFile(report, ranking, sweep, null, file);
    }

    /** Writes a file atomically, with a sweep's and a published ranking's columns (either null). */
    public void writeFile(RankingReport report, Ranking ranking, SweepResult sweep, PublishedComparison published,
                          Path file) throws IOException {
        AtomicFiles.write(file, out -> write(report, ranking, sweep, published, out));
    }
}
