package org.clusteratlas.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clusteratlas.cluster.Minimum;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.published.PublishedComparison;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.ClusterRow.RankStatus;
import org.clusteratlas.rank.Provenance;
import org.clusteratlas.rank.RankingReport;
import org.clusteratlas.rank.RankingRequest;
import org.clusteratlas.robust.RankBand;
import org.clusteratlas.robust.SweepEvent;
import org.clusteratlas.robust.SweepGrid;
import org.clusteratlas.robust.SweepResult;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rankings as JSON: the rows plus everything needed to trace them to their inputs (snapshot title,
 * file name and SHA-256, app version, parameters, reference, equivalent command) and the share
 * denominators. Doubles are written at full precision; a missing intensity is {@code null}.
 */
public final class RankingJson {
    public static final String FORMAT = "cluster-atlas-ranking";
    public static final int VERSION = 1;

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private RankingJson() {
    }

    /** The report with its profiles' fields ({@link OptionalColumns#of}). */
    public static void write(RankingReport report, Writer out) throws IOException {
        write(report, OptionalColumns.of(report), out);
    }

    /**
     * With profiles, each row carries their fields ({@link ProfileColumns}). With a sweep, each row also carries
     * {@link SweepColumns#HEADER} and the settings where the cluster merges or splits ({@code sweep_merges},
     * {@code sweep_splits}), and the document a {@code sweep} object (grid). With a published ranking, each row
     * also carries {@link PublishedColumns#HEADER}, and the document a {@code published} object: the source, the
     * agreement figures and every published row's match.
     */
    public static void write(RankingReport report, OptionalColumns optional, Writer out) throws IOException {
        MAPPER.writeValue(out, toTree(report, optional));
        out.write('\n');
        out.flush();
    }

    static ObjectNode toTree(RankingReport report, OptionalColumns optional) {
        SweepResult sweep = optional.sweep();
        PublishedComparison published = optional.published();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", VERSION);
        Provenance p = report.provenance();
        root.put("app_version", p.appVersion());
        provenance(root, p);
        RankingRequest q = report.request();
        ObjectNode params = root.putObject("parameters");
        q.parameters().forEach(params::put);
        root.put("reference", q.reference());
        root.put("top", q.top());
        root.put("command", q.command());
        ObjectNode totals = root.putObject("totals");
        totals.put("patents", Numbers.round(report.totalPatents()));
        totals.put("publications", Numbers.round(report.totalPublications()));
        if (sweep != null) {
            root.set("sweep", sweepTree(sweep));
        }
        if (published != null) {
            root.set("published", PublishedColumns.tree(published));
        }
        ArrayNode rows = root.putArray("rows");
        report.rows().forEach(r -> {
            ObjectNode o = row(r, q.reference());
            optional.json(o, r, true);
            rows.add(o);
        });
        ArrayNode vanished = root.putArray("vanished");
        report.vanished().forEach(r -> vanished.add(row(r)));
        return root;
    }

    /** The snapshot's title, file name and SHA-256 as the object {@code snapshot}. */
    static void provenance(ObjectNode root, Provenance p) {
        ObjectNode snap = root.putObject("snapshot");
        snap.put("title", p.snapshotTitle());
        snap.put("file", p.snapshotFile());
        snap.put("sha256", p.snapshotSha256());
    }

    static ObjectNode row(ClusterRow r) {
        return row(r, null);
    }

    /** A row's fields, the CSV's columns; {@code basis} names what its rank change is taken against. */
    static ObjectNode row(ClusterRow r, String basis) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("rank", r.rank());
        o.put("name", r.name());
        o.put("economies", r.economies());
        o.put("patents", Numbers.round(r.patents()));
        o.put("publications", Numbers.round(r.publications()));
        o.put("patent_share", Numbers.round(r.patentShare()));
        o.put("publication_share", Numbers.round(r.publicationShare()));
        o.put("score", Numbers.round(r.score()));
        o.put("population", r.population());
        if (Double.isNaN(r.intensity())) {
            o.putNull("intensity");
        } else {
            o.put("intensity", Numbers.round(r.intensity()));
        }
        o.put("lat", Numbers.round(r.lat()));
        o.put("lon", Numbers.round(r.lon()));
        o.put("rank_change", r.rankChange());
        o.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        o.put("locations", r.locations());
        o.put("previous_rank", r.previousRank());
        o.put("intensity_rank", r.intensityRank());
        o.put("cluster_id", r.clusterId());
        String b = RankingCsv.basis(r, basis);
        if (b.isEmpty()) {
            o.putNull("rank_change_basis");
        } else {
            o.put("rank_change_basis", b);
        }
        return o;
    }

    static ObjectNode sweepTree(SweepResult sweep) {
        SweepGrid g = sweep.grid();
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode eps = o.putArray("eps_km");
        for (int e = 0; e < g.epsSteps(); e++) {
            eps.add(g.eps(e));
        }
        ArrayNode pat = o.putArray("min_patents");
        ArrayNode pub = o.putArray("min_publications");
        for (int w = 0; w < g.weightSteps(); w++) {
            add(pat, g.minPatents(w));
            add(pub, g.minPublications(w));
        }
        o.put("weight_axis", g.weightAxisIsFactor() ? "common factor" : "explicit");
        o.put("settings", sweep.done());
        o.put("presence", "share of the settings where a cluster continues the base cluster (docs/robustness.md)");
        return o;
    }

    /** Adds the band's columns to a row; with {@code events}, also its merges and splits. */
    static void bandFields(ObjectNode o, RankBand b, SweepResult sweep, boolean events) {
        if (b == null || !b.ranked()) {
            o.putNull("best_rank");
            o.putNull("median_rank");
            o.putNull("worst_rank");
        } else {
            o.put("best_rank", b.best());
            o.put("median_rank", Numbers.round(b.median()));
            o.put("worst_rank", b.worst());
        }
        if (b == null) {
            o.putNull("presence");
            return;
        }
        o.put("presence", Numbers.round(b.presence()));
        if (!events) {
            return;
        }
        ArrayNode merges = o.putArray("sweep_merges");
        for (SweepEvent e : b.merges()) {
            ObjectNode m = setting(merges.addObject(), e);
            ArrayNode with = m.putArray("with");
            e.with().forEach(id -> with.add(sweep.base().row(id).name()));
        }
        ArrayNode splits = o.putArray("sweep_splits");
        for (SweepEvent e : b.splits()) {
            setting(splits.addObject(), e).put("parts", e.parts());
        }
    }

    private static ObjectNode setting(ObjectNode o, SweepEvent e) {
        o.put("eps_km", e.parameters().epsKm());
        o.set("min_patents", minimum(e.parameters().minPatents()));
        o.set("min_publications", minimum(e.parameters().minPublications()));
        return o;
    }

    /** A minimum as given: a count as a number, a share of the filtered total as its text ("0.045%"). */
    private static JsonNode minimum(Minimum m) {
        return m.share() ? MAPPER.getNodeFactory().textNode(ParameterSpecs.MIN_PATENTS.format(m))
                : MAPPER.getNodeFactory().numberNode(m.value());
    }

    private static void add(ArrayNode a, Minimum m) {
        a.add(minimum(m));
    }

    public static RankingReport read(Reader in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException("not a " + FORMAT + " document");
        }
        JsonNode snap = root.path("snapshot");
        Provenance p = new Provenance(text(snap, "title"), text(snap, "file"), text(snap, "sha256"),
                text(root, "app_version"));
        Map<String, String> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            params.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
        }
        RankingRequest q = new RankingRequest(params, text(root, "reference"), root.path("top").asInt(),
                text(root, "command"));
        return new RankingReport(p, q, root.path("totals").path("patents").asDouble(),
                root.path("totals").path("publications").asDouble(), rows(root.path("rows")),
                rows(root.path("vanished")));
    }

    static List<ClusterRow> rows(JsonNode array) {
        List<ClusterRow> out = new ArrayList<>();
        for (JsonNode o : array) {
            out.add(row(o));
        }
        return out;
    }

    static ClusterRow row(JsonNode o) {
        return new ClusterRow(o.path("rank").asInt(), o.path("cluster_id").asInt(), text(o, "name"),
                text(o, "economies"), o.path("patents").asDouble(), o.path("publications").asDouble(),
                o.path("patent_share").asDouble(), o.path("publication_share").asDouble(), o.path("score").asDouble(),
                o.path("population").asLong(), o.path("intensity").isNumber() ? o.path("intensity").asDouble()
                : Double.NaN, integer(o, "intensity_rank"), o.path("lat").asDouble(), o.path("lon").asDouble(),
                o.path("locations").asInt(), RankStatus.valueOf(o.path("status").asText().toUpperCase(java.util.Locale.ROOT)),
                integer(o, "previous_rank"));
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Integer integer(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asInt();
    }
}
