package org.clusteratlas.ui.explorer;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.clusteratlas.geo.MapViewTransform;
import org.clusteratlas.geo.WorldCopies;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.figure.ClusterMarks;
import org.clusteratlas.figure.ClusterShapes;
import org.clusteratlas.figure.LabelPlacement;
import org.clusteratlas.rank.ClusterRow;

import java.util.ArrayList;
import java.util.List;

/**
 * The clusters over the base map, drawn into one {@link Canvas} (never a node per cluster or location):
 * each shown cluster's hull as a translucent fill, a circle at its centroid whose area follows its score,
 * coloured by its patent/publication mix ({@link ClusterColors}), rank and name labels for the top clusters
 * (placed by {@link LabelPlacement}, best ranks first: the top ten always, others skipped where they would
 * overlap one already placed), and noise locations
 * as faint dots once zoomed in. Hover shows a tooltip ({@link ClusterTooltip}), click selects; which cluster
 * lies under the pointer is {@link ClusterHitTest}'s to say, from the geometry this layer last drew.
 *
 * <p>The layer itself is mouse-transparent so that the map keeps its drag and wheel gestures; the map view
 * forwards moves and clicks through {@link #attachTo}.
 */
public final class ClusterLayer extends MapLayer {
    private static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, 12);

    private final Canvas canvas = new Canvas();
    private final ClusterTooltip tooltip = new ClusterTooltip();
    private final ClusterHitTest hits = new ClusterHitTest();
    private ExplorerResult result;
    private int selectedCluster = -1;
    private List<org.clusteratlas.profile.Partner> partners = List.of();
    private java.util.Map<Integer, Point2D> partnerEnds = java.util.Map.of();
    private MapViewTransform view = MapViewTransform.NONE; // of the last draw
    private double[] labelWidth = new double[0];
    private int labelsPlaced;
    private int topLabelsPlaced;
    private int noiseDrawn;
    private long draws;
    private boolean stale;
    private java.util.function.IntConsumer onClick = c -> { };

    public ClusterLayer() {
        setMouseTransparent(true);
        canvas.setManaged(false);
        getChildren().addAll(canvas, tooltip.node());
    }

    /** Shows a result (null clears); drawn at the next pulse, once whatever else changes before it. */
    public void show(ExplorerResult r) {
        result = r;
        hits.hover(-1);
        tooltip.hide();
        int n = r == null ? 0 : r.shown().size();
        labelWidth = new double[n];
        Text measure = new Text();
        measure.setFont(LABEL_FONT);
        for (int s = 0; s < n; s++) {
            ClusterRow row = r.shown().get(s);
            measure.setText(label(row));
            labelWidth[s] = measure.getLayoutBounds().getWidth();
        }
        redraw();
    }

    /** Highlights a cluster id of the current result (-1 none). */
    public void select(int clusterId) {
        selectedCluster = clusterId;
        redraw();
    }

    /** Draws arcs from the selected cluster to these partners (of the shown result's clustering); empty: none. */
    public void showPartners(List<org.clusteratlas.profile.Partner> list) {
        if (list.equals(partners)) {
            return; // nothing new to draw (e.g. no selection when the profiles arrive)
        }
        partners = List.copyOf(list);
        redraw();
    }

    /** Where clicks on a cluster go (its id, or -1 for a click on empty map). */
    public void setOnClusterClicked(java.util.function.IntConsumer handler) {
        onClick = handler;
    }

    /** Forwards the map view's mouse moves and clicks to this layer. */
    public void attachTo(Node mapView) {
        mapView.addEventFilter(MouseEvent.MOUSE_MOVED, e -> hover(local(e)));
        mapView.addEventFilter(MouseEvent.MOUSE_EXITED, e -> hover(null));
        mapView.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()) {
                Point2D p = local(e);
                onClick.accept(clusterAt(p.getX(), p.getY()));
            }
        });
    }

    private Point2D local(MouseEvent e) {
        return sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    /** The cluster id under a point in layer coordinates: a circle, else a hull; -1 for none. */
    public int clusterAt(double x, double y) {
        int slot = hits.slotAt(shapes(), x, y);
        return slot < 0 ? -1 : result.shapes().clusterId(slot);
    }

    /** Screen position (layer coordinates) of a shown cluster's circle, or null (tests, tooltips). */
    public Point2D circleCentre(int clusterId) {
        if (result == null) {
            return null;
        }
        return hits.centre(result.shapes().slotOf(clusterId));
    }

    /** The shown result's shapes, or null when nothing is shown. */
    private ClusterShapes shapes() {
        return result == null ? null : result.shapes();
    }

    /** Labels placed at the last draw (tests: decluttering keeps this below the number of clusters). */
    public int labelsPlaced() {
        return labelsPlaced;
    }

    /** Labels of the {@link LabelPlacement#ALWAYS_LABELLED} best ranks placed at the last draw (tests). */
    public int topLabelsPlaced() {
        return topLabelsPlaced;
    }

    public int noiseDrawn() {
        return noiseDrawn;
    }

    /** Where the last draw ended each partner arc, by partner cluster id (tests: on the partner's circle). */
    public java.util.Map<Integer, Point2D> partnerEnds() {
        return partnerEnds;
    }

    /** Draws so far (tests count them: one per pulse at most). */
    public long draws() {
        return draws;
    }

    private void hover(Point2D p) {
        int slot = p == null ? -1 : hits.slotAt(shapes(), p.getX(), p.getY());
        if (hits.hover(slot)) {
            redraw();
        }
        if (slot < 0) {
            tooltip.hide();
            return;
        }
        tooltip.show(result.shown().get(slot), p, canvas.getWidth(), canvas.getHeight());
    }

    /**
     * See LocationDotLayer: redraw only for new data, a new size or a map move (the map view calls
     * layoutLayer in its layout pass). Every change marks the layer dirty and the layer draws once in the
     * next pulse's layout, however many results, selections and hovers arrived before it.
     */
    @Override
    protected void layoutChildren() {
        Node parent = getParent();
        boolean resized = parent instanceof Region r && ((int) Math.ceil(r.getWidth()) != (int) canvas.getWidth()
                || (int) Math.ceil(r.getHeight()) != (int) canvas.getHeight());
        if (stale || resized) {
            layoutLayer();
        }
    }

    private void redraw() {
        stale = true;
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        Node parent = getParent();
        if (!(parent instanceof Region r) || baseMap == null) {
            return;
        }
        double w = Math.ceil(r.getWidth());
        double h = Math.ceil(r.getHeight());
        Point2D west = getMapPoint(0, -180);
        Point2D centre = getMapPoint(0, 0);
        if (w <= 0 || h <= 0 || west == null || centre == null) {
            return;
        }
        stale = false;
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        MapViewTransform next = MapViewTransform.fromEquator(west.getX(), west.getY(), centre.getX());
        if (next.scale() != view.scale() || next.ox() != view.ox() || next.oy() != view.oy()) {
            // the map moved: the tooltip would name whatever cluster is now under its old place
            hits.hover(-1);
            tooltip.hide();
        }
        view = next;
        draw(canvas.getGraphicsContext2D(), w, h);
        draws++;
    }

    private void draw(GraphicsContext g, double w, double h) {
        g.clearRect(0, 0, w, h);
        ExplorerResult res = result;
        if (res == null) {
            hits.drawn(view, new double[0], new double[0], new double[0]);
            labelsPlaced = 0;
            partnerEnds = java.util.Map.of();
            return;
        }
        if (view.zoom() >= ClusterMarks.NOISE_ZOOM) {
            drawNoise(g, res, w, h);
        } else {
            noiseDrawn = 0;
        }
        List<ClusterRow> rows = res.shown();
        ClusterShapes sh = res.shapes();
        int n = rows.size();
        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] radius = new double[n];
        double top = n == 0 ? 1 : rows.get(0).score();
        MapViewTransform t = view;
        // every mark on the copy of the world nearest the view's centre (circles, hulls and arcs alike)
        double mid = t.centreX(w);
        for (int s = 0; s < n; s++) {
            ClusterRow row = rows.get(s);
            cx[s] = t.lonX(row.lon(), mid);
            cy[s] = t.latY(row.lat());
            radius[s] = ClusterMarks.radius(row.score(), top);
        }
        hits.drawn(t, cx, cy, radius);
        // hulls (only where they are bigger than a few pixels; otherwise the circle says it all)
        for (int s = n - 1; s >= 0; s--) {
            int slot = sh.slotOf(rows.get(s).clusterId());
            double[] hx = sh.hullX(slot);
            double[] hy = sh.hullY(slot);
            double bw = (sh.maxX(slot) - sh.minX(slot)) * t.scale();
            double bh = (sh.maxY(slot) - sh.minY(slot)) * t.scale();
            if (hx.length < 3 || Math.max(bw, bh) < ClusterMarks.MIN_HULL_PX) {
                continue;
            }
            double shift = WorldCopies.shift((sh.minX(slot) + sh.maxX(slot)) / 2, mid);
            double[] px = new double[hx.length];
            double[] py = new double[hx.length];
            for (int i = 0; i < hx.length; i++) {
                px[i] = t.screenX(hx[i] + shift);
                py[i] = t.screenY(hy[i]);
            }
            Color c = color(rows.get(s));
            boolean sel = rows.get(s).clusterId() == selectedCluster;
            g.setFill(c.deriveColor(0, 1, 1, sel ? ClusterMarks.HULL_SELECTED_ALPHA : ClusterMarks.HULL_ALPHA));
            g.fillPolygon(px, py, px.length);
            g.setStroke(c.deriveColor(0, 1, 0.8, sel ? 0.95 : 0.55));
            g.setLineWidth(sel ? 2 : 1);
            g.strokePolygon(px, py, px.length);
        }
        partnerEnds = PartnerArcs.draw(g, res.ranking(), selectedCluster, partners, t, mid);
        // circles: biggest first so small ones stay visible on top
        for (int s = 0; s < n; s++) {
            ClusterRow row = rows.get(s);
            Color c = color(row);
            double r = radius[s];
            if (cx[s] < -r || cy[s] < -r || cx[s] > w + r || cy[s] > h + r) {
                continue;
            }
            g.setFill(c.deriveColor(0, 1, 1, ClusterMarks.CIRCLE_ALPHA));
            g.fillOval(cx[s] - r, cy[s] - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE.deriveColor(0, 1, 1, 0.9));
            g.setLineWidth(1.2);
            g.strokeOval(cx[s] - r, cy[s] - r, 2 * r, 2 * r);
        }
        for (int s : new int[] {indexOf(rows, selectedCluster), hits.hoverSlot()}) {
            if (s >= 0 && s < n) {
                double r = radius[s] + ClusterMarks.RING_GAP;
                g.setStroke(ClusterColors.rgb(ClusterMarks.RING_RGB));
                g.setLineWidth(2.5);
                g.strokeOval(cx[s] - r, cy[s] - r, 2 * r, 2 * r);
            }
        }
        drawLabels(g, rows, cx, cy, radius, w, h);
    }

    private static int indexOf(List<ClusterRow> rows, int clusterId) {
        for (int s = 0; s < rows.size(); s++) {
            if (rows.get(s).clusterId() == clusterId) {
                return s;
            }
        }
        return -1;
    }

    /** Labels in rank order (the selection first): the top ten always, others skipped where they would overlap. */
    private void drawLabels(GraphicsContext g, List<ClusterRow> rows, double[] cx, double[] cy, double[] radius,
                            double w, double h) {
        int n = rows.size();
        LabelPlacement placement = new LabelPlacement(cx, cy, radius, w, h);
        int maxLabels = ClusterMarks.maxLabels(view.zoom());
        g.setFont(LABEL_FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        int sel = indexOf(rows, selectedCluster);
        int count = 0;
        List<Integer> order = new ArrayList<>();
        if (sel >= 0) {
            order.add(sel);
        }
        for (int s = 0; s < n; s++) {
            if (s != sel) {
                order.add(s);
            }
        }
        double lh = LabelPlacement.HEIGHT;
        int topPlaced = 0;
        for (int s : order) {
            boolean always = s < LabelPlacement.ALWAYS_LABELLED || s == sel;
            if (count >= maxLabels && !always) {
                continue;
            }
            double[] c = always ? placement.placeAlways(s, labelWidth[s]) : placement.place(s, labelWidth[s]);
            if (c == null) {
                continue;
            }
            if (c.length > 2 && c[2] > 0) {
                g.setStroke(ClusterColors.rgb(ClusterMarks.LABEL_RGB));
                g.setLineWidth(1);
                g.strokeLine(cx[s], cy[s], Math.max(c[0], Math.min(cx[s], c[0] + labelWidth[s])),
                        Math.max(c[1], Math.min(cy[s], c[1] + lh)));
            }
            String text = label(rows.get(s));
            g.setStroke(Color.WHITE.deriveColor(0, 1, 1, 0.9));
            g.setLineWidth(3);
            g.strokeText(text, c[0], c[1] + lh / 2);
            g.setFill(ClusterColors.rgb(ClusterMarks.LABEL_RGB));
            g.fillText(text, c[0], c[1] + lh / 2);
            count++;
            if (s < LabelPlacement.ALWAYS_LABELLED) {
                topPlaced++;
            }
        }
        labelsPlaced = count;
        topLabelsPlaced = topPlaced;
    }

    private void drawNoise(GraphicsContext g, ExplorerResult res, double w, double h) {
        Clustering c = res.ranking().clustering();
        double[] mx = res.mercatorX();
        double[] my = res.mercatorY();
        g.setFill(ClusterColors.rgb(ClusterMarks.NOISE_RGB).deriveColor(0, 1, 1, ClusterMarks.NOISE_ALPHA));
        int drawn = 0;
        MapViewTransform t = view;
        double mid = t.centreX(w);
        for (int i = 0; i < mx.length; i++) {
            if (c.clusterOf(i) != Clustering.NOISE) {
                continue;
            }
            double sx = t.screenX(mx[i], mid);
            double sy = t.screenY(my[i]);
            if (sx < 0 || sy < 0 || sx > w || sy > h) {
                continue;
            }
            g.fillRect(sx - 1, sy - 1, 2.2, 2.2);
            drawn++;
        }
        noiseDrawn = drawn;
    }

    private static Color color(ClusterRow r) {
        return ClusterColors.rgb(ClusterMarks.rgb(r));
    }

    static String label(ClusterRow r) {
        return ClusterMarks.label(r);
    }

    /** Mercator bounding box {minX, minY, maxX, maxY} of a shown cluster, or null. */
    public double[] box(int clusterId) {
        if (result == null) {
            return null;
        }
        ClusterShapes sh = result.shapes();
        int s = sh.slotOf(clusterId);
        return s < 0 ? null : new double[] {sh.minX(s), sh.minY(s), sh.maxX(s), sh.maxY(s)};
    }

    Bounds canvasBounds() {
        return canvas.getBoundsInParent();
    }
}
