package org.clusteratlas.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.clusteratlas.published.PublishedComparison;
import org.clusteratlas.published.PublishedMatch;
import org.clusteratlas.published.PublishedRow;
import org.clusteratlas.rank.ClusterRow;

import java.util.List;
import java.util.Locale;

/**
 * The columns a published ranking adds to every format ({@code rank --published FILE}): the published row
 * matched to the cluster (rank, name, economies, counts, score as published) and the rank change against
 * it, named for its basis. Empty for a cluster no published row is matched to.
 */
public final class PublishedColumns {
    /** Column names, appended to the CSV header and used as JSON and GeoJSON property names. */
    public static final List<String> HEADER = List.of("published_rank", "published_name", "published_economies",
            "published_patents", "published_publications", "published_score", "rank_change_vs_published");
    /** Table headings of the columns the table shows (rank, name, change). */
    static final List<String> TABLE_HEADER = List.of("Published", "Published name", "Change vs published");
    /** Whether each of {@link #TABLE_HEADER} is numeric (right-aligned). */
    static final List<Boolean> TABLE_NUMERIC = List.of(true, false, true);

    private PublishedColumns() {
    }

    static List<String> csv(PublishedMatch m) {
        if (m == null) {
            return List.of("", "", "", "", "", "", "");
        }
        PublishedRow p = m.row();
        return List.of(Integer.toString(p.rank()), p.name(), p.economiesText(), Numbers.plain(p.patents()),
                Numbers.plain(p.publications()), Numbers.plain(p.score()), Integer.toString(m.rankChange()));
    }

    static List<String> table(PublishedMatch m) {
        if (m == null) {
            return List.of("", "", "");
        }
        int d = m.rankChange();
        return List.of(Integer.toString(m.row().rank()), m.row().name(), d > 0 ? "+" + d : Integer.toString(d));
    }

    static void json(ObjectNode o, PublishedMatch m) {
        if (m == null) {
            HEADER.forEach(o::putNull);
            return;
        }
        PublishedRow p = m.row();
        o.put("published_rank", p.rank());
        o.put("published_name", p.name());
        o.put("published_economies", p.economiesText());
        o.put("published_patents", p.patents());
        o.put("published_publications", p.publications());
        if (Double.isNaN(p.score())) {
            o.putNull("published_score");
        } else {
            o.put("published_score", p.score());
        }
        o.put("rank_change_vs_published", m.rankChange());
    }

    /**
     * The document's {@code published} object: the source, the agreement (Kendall tau over the matched
     * rows, the top-10 overlap, unmatched rows of both sides) and every published row's match.
     */
    static ObjectNode tree(PublishedComparison c) {
        ObjectNode o = RankingJson.MAPPER.createObjectNode();
        o.put("source", c.published().source());
        o.put("credit", "published figures as given in " + c.published().source()
                + "; for the GII tables: WIPO, Global Innovation Index (wipo.int)");
        o.put("rows", c.published().rows().size());
        o.put("matched", c.matched());
        double tau = c.kendallTau();
        if (Double.isNaN(tau)) {
            o.putNull("kendall_tau");
        } else {
            o.put("kendall_tau", tau);
        }
        o.put("top", PublishedComparison.TOP);
        o.put("top_overlap", c.topOverlap());
        o.put("rank_change_vs_published", "published rank - computed rank (positive: the computed ranking puts it higher)");
        ArrayNode up = o.putArray("unmatched_published");
        for (PublishedMatch m : c.unmatchedPublished()) {
            ObjectNode x = up.addObject();
            x.put("published_rank", m.row().rank());
            x.put("published_name", m.row().name());
            x.put("reason", m.note());
        }
        ArrayNode uc = o.putArray("unmatched_computed");
        for (ClusterRow r : c.unmatchedComputed()) {
            ObjectNode x = uc.addObject();
            x.put("rank", r.rank());
            x.put("name", r.name());
            x.put("economies", r.economies());
            x.put("cluster_id", r.clusterId());
        }
        ArrayNode all = o.putArray("matches");
        for (PublishedMatch m : c.matches()) {
            ObjectNode x = all.addObject();
            x.put("published_rank", m.row().rank());
            x.put("published_name", m.row().name());
            ArrayNode cities = x.putArray("cities");
            for (int i = 0; i < m.cities().size(); i++) {
                ObjectNode city = cities.addObject();
                city.put("name", m.cities().get(i).name());
                int cl = m.found().get(i);
                if (cl < 0) {
                    city.putNull("cluster_id");
                } else {
                    city.put("cluster_id", cl);
                }
            }
            if (m.matched()) {
                x.put("rank", m.computed().rank());
                x.put("name", m.computed().name());
                x.put("cluster_id", m.computed().clusterId());
            } else {
                x.putNull("rank");
                x.putNull("name");
                x.putNull("cluster_id");
            }
            x.put("note", m.note());
        }
        return o;
    }

    /** "0.62" for a tau, "" when undefined: for the table's summary line. */
    static String tau(double t) {
        return Double.isNaN(t) ? "n/a" : String.format(Locale.ROOT, "%.2f", t);
    }
}
