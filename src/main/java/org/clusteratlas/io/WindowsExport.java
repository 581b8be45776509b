package org.clusteratlas.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVPrinter;
import org.clusteratlas.rank.ClusterFootprints;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.timeline.WindowEvent;
import org.clusteratlas.timeline.WindowRanking;
import org.clusteratlas.timeline.WindowSeries;
import org.clusteratlas.timeline.WindowsReport;
import org.locationtech.jts.geom.Geometry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rolling-window rankings ({@code rank --windows}) in every {@link RankingFormat}: one row per (window,
 * cluster), the columns {@link #HEADER} ({@code window}, {@code cluster_key}) first and then exactly the
 * ranking's own columns (same definitions as {@link RankingCsv}, {@link RankingTable}, {@link RankingJson});
 * rank changes are against the previous window ({@code rank_change_basis}). JSON and GeoJSON add the
 * matching between windows (merges, splits, ended keys) and every key's rank per window.
 */
public final class WindowsExport {
    /** The columns a window row has before the ranking's. */
    public static final List<String> HEADER = List.of("window", "cluster_key");
    public static final String FORMAT = "cluster-atlas-windows";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectMapper COMPACT = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private WindowsExport() {
    }

    public static void write(RankingFormat format, WindowsReport report, Writer out) throws IOException {
        switch (format) {
            case TABLE -> table(report, out);
            case CSV -> csv(report, out);
            case JSON -> {
                MAPPER.writeValue(out, tree(report));
                out.write('\n');
            }
            case GEOJSON -> {
                COMPACT.writeValue(out, geoJson(report));
                out.write('\n');
            }
            default -> throw new IllegalStateException(format.name());
        }
        out.flush();
    }

    /** Writes to a stream without closing it. */
    public static void write(RankingFormat format, WindowsReport report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(format, report, w);
        w.flush();
    }

    private static int top(WindowsReport r) {
        return r.request().top();
    }

    static void csv(WindowsReport report, Writer out) throws IOException {
        CSVPrinter p = RankingCsv.printer(out);
        List<Object> header = new ArrayList<>(HEADER);
        header.addAll(RankingCsv.header(OptionalColumns.NONE));
        p.printRecord(header);
        for (WindowRanking w : report.series().windows()) {
            for (ClusterRow r : w.top(top(report))) {
                List<Object> rec = new ArrayList<>(List.of(w.window().label(), w.keyOf(r.clusterId())));
                rec.addAll(RankingCsv.record(r, w.basis(), OptionalColumns.NONE));
                p.printRecord(rec);
            }
        }
        p.flush();
    }

    static void table(WindowsReport report, Writer out) throws IOException {
        List<String[]> cells = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Window", "Key"));
        header.addAll(RankingTable.header("previous window", OptionalColumns.NONE));
        cells.add(header.toArray(new String[0]));
        for (WindowRanking w : report.series().windows()) {
            for (ClusterRow r : w.top(top(report))) {
                List<String> row = new ArrayList<>(List.of(w.window().label(), w.keyOf(r.clusterId())));
                row.addAll(RankingTable.cells(r, OptionalColumns.NONE));
                cells.add(row.toArray(new String[0]));
            }
        }
        List<Boolean> numeric = new ArrayList<>(List.of(false, false));
        numeric.addAll(RankingTable.numeric(OptionalColumns.NONE));
        RankingTable.align(cells, numeric, out);
        for (WindowRanking w : report.series().windows()) {
            for (WindowEvent e : w.merges()) {
                out.write(w.window().label() + ": " + e.key() + " merges " + String.join(", ", e.with()) + "\n");
            }
            for (WindowEvent e : w.splits()) {
                out.write(w.window().label() + ": " + e.key() + " splits into " + String.join(", ", e.with()) + "\n");
            }
        }
    }

    static ObjectNode tree(WindowsReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", VERSION);
        root.put("app_version", report.provenance().appVersion());
        RankingJson.provenance(root, report.provenance());
        ObjectNode params = root.putObject("parameters");
        report.request().parameters().forEach(params::put);
        WindowSeries s = report.series();
        ObjectNode spec = root.putObject("windows_spec");
        spec.put("length", s.spec().length());
        spec.put("step", s.spec().step());
        root.put("top", report.request().top());
        root.put("command", report.request().command());
        root.put("matching", "clusters followed from window to window by shared core locations (docs/method-ranking.md)");
        ArrayNode windows = root.putArray("windows");
        for (WindowRanking w : s.windows()) {
            ObjectNode o = windows.addObject();
            window(o, w);
            ObjectNode totals = o.putObject("totals");
            totals.put("patents", w.ranking().totalPatents());
            totals.put("publications", w.ranking().totalPublications());
            o.put("clusters", w.rows().size());
            ArrayNode rows = o.putArray("rows");
            for (ClusterRow r : w.top(top(report))) {
                rows.add(keyed(w, r));
            }
            ArrayNode merges = o.putArray("merges");
            for (WindowEvent e : w.merges()) {
                ObjectNode m = merges.addObject();
                m.put("cluster_key", e.key());
                e.with().forEach(m.putArray("holds")::add);
            }
            ArrayNode splits = o.putArray("splits");
            for (WindowEvent e : w.splits()) {
                ObjectNode m = splits.addObject();
                m.put("cluster_key", e.key());
                e.with().forEach(m.putArray("into")::add);
            }
            w.ended().forEach(o.putArray("ended")::add);
        }
        ArrayNode clusters = root.putArray("clusters");
        for (String key : s.topKeys(top(report))) {
            ObjectNode c = clusters.addObject();
            c.put("cluster_key", key);
            c.put("name", s.firstName(key));
            ObjectNode ranks = c.putObject("ranks");
            int[] rk = s.ranks(key);
            for (int i = 0; i < rk.length; i++) {
                if (rk[i] > 0) {
                    ranks.put(s.window(i).window().label(), rk[i]);
                } else {
                    ranks.putNull(s.window(i).window().label());
                }
            }
        }
        return root;
    }

    private static void window(ObjectNode o, WindowRanking w) {
        o.put("window", w.window().label());
        o.put("year_from", w.window().from());
        o.put("year_to", w.window().to());
        o.put("rank_change_basis", w.basis());
    }

    private static ObjectNode keyed(WindowRanking w, ClusterRow r) {
        ObjectNode o = RankingJson.row(r, w.basis());
        ObjectNode out = MAPPER.createObjectNode();
        out.put("window", w.window().label());
        out.put("cluster_key", w.keyOf(r.clusterId()));
        out.setAll(o);
        return out;
    }

    static ObjectNode geoJson(WindowsReport report) {
        ObjectNode root = COMPACT.createObjectNode();
        root.put("type", "FeatureCollection");
        ObjectNode meta = tree(report);
        for (com.fasterxml.jackson.databind.JsonNode n : meta.get("windows")) {
            ((ObjectNode) n).remove("rows");
        }
        root.set("cluster_atlas", meta);
        ArrayNode features = root.putArray("features");
        for (WindowRanking w : report.series().windows()) {
            List<ClusterRow> rows = w.top(top(report));
            Map<Integer, Geometry> hulls = ClusterFootprints.of(w.ranking(), rows);
            for (ClusterRow r : rows) {
                ObjectNode f = features.addObject();
                f.put("type", "Feature");
                f.put("id", w.window().label() + "/" + w.keyOf(r.clusterId()));
                f.set("geometry", RankingGeoJson.geometry(hulls.get(r.clusterId())));
                f.set("properties", keyed(w, r));
            }
        }
        return root;
    }
}
