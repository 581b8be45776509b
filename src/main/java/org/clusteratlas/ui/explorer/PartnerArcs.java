package org.clusteratlas.ui.explorer;

import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.clusteratlas.geo.MapViewTransform;
import org.clusteratlas.geo.WorldCopies;
import org.clusteratlas.profile.Partner;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.Ranking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Arcs from the selected cluster to its partner clusters on the map (View › Partner Arcs), as curves bowed
 * to one side so that opposite partners do not overlap, their width following the documents shared with the
 * busiest partner (1 to 7 px). Drawn on the cluster layer's canvas, under the circles. Both ends lie on the
 * copy of the world the layer draws the circles on ({@link WorldCopies}, nearest the view's centre): an arc
 * the shorter way round (across the Pacific from Shenzhen to San Francisco in a view centred on Greenwich)
 * ended on a copy of the partner's circle out of view, past the map's edge.
 */
final class PartnerArcs {
    /** Partners drawn, most shared first. */
    static final int MAX = 12;
    private static final Color ARC = Color.web("#5a3e8e");

    private PartnerArcs() {
    }

    /**
     * @param view  the layer's view transform of this draw
     * @param viewX Mercator x at the view's centre: each end is drawn on the copy of the world nearest it,
     *              where the layer draws that cluster's circle
     * @return the screen position of each partner's end, by cluster id (the layer keeps it for tests)
     */
    static Map<Integer, Point2D> draw(GraphicsContext g, Ranking ranking, int selected, List<Partner> partners,
                                      MapViewTransform view, double viewX) {
        int k = ranking.clustering().clusterCount();
        Map<Integer, Point2D> ends = new LinkedHashMap<>();
        if (selected < 0 || selected >= k || partners.isEmpty()) {
            return ends;
        }
        ClusterRow from = ranking.row(selected);
        double sx = view.lonX(from.lon(), viewX);
        double sy = view.latY(from.lat());
        int max = partners.get(0).sharedDocuments();
        g.setLineCap(StrokeLineCap.ROUND);
        for (int i = Math.min(MAX, partners.size()) - 1; i >= 0; i--) {
            Partner q = partners.get(i);
            if (q.clusterId() >= k) {
                continue; // partners of another clustering: the next publication replaces them
            }
            ClusterRow to = ranking.row(q.clusterId());
            double tx = view.lonX(to.lon(), viewX);
            double ty = view.latY(to.lat());
            ends.put(q.clusterId(), new Point2D(tx, ty));
            double dx = tx - sx;
            double dy = ty - sy;
            // control point: a quarter of the distance to the side of the chord
            double cx = (sx + tx) / 2 - dy * 0.25;
            double cy = (sy + ty) / 2 + dx * 0.25;
            double share = max > 0 ? (double) q.sharedDocuments() / max : 0;
            g.setStroke(ARC.deriveColor(0, 1, 1, 0.35 + 0.5 * share));
            g.setLineWidth(1 + 6 * Math.sqrt(share));
            g.beginPath();
            g.moveTo(sx, sy);
            g.quadraticCurveTo(cx, cy, tx, ty);
            g.stroke();
        }
        return ends;
    }
}
